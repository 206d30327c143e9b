// The editor's desk, above the article: what is left to decide, the keys, the card of the proposal in
// hand (ProposalCard), a link from selected words (LinkSelection), and the bundle published from the
// decisions (PublishControls). Proposals are marked in the article itself; selecting one opens its
// card here. One decision re-renders the card and the phrases it changes, not a list.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DeskProps } from '../state/reviewContext';
import { useStory } from '../state/storyContext';
import { KIND_LABELS } from '../cartography/kinds';
import { displayName } from '../domain/names';
import { counts } from './draft';
import { candidatesFor, municipalityAt } from './candidates';
import type { Option } from './Combobox';
import { useDesk } from './desk';
import { DESK_KEYS, useDeskKeys, useDeskVerbs } from './useDeskVerbs';
import { ProposalCard } from './ProposalCard';
import { StaleDraft } from './StaleDraft';
import { LinkSelection } from './LinkSelection';
import { PublishControls } from './PublishControls';
import { loadGazetteer } from './gazetteerPlace';
import { gazetteerOptions } from './gazetteerOptions';
import type { GazetteerPlace } from '../geoparse/gazetteer';

const kindLabel = (kind: string) => KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? kind;

export function ReviewPanel({ index, nameOrder, hover }: DeskProps) {
  const desk = useDesk();
  const { draft, story } = desk;
  const open = useStory();
  const rules = open.story.region.names;
  const search = useRef<HTMLInputElement>(null);
  const tally = counts(draft);

  const options = useMemo<Option[]>(
    () =>
      [...index.values()]
        .map(({ feature }) => {
          const p = feature.properties;
          // Where it is, to tell same-named places apart (Dren ×2, Kamenica ×3).
          const where =
            (p.kind === 'municipality' || p.kind === 'country'
              ? null
              : municipalityAt(p.labelPoint, index)) ?? p.country;
          return {
            id: p.id,
            label: displayName(p, nameOrder, rules),
            detail: `${kindLabel(p.kind)}${where ? `, ${where}` : ''} · ${p.id}`,
          };
        })
        .sort((a, b) => a.label.localeCompare(b.label)),
    [index, nameOrder, rules],
  );
  // The search reaches the whole gazetteer once the editor starts to search (fetched then, once).
  const [gazetteer, setGazetteer] = useState<readonly GazetteerPlace[] | null>(null);
  const searchBeyond = () => {
    if (gazetteer) return;
    loadGazetteer().then(
      ({ places }) => setGazetteer(places),
      () => desk.say('The gazetteer could not be loaded: the search covers the places on the map.'),
    );
  };
  // Made once per gazetteer; those the story has by now (in the index) are the map's options.
  const everyPlace = useMemo(() => (gazetteer ? gazetteerOptions(gazetteer, kindLabel) : []), [gazetteer]);
  const byOption = useMemo(() => new Map(everyPlace.map((g) => [g.option.id, g.place])), [everyPlace]);
  const searchOptions = useMemo(
    () => [...options, ...everyPlace.filter((g) => !index.has(g.featureId)).map((g) => g.option)],
    [options, everyPlace, index],
  );
  const gazetteerPlace = (optionId: string) => byOption.get(optionId);
  const nameOf = (id: string) => {
    const entry = index.get(id);
    return entry ? displayName(entry.feature.properties, nameOrder, rules) : `${id} (not on the map)`;
  };
  const { card, item, group, verbs } = useDeskVerbs(nameOf, index);
  useDeskKeys(verbs, search);

  // A phrase selected in the article opens its card: focus follows it to the desk.
  const shown = desk.current;
  useEffect(() => {
    const active = document.activeElement;
    if (shown && (active === document.body || active?.closest('a.phrase'))) card.current?.focus();
  }, [shown, card]);

  // The proposal in hand is marked in the article and brought into view. Where the desk scrolls with
  // the text (phones and touch screens: too little room to keep it pinned), the card, which quotes the
  // phrase in its sentence, is what comes into view.
  useEffect(() => {
    if (!item) return;
    const passage = document.querySelector(`[data-passage-id="${item.link.passageId}"]`);
    const phrase = [...(passage?.querySelectorAll<HTMLElement>('a.phrase') ?? [])].find(
      (a) => a.textContent === item.link.phrase,
    );
    phrase?.setAttribute('aria-current', 'true');
    // Pinned or not is the style sheet's to say (phones, touch screens): asked of the page, not repeated.
    const panel = card.current?.closest<HTMLElement>('.review-panel');
    if (panel && getComputedStyle(panel).position !== 'sticky')
      card.current?.scrollIntoView({ block: 'start' });
    else phrase?.scrollIntoView({ block: 'nearest' });
    return () => phrase?.removeAttribute('aria-current');
  }, [item, open.story.links, card]);

  // Its place is highlighted on the map, as a candidate is on hover — once the card is painted: a map
  // frame (software WebGL: about 100 ms) is not what a key press should wait for. The next proposal's
  // highlight replaces it; leaving the desk clears it.
  const shownFeature = item?.link.featureId ?? null;
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => hover(shownFeature ? [shownFeature] : []), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shownFeature, hover]);
  useEffect(() => () => hover([]), [hover]);

  const candidates = item
    ? candidatesFor(
        item.link,
        item.proposedFeatureId,
        draft.items
          .filter((i) => i.key !== item.key && (i.state === 'accepted' || i.state === 'pending'))
          .map((i) => i.link),
        index,
        nameOrder,
        rules,
        kindLabel,
      )
    : [];

  return (
    <section className="review-panel" data-testid="review-panel" aria-labelledby="review-title">
      <h2 id="review-title">Review the links</h2>
      <p data-testid="review-counts">
        {tally.pending} to review · {tally.accepted} accepted · {tally.rejected} rejected ·{' '}
        {tally['not-place']} not a place
        {desk.restored && ' · your earlier work in this browser was restored'}
      </p>
      <p className="review-keys" data-testid="review-keys">
        Keys:{' '}
        {DESK_KEYS.map(([key, what]) => (
          <span key={key}>
            <kbd>{key}</kbd> {what}
          </span>
        ))}{' '}
        · <kbd>Shift</kbd>+<kbd>a</kbd> accept all · <kbd>Esc</kbd> cancel a pick
      </p>
      <StaleDraft act={verbs.act} />
      {!desk.stored && (
        <p className="banner-error" role="alert">
          This browser does not let the page store your work: download before closing the tab.
        </p>
      )}
      {desk.armed && (
        <p className="review-armed" role="status" data-testid="review-armed">
          Click the place on the map for “{draft.items.find((i) => i.key === desk.armed)?.link.phrase}”.
          Escape cancels.{' '}
          <button type="button" className="link-button" onClick={() => verbs.act(() => desk.arm(null))}>
            Cancel
          </button>
        </p>
      )}
      <ProposalCard
        cardRef={card}
        searchRef={search}
        draft={draft}
        passages={story.passages}
        item={item}
        group={group}
        candidates={candidates}
        options={searchOptions}
        searchBeyond={searchBeyond}
        gazetteerPlace={gazetteerPlace}
        armed={!!item && desk.armed === item.key}
        canUndo={desk.history.length > 0}
        locked={desk.stale !== null}
        verbs={verbs}
        nameOf={nameOf}
        hover={hover}
      />
      <LinkSelection options={options} nameOf={nameOf} hover={hover} act={verbs.act} />
      <PublishControls act={verbs.act} />
    </section>
  );
}
