// The card of the proposal in hand: the phrase in its sentence, what it links to now, what the
// geoparser's confidence means and why it doubts, the decisions, the ranked candidates (each shown on
// the map on hover or focus) and a search of every place on the map.
import type { RefObject } from 'react';
import type { DraftItem, DeskDraft } from '../state/desk/draft';
import type { StoryAction } from '../state/store';
import type { CandidateView } from './candidates';
import { sentenceOf } from './candidates';
import { Combobox, type Option } from '../ui/Combobox';
import { LOW_CONFIDENCE_LINE, confidenceLine } from './confidence';
import type { GazetteerRef } from './gazetteerPlace';
import type { Story } from '../story/story';
import type { GazetteerPlace } from '../geoparse/gazetteer';

interface Props {
  cardRef: RefObject<HTMLElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
  draft: DeskDraft;
  passages: Story['passages'];
  item: DraftItem | undefined;
  group: readonly DraftItem[];
  candidates: readonly CandidateView[];
  options: readonly Option[];
  armed: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The bundle changed under the draft: nothing is decided until the editor has chosen. */
  locked: boolean;
  /** Fetches the gazetteer for the search (once). */
  searchBeyond: () => void;
  /** The gazetteer place a search option stands for (GAZETTEER_OPTION ids). */
  gazetteerPlace: (optionId: string) => GazetteerPlace | undefined;
  /** An action of the desk, then the focus on the card. */
  act: (action: StoryAction) => void;
  /** A gazetteer place the map lacks, added to the story for the group's mentions. */
  add: (candidate: GazetteerRef) => void;
  nameOf: (featureId: string) => string;
  hover: (featureIds: string[]) => void;
}

export function ProposalCard(props: Props) {
  const { cardRef, item, draft } = props;
  const pending = draft.items.filter((i) => i.state === 'pending').length;
  return (
    <section
      className="review-card"
      data-testid="review-card"
      ref={cardRef}
      tabIndex={-1}
      aria-label={item ? `Proposal: ${item.link.phrase}` : 'Proposal'}
      data-state={item?.state}
      data-phrase={item?.link.phrase}
    >
      {!item ? (
        <p>
          {pending === 0 ? 'Every link is decided. ' : ''}Select a marked phrase in the article, or press{' '}
          <kbd>j</kbd>.
        </p>
      ) : (
        <CardBody {...props} item={item} pending={pending} />
      )}
    </section>
  );
}

function CardBody({
  searchRef,
  draft,
  passages,
  item,
  group,
  candidates,
  options,
  armed,
  canUndo,
  canRedo,
  locked,
  searchBeyond,
  gazetteerPlace,
  act,
  add,
  nameOf,
  hover,
  pending,
}: Props & { item: DraftItem; pending: number }) {
  const sentence = sentenceOf(
    passages.find((p) => p.id === item.link.passageId)?.text ?? '',
    item.link.phrase,
  );
  const position = draft.items.indexOf(item) + 1;
  const proposal = item.link.proposal;
  return (
    <>
      <p className="review-position">
        <button
          type="button"
          onClick={() => act({ type: 'desk/step', step: -1 })}
          aria-label="Previous mention, decided or not"
        >
          ‹
        </button>
        <span>
          {position} of {draft.items.length} · {pending} to review
        </span>
        <button
          type="button"
          onClick={() => act({ type: 'desk/step', step: 1 })}
          aria-label="Next mention, decided or not"
        >
          ›
        </button>
      </p>
      <blockquote className="review-sentence">
        {sentence.before}
        <mark>{sentence.phrase}</mark>
        {sentence.after}
      </blockquote>
      <p>
        <span className={`review-state review-${item.state}`}>{item.state.replace('-', ' ')}</span> →{' '}
        <strong data-testid="review-target">{nameOf(item.link.featureId)}</strong>
        {item.proposedFeatureId && item.proposedFeatureId !== item.link.featureId && (
          <span className="review-was"> (proposed: {nameOf(item.proposedFeatureId)})</span>
        )}
      </p>
      {proposal && (
        <p className="review-confidence" data-testid="review-confidence">
          {confidenceLine(proposal.confidence)}
          {proposal.doubt && <> {proposal.doubt}</>}
        </p>
      )}
      {!proposal && item.state === 'pending' && <p className="review-confidence">{LOW_CONFIDENCE_LINE}</p>}
      <p className="review-actions">
        <button type="button" onClick={() => act({ type: 'desk/accept', all: false })} disabled={locked}>
          Accept
        </button>
        {group.length > 1 && (
          <button type="button" onClick={() => act({ type: 'desk/accept', all: true })} disabled={locked}>
            Accept all {group.length}
          </button>
        )}
        <button type="button" onClick={() => act({ type: 'desk/reject' })} disabled={locked}>
          Reject
        </button>
        <button type="button" onClick={() => act({ type: 'desk/notPlace' })} disabled={locked}>
          Not a place here
        </button>
        <button
          type="button"
          onClick={() => act({ type: 'desk/pick' })}
          aria-pressed={armed}
          disabled={locked}
        >
          Pick on map
        </button>
        <button type="button" onClick={() => act({ type: 'desk/undo' })} disabled={locked || !canUndo}>
          Undo
        </button>
        <button type="button" onClick={() => act({ type: 'desk/redo' })} disabled={locked || !canRedo}>
          Redo
        </button>
      </p>
      {candidates.length > 0 && (
        <ol className="review-candidates" aria-label="Candidates, best first">
          {candidates.map((c) => (
            <li key={c.featureId ?? c.sourceId} className={c.proposed ? 'is-proposed' : undefined}>
              {c.featureId !== null ? (
                <button
                  type="button"
                  onMouseEnter={() => hover([c.featureId!])}
                  onMouseLeave={() => hover([])}
                  onFocus={() => hover([c.featureId!])}
                  onBlur={() => hover([])}
                  onClick={() => act({ type: 'desk/choose', featureId: c.featureId! })}
                  disabled={locked}
                  aria-label={`Choose ${c.name}`}
                  aria-current={c.current || undefined}
                >
                  {c.name}
                </button>
              ) : (
                <button
                  type="button"
                  className="review-unmapped"
                  onClick={() => add(c.unmapped!)}
                  disabled={locked}
                  aria-label={`Choose ${c.name} (adds it to the map)`}
                >
                  {c.name}
                </button>
              )}{' '}
              <span className="review-where">
                {c.kind}
                {c.where && `, ${c.where}`}
                {c.kmFromOthers !== null &&
                  ` · ${Math.round(c.kmFromOthers)} km from the story’s other places`}
                {` · ${c.sourceId}`}
                {c.score !== null && ` · score ${c.score.toFixed(2)}`}
                {c.proposed && ' · proposed'}
                {c.featureId === null && ' · not on this map yet: choosing adds it'}
              </span>
            </li>
          ))}
        </ol>
      )}
      <Combobox
        label={`Another place for “${item.link.phrase}”${group.length > 1 ? ` (all ${group.length} mentions)` : ''}`}
        options={options}
        onChoose={(id) => {
          const place = gazetteerPlace(id);
          if (place) add(place);
          else act({ type: 'desk/choose', featureId: id });
        }}
        onActive={(id) => hover(id && !gazetteerPlace(id) ? [id] : [])}
        onOpen={searchBeyond}
        empty="No place of that name."
        inputRef={searchRef}
      />
    </>
  );
}
