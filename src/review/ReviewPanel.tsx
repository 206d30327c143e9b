// The editor's panel: every link with its place, to accept, reject or re-target (from the list or by
// clicking the map); a link added from words selected in the article; the reviewed links.json
// validated by the bundle's schema and checks, then offered for download.
import { useState } from 'react';
import type { FeatureIndexEntry } from '../domain/featureIndex';
import { linksFileSchema } from '../story/schema';
import { linkProblems } from '../story/linkChecks';
import { describeBundleError } from '../story/schema';
import type { Story } from '../story/story';
import { displayName, type NameOrder } from '../domain/names';
import { useStory } from '../state/storyContext';
import {
  accept,
  addLink,
  counts,
  reject,
  reopen,
  retarget,
  reviewedLinksFile,
  type ReviewDraft,
} from './draft';
import { discardDraft } from './storage';
import { startDraft } from './draft';

export interface ReviewState {
  draft: ReviewDraft;
  setDraft: (draft: ReviewDraft) => void;
  restored: boolean;
  /** false when the browser refused to store the draft. */
  stored: boolean;
  armed: string | null;
  setArmed: (key: string | null) => void;
  /** The story as the bundle has it (its links as proposed). */
  story: Story;
}

interface Props {
  index: Map<string, FeatureIndexEntry>;
  nameOrder: NameOrder;
  state: ReviewState;
}

/** The words selected in the article, if they lie within one passage and are verbatim in it. */
function selectedWords(story: Story): { passageId: string; phrase: string } | string {
  const selection = window.getSelection();
  const phrase = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
  if (!selection || !phrase) return 'Select some words of the article first.';
  const passageOf = (node: Node | null) =>
    (node instanceof Element ? node : node?.parentElement)
      ?.closest('[data-passage-id]')
      ?.getAttribute('data-passage-id');
  const passageId = passageOf(selection.anchorNode);
  if (!passageId || passageId !== passageOf(selection.focusNode)) return 'Select words within one passage.';
  const passage = story.passages.find((p) => p.id === passageId);
  if (!passage?.text.includes(phrase))
    return 'The selection is not verbatim in the passage (select within one line of text).';
  return { passageId, phrase };
}

export function ReviewPanel({ index, nameOrder, state }: Props) {
  const { draft, setDraft, story } = state;
  const open = useStory();
  const [adding, setAdding] = useState<{ passageId: string; phrase: string; featureId: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const tally = counts(draft);

  const options = open.layers.flatMap((layer) => {
    const features = [...index.values()].filter((e) => e.layerId === layer.id);
    return features.length
      ? [
          {
            layer,
            features: features.sort((a, b) =>
              a.feature.properties.name.en.localeCompare(b.feature.properties.name.en),
            ),
          },
        ]
      : [];
  });
  const nameOf = (id: string) => {
    const entry = index.get(id);
    return entry ? displayName(entry.feature.properties, nameOrder, open.story.region.names) : id;
  };
  const featureSelect = (value: string, label: string, onChange: (id: string) => void) => (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {!index.has(value) && <option value={value}>{value} (not on the map)</option>}
      {options.map(({ layer, features }) => (
        <optgroup key={layer.id} label={layer.title}>
          {features.map((e) => (
            <option key={e.feature.properties.id} value={e.feature.properties.id}>
              {displayName(e.feature.properties, nameOrder, open.story.region.names)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );

  const download = () => {
    const file = reviewedLinksFile(draft);
    const parsed = linksFileSchema.safeParse(file);
    const found = [
      ...(parsed.success ? [] : describeBundleError('links.json', parsed.error).split('\n')),
      ...linkProblems(file, story.passages, (id) => index.has(id), story.meta.claimants),
    ];
    setProblems(found);
    if (found.length) return;
    const url = URL.createObjectURL(
      new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'links.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setDraft({ ...draft, downloadedAt: new Date().toISOString() });
    setMessage(
      `Downloaded. Replace stories/${draft.slug}/links.json with it and rebuild; this draft stays in the browser until you discard it.`,
    );
  };

  return (
    <section className="review-panel" data-testid="review-panel" aria-labelledby="review-title">
      <h2 id="review-title">Review the links</h2>
      <p data-testid="review-counts">
        {tally.pending} to review · {tally.accepted} accepted · {tally.rejected} rejected
        {state.restored && ' · your earlier work in this browser was restored'}
      </p>
      {!state.stored && (
        <p className="banner-error" role="alert">
          This browser does not let the page store your work: download before closing the tab.
        </p>
      )}
      {state.armed && (
        <p className="review-armed" role="status">
          Click the place on the map for “{draft.items.find((i) => i.key === state.armed)?.link.phrase}”.{' '}
          <button type="button" className="link-button" onClick={() => state.setArmed(null)}>
            Cancel
          </button>
        </p>
      )}
      <ol className="review-items">
        {draft.items.map((item) => (
          <li key={item.key} data-testid="review-item" data-state={item.state} data-phrase={item.link.phrase}>
            <p>
              <q>{item.link.phrase}</q> <span className="review-where">({item.link.passageId})</span> →{' '}
              {featureSelect(item.link.featureId, `Place for “${item.link.phrase}”`, (id) =>
                setDraft(retarget(draft, item.key, id)),
              )}
            </p>
            {item.proposedFeatureId && item.proposedFeatureId !== item.link.featureId && (
              <p className="review-was">Proposed: {nameOf(item.proposedFeatureId)}</p>
            )}
            {item.link.note && <p className="viewer-note-inline">{item.link.note}</p>}
            <p className="review-actions">
              <span className={`review-state review-${item.state}`}>{item.state}</span>
              <button
                type="button"
                onClick={() => setDraft(accept(draft, item.key))}
                disabled={item.state === 'accepted'}
              >
                Accept
              </button>
              <button
                type="button"
                onClick={() => setDraft(reject(draft, item.key))}
                disabled={item.state === 'rejected'}
              >
                Reject
              </button>
              {item.state !== 'pending' && (
                <button type="button" onClick={() => setDraft(reopen(draft, item.key))}>
                  Undo
                </button>
              )}
              <button type="button" onClick={() => state.setArmed(item.key)}>
                Pick on map
              </button>
            </p>
          </li>
        ))}
      </ol>
      <div className="review-add">
        {adding ? (
          <p>
            Link <q>{adding.phrase}</q> ({adding.passageId}) to{' '}
            {featureSelect(adding.featureId, 'Place for the selected words', (id) =>
              setAdding({ ...adding, featureId: id }),
            )}{' '}
            <button
              type="button"
              onClick={() => {
                setDraft(addLink(draft, adding));
                setAdding(null);
              }}
            >
              Add link
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setAdding(null)}>
              Cancel
            </button>
          </p>
        ) : (
          <button
            type="button"
            data-testid="review-link-selection"
            // Keep the article's selection: the button must not take it on mouse down.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              const words = selectedWords(story);
              if (typeof words === 'string') setMessage(words);
              else {
                setMessage(null);
                setAdding({ ...words, featureId: options[0]?.features[0]?.feature.properties.id ?? '' });
              }
            }}
          >
            Link the selected words
          </button>
        )}
      </div>
      <p className="review-download">
        <button type="button" data-testid="review-download" onClick={download}>
          Download links.json
        </button>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(startDraft(draft.slug, story.links));
            discardDraft(draft.slug);
            setMessage('Draft discarded: the links are as the bundle has them.');
          }}
        >
          Discard draft
        </button>
      </p>
      {message && (
        <p role="status" data-testid="review-message">
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="banner-error" role="alert" data-testid="review-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
