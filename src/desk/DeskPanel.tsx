// The editor's desk, above the article: what is left to decide, the keys, the card of the proposal in
// hand (ProposalCard), a link from selected words (LinkSelection), and the bundle published from the
// decisions (PublishControls). Its state is the desk's slice of the store (src/state/desk/deskState.ts):
// every button and key is an action, after which the card takes the focus. Proposals are marked in
// the article itself (Passage.tsx reads the card's mention from the store); selecting one opens its
// card here.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { KIND_LABELS } from '../cartography/kinds';
import { displayName } from '../domain/names';
import { counts } from '../state/desk/draft';
import { cardOf, deskLocked } from '../state/desk/deskState';
import { featureIndex } from '../state/shown';
import type { StoryAction } from '../state/store';
import { useStore, useStoryStore } from '../state/useStore';
import type { Option } from '../ui/Combobox';
import { candidatesFor, municipalityAt } from './candidates';
import { DESK_KEYS, DESK_SHIFT_KEYS, useDeskKeys } from './deskKeys';
import { ProposalCard } from './ProposalCard';
import { StaleDraft } from './StaleDraft';
import { LinkSelection } from './LinkSelection';
import { PublishControls } from './PublishControls';
import { gazetteerChoice, loadGazetteer, type GazetteerRef } from './gazetteerPlace';
import { gazetteerOptions } from './gazetteerOptions';
import { useNameOf } from './useNameOf';

const kindLabel = (kind: string) => KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? kind;

export function DeskPanel() {
  const store = useStoryStore();
  const desk = useStore((s) => s.desk!);
  const index = useStore(featureIndex);
  const nameOrder = useStore((s) => s.viewer.nameOrder);
  const rules = useStore((s) => s.bundle.story.region.names);
  const passages = useStore((s) => s.bundle.story.passages);
  const { draft } = desk;
  const card = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const tally = counts(draft);
  const { item, group } = cardOf(desk);

  /** An action, then the focus on the card (the next proposal's), never on the page body. */
  const act = useCallback(
    (action: StoryAction) => {
      store.dispatch(action);
      card.current?.focus();
    },
    [store],
  );
  useDeskKeys(act, search);
  const hover = useCallback((ids: string[]) => store.dispatch({ type: 'hover', ids }), [store]);

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
  const searchBeyond = () => {
    if (desk.gazetteer) return;
    loadGazetteer().then(
      ({ places }) => store.dispatch({ type: 'desk/gazetteer', places }),
      () =>
        store.dispatch({
          type: 'desk/say',
          message: 'The gazetteer could not be loaded: the search covers the places on the map.',
        }),
    );
  };
  // Made once per gazetteer; those the story has by now (in the index) are the map's options.
  const everyPlace = useMemo(
    () => (desk.gazetteer ? gazetteerOptions(desk.gazetteer, kindLabel) : []),
    [desk.gazetteer],
  );
  const byOption = useMemo(() => new Map(everyPlace.map((g) => [g.option.id, g.place])), [everyPlace]);
  const searchOptions = useMemo(
    () => [...options, ...everyPlace.filter((g) => !index.has(g.featureId)).map((g) => g.option)],
    [options, everyPlace, index],
  );
  const nameOf = useNameOf();

  /** A gazetteer place the map lacks: fetched, made a place of the story, the group's mentions pointed at it. */
  const add = (candidate: GazetteerRef) => {
    if (!item || store.getState().desk!.adding) return;
    store.dispatch({ type: 'desk/placeAdding', name: candidate.name });
    if (store.getState().desk!.adding?.name !== candidate.name) return;
    gazetteerChoice(candidate, item.link.phrase, featureIndex(store.getState()))
      .then(
        (choice) => store.dispatch({ type: 'desk/placeFound', name: candidate.name, choice }),
        (error: Error) =>
          store.dispatch({ type: 'desk/placeFailed', name: candidate.name, error: error.message }),
      )
      .finally(() => {
        // Back to the card, unless the editor has moved on to another field meanwhile.
        const active = document.activeElement;
        if (!active || active === document.body || card.current?.contains(active)) card.current?.focus();
      });
  };

  // The map shows that it waits for a click (App renders it from the store); Escape cancels.
  const armed = desk.armed !== null;
  useEffect(() => {
    if (!armed) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      act({ type: 'desk/cancelPick' });
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [armed, act]);

  // A phrase selected in the article opens its card: focus follows it to the desk. Where the desk
  // scrolls with the text (phones, touch screens: too little room to keep it pinned; the style sheet's
  // to say), the card, which quotes the phrase in its sentence, comes into view (the article has
  // brought the phrase into view first).
  const shown = desk.current;
  useEffect(() => {
    if (!shown) return;
    const active = document.activeElement;
    if (active === document.body || active?.closest('a.phrase')) card.current?.focus();
    const panel = card.current?.closest<HTMLElement>('.review-panel');
    if (panel && getComputedStyle(panel).position !== 'sticky')
      card.current?.scrollIntoView({ block: 'start' });
  }, [shown]);

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
        {DESK_SHIFT_KEYS.map(([key, what]) => (
          <span key={key}>
            · <kbd>Shift</kbd>+<kbd>{key}</kbd> {what}
          </span>
        ))}{' '}
        · <kbd>Esc</kbd> cancel a pick
      </p>
      <StaleDraft act={act} />
      {!desk.stored && (
        <p className="banner-error" role="alert">
          This browser does not let the page store your work: download before closing the tab.
        </p>
      )}
      {desk.armed && (
        <p className="review-armed" role="status" data-testid="review-armed">
          Click the place on the map for “{draft.items.find((i) => i.key === desk.armed)?.link.phrase}”.
          Escape cancels.{' '}
          <button type="button" className="link-button" onClick={() => act({ type: 'desk/cancelPick' })}>
            Cancel
          </button>
        </p>
      )}
      <ProposalCard
        cardRef={card}
        searchRef={search}
        draft={draft}
        passages={passages}
        item={item}
        group={group}
        candidates={candidates}
        options={searchOptions}
        searchBeyond={searchBeyond}
        gazetteerPlace={(id) => byOption.get(id)}
        armed={!!item && desk.armed === item.key}
        canUndo={desk.past.length > 0}
        canRedo={desk.future.length > 0}
        locked={deskLocked(desk)}
        act={act}
        add={add}
        nameOf={nameOf}
        hover={hover}
      />
      <LinkSelection options={options} hover={hover} act={act} />
      <PublishControls act={act} />
    </section>
  );
}
