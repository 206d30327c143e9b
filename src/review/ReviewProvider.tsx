// Review mode: the story's links as the editor's draft (draft.ts), shown in the article and on the
// map as they will be published, kept in the browser's storage (useDraftStore.ts) and followed
// across tabs. The desk (ReviewPanel.tsx) reads it through DeskContext. When the bundle changed
// under a stored draft, the article shows the bundle until the editor chooses: keep the draft (its
// decisions carried over to the bundle as it is now), take the bundle, or compare; nothing is decided,
// written or downloaded meanwhile.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { openStory, StoryContext, type OpenStory } from '../state/storyContext';
import { inRegionColours, resolveStoryLayers } from '../cartography/storyLayers';
import { LAYER_REGISTRY } from '../cartography/layerRegistry';
import { STORY_PLACES_LAYER } from '../domain/ids';
import type { SituationFeature } from '../domain/schema';
import { ReviewContext, type ReviewApi } from '../state/reviewContext';
import { addedPlaces, groupOf, retarget, startDraft, touched, workingLinks, type ReviewDraft } from './draft';
import { discardDraft, onOtherTab, openDraft } from './storage';
import { mergeDrafts } from './staleDraft';
import { useDraftStore } from './useDraftStore';
import { ReviewPanel } from './ReviewPanel';
import { changedItem, DeskContext, nextPending, type Desk, type Discarded } from './desk';
import { fold } from '../text/letters';

const HISTORY = 500;
const STORY_PLACES = LAYER_REGISTRY.find((l) => l.id === STORY_PLACES_LAYER)!;
const NO_PLACES: SituationFeature[] = [];

export default function ReviewProvider({ open, children }: { open: OpenStory; children: ReactNode }) {
  const { story } = open;
  const [opened] = useState(() => openDraft(story));
  const [draft, setDraftState] = useState<ReviewDraft>(opened.draft);
  const [history, setHistory] = useState<readonly ReviewDraft[]>([]);
  const [stale, setStale] = useState<ReviewDraft | null>(opened.kind === 'stale' ? opened.bundle : null);
  const [current, setCurrent] = useState<string | null>(() =>
    nextPending(opened.kind === 'stale' ? opened.bundle : opened.draft, null, 1),
  );
  const [armed, setArmed] = useState<string | null>(null);
  const [discarded, setDiscarded] = useState<Discarded | null>(null);
  const [message, setMessage] = useState<string | null>(opened.notice);
  const { stored, store, drop } = useDraftStore();

  // The api's callbacks (a map pick, a phrase) read the newest state without being made again.
  const latest = useRef({ draft, armed, stale });
  useEffect(() => {
    latest.current = { draft, armed, stale };
  }, [draft, armed, stale]);

  const decide = useCallback(
    (
      change: ReviewDraft | ((now: ReviewDraft) => { draft: ReviewDraft; said: string }),
      message?: string,
    ) => {
      if (latest.current.stale) return setMessage(CHOOSE_FIRST);
      const before = latest.current.draft;
      const { draft: next, said } =
        typeof change === 'function' ? change(before) : { draft: change, said: message };
      if (next === before) return setMessage(said ?? null);
      setHistory((h) => [...h.slice(-HISTORY + 1), before]);
      setDraftState(next);
      store(next);
      setMessage(said ?? null);
    },
    [store],
  );

  // The second tab follows the first: the newest draft wins, and the tab says it followed. What this
  // tab had not written yet, and its undo history, give way to it.
  useEffect(
    () =>
      onOtherTab(story.slug, (theirs) => {
        if (!theirs) {
          drop();
          setStale(null);
          setHistory([]);
          setDraftState(startDraft(story));
          setMessage('Another tab discarded this draft: the links are as the bundle has them.');
        } else if (theirs.changedAt >= latest.current.draft.changedAt) {
          drop();
          setHistory([]);
          setDraftState(theirs);
          setMessage('Updated from another tab where this story is open for review.');
        }
      }),
    [story, drop],
  );

  const desk = useMemo<Desk>(() => {
    // Restoring an earlier draft is a change of its own: newer than what the other tabs hold.
    const restore = (earlier: ReviewDraft) => {
      const next = touched(earlier);
      setDraftState(next);
      store(next);
      return next;
    };
    const forget = (said: string, stillStale: ReviewDraft | null) => {
      setDiscarded({ draft, stale: stillStale });
      const fresh = startDraft(story);
      setStale(null);
      setDraftState(fresh);
      setHistory([]);
      drop();
      discardDraft(story.slug);
      setCurrent(nextPending(fresh, null, 1));
      setMessage(said);
    };
    return {
      story,
      draft,
      history,
      current,
      armed,
      stale,
      restored: opened.kind === 'restored',
      stored,
      discarded,
      message,
      decide,
      undo() {
        if (stale) return setMessage(CHOOSE_FIRST);
        const previous = history[history.length - 1];
        if (!previous) return setMessage('Nothing to undo.');
        setHistory(history.slice(0, -1));
        restore(previous);
        const back = changedItem(draft, previous);
        if (back) setCurrent(back);
        setMessage('Undone.');
      },
      show: setCurrent,
      arm: setArmed,
      say: setMessage,
      keepDraft() {
        if (!stale) return;
        const merged = mergeDrafts(stale, draft, story.passages);
        setStale(null);
        setHistory([]);
        restore(merged.draft);
        setCurrent(nextPending(merged.draft, null, 1));
        setMessage(
          `Your draft is kept on the bundle as it is now: ${merged.carried} of your decisions carried over.` +
            (merged.dropped.length
              ? ` Not carried over (their words are no longer in the text, or the bundle no longer proposes them): ${merged.dropped.map((i) => `“${i.link.phrase}” (${i.link.passageId}, ${i.state})`).join(', ')}.`
              : ''),
        );
      },
      takeBundle: () =>
        forget(
          'The bundle is taken; your older draft is gone (Undo discard brings it back in this session).',
          stale,
        ),
      discard: () => forget('Draft discarded: the links are as the bundle has them.', null),
      undoDiscard() {
        if (!discarded) return;
        // Taken over a newer bundle, it is stale again: the choice comes back with it.
        setStale(discarded.stale);
        if (discarded.stale) {
          setDraftState(discarded.draft);
          store(discarded.draft);
        } else restore(discarded.draft);
        setDiscarded(null);
        setMessage('Discard undone: your draft is back.');
      },
      downloaded(at) {
        const next = { ...draft, downloadedAt: at };
        setDraftState(next);
        store(next);
      },
    };
  }, [
    story,
    draft,
    history,
    current,
    armed,
    stale,
    opened.kind,
    stored,
    discarded,
    message,
    decide,
    store,
    drop,
  ]);

  // What the article and the map show: the draft's links, or the bundle's while the choice is open
  // (the draft may not fit a changed text).
  // The places the editor added join the story's own (the same array while none is added, so the
  // viewer does not load its layers again on every decision).
  const shown = stale ?? draft;
  const places = useMemo(() => {
    const added = addedPlaces(shown.places, story.places);
    return added.length ? [...(story.places ?? []), ...added] : (story.places ?? NO_PLACES);
  }, [story.places, shown.places]);
  // At the desk the map has a layer for the story's own places even when the bundle has none yet, so
  // that a place the editor adds has a layer to be drawn in (publish.ts lists it once it holds one).
  const layers = useMemo(() => {
    if (open.layers.some((l) => l.id === STORY_PLACES.id)) return open.layers;
    const own = resolveStoryLayers([
      { id: STORY_PLACES.id, role: 'situation', title: STORY_PLACES.defaultTitle, visibleByDefault: true },
    ]).layers;
    return [...open.layers, ...inRegionColours(own, story.region.territoryColor)];
  }, [open.layers, story.region.territoryColor]);
  // The layers and their lookup keep their identity across decisions: what depends on them (the
  // article's styles, the map) is not made again for each one.
  const withLayers = useMemo(
    () => (layers === open.layers ? open : openStory(story, layers)),
    [open, story, layers],
  );
  const reviewed = useMemo<OpenStory>(
    () => ({ ...withLayers, story: { ...story, places, links: workingLinks(shown) } }),
    [withLayers, story, places, shown],
  );

  // Stable for the whole review: a new Panel type would remount the desk and drop the editor's focus.
  const api = useMemo<ReviewApi>(
    () => ({
      Panel: ReviewPanel,
      takePick: (featureId) => {
        const { draft: now, armed: waiting } = latest.current;
        if (!waiting) return false;
        // As choosing a candidate does: every mention of the same words linked to the same place.
        const keys = groupOf(now, waiting).map((i) => i.key);
        decide(
          retarget(now, keys.length ? keys : [waiting], featureId),
          keys.length > 1
            ? `Re-targeted from the map (all ${keys.length} mentions).`
            : 'Re-targeted from the map.',
        );
        setArmed(null);
        return true;
      },
      openPhrase: (passageId, phrase, featureIds) => {
        const folded = fold(phrase);
        const shown = latest.current.stale ?? latest.current.draft;
        // The mention the reader sees there: standing (accepted or pending), and linked as shown.
        const here = shown.items.filter(
          (i) => i.link.passageId === passageId && fold(i.link.phrase) === folded,
        );
        const item =
          here.find(
            (i) => (i.state === 'accepted' || i.state === 'pending') && featureIds.includes(i.link.featureId),
          ) ?? here[0];
        if (!item) return false;
        setCurrent(item.key);
        return true;
      },
    }),
    [decide],
  );

  return (
    <StoryContext.Provider value={reviewed}>
      <DeskContext.Provider value={desk}>
        <ReviewContext.Provider value={api}>{children}</ReviewContext.Provider>
      </DeskContext.Provider>
    </StoryContext.Provider>
  );
}

const CHOOSE_FIRST =
  'First choose above: keep your draft, take the bundle, or compare them. Nothing is decided until then.';
