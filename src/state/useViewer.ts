// The viewer of one story, as state and the reader's verbs: the reducer (viewerState.ts) with what
// must happen around it: the layers loading in stages, a link restored (on load and when pasted into
// an open viewer), the URL following the state, the camera and the keyboard focus following the
// selection. Components read it through ViewerContext (viewerContext.ts) and call its verbs.
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { indexFeatures, type FeatureIndexEntry } from '../domain/featureIndex';
import type { NameOrder } from '../domain/names';
import { loadLayersLazily } from '../loading/loadLayersLazily';
import { stageLayers } from '../loading/stagedLoading';
import { formatUrlState, hashParams, parseUrlState, type MapView } from './urlState';
import { featuresALinkNeeds, outcomeOfLink, type LinkOutcome } from './linkRestore';
import { initialViewerState, viewerReducer, type SheetTab } from './viewerState';
import type { CameraPort } from './cameraPort';
import type { SelectRequest, SelectTarget, Via } from './selection';
import type { OpenStory } from './storyContext';
import type { ReviewApi } from './reviewContext';
import type { MapExtent } from '../camera/camera';
import { STORY_PLACES_LAYER } from '../domain/ids';

type Index = Map<string, FeatureIndexEntry>;
export type Viewer = ReturnType<typeof useViewer>;

export interface ViewerOptions {
  embed: boolean;
  review: ReviewApi | null;
  camera: CameraPort;
  /** The app is about to scroll the article itself (follow-the-article must not take it for the reader's). */
  appScrolls: () => void;
}

export function useViewer(open: OpenStory, options: ViewerOptions) {
  const { story } = open;
  // The link as opened (the URL is rewritten from the state once the viewer runs).
  const openedHash = useMemo(() => window.location.hash, []);
  const link = useMemo(() => parseUrlState(openedHash, open.switchable), [openedHash, open.switchable]);
  const [state, dispatch] = useReducer(viewerReducer, link, (l) =>
    initialViewerState({
      visibleLayers: l.visibleLayers,
      nameOrder: l.nameOrder,
      activeEvent: story.events.some((e) => e.id === l.selectedEvent) ? l.selectedEvent : null,
    }),
  );
  const { camera, appScrolls } = options;
  const view = useRef<MapView | null>(link.view);
  const index = useMemo<Index>(
    () => (state.layers ? indexFeatures(state.layers) : new Map()),
    [state.layers],
  );
  // The story's own places as the story opened with them (the desk may add some: see below).
  const [openedPlaces] = useState(story.places);
  const staged = useMemo(
    () => stageLayers(open.layers, (ls) => loadLayersLazily(ls, openedPlaces, import.meta.env.BASE_URL)),
    [open.layers, openedPlaces],
  );
  /** The index once the given features are loaded (after the ground context when one is pending). */
  const withFeatures = useCallback(
    async (ids: readonly string[], known: Index): Promise<Index> => {
      if (ids.every((id) => known.has(id)) || !staged.pending()) return known;
      const loaded = await staged.all();
      dispatch({ type: 'layersLoaded', layers: loaded });
      return indexFeatures(loaded);
    },
    [staged],
  );
  // The state as the verbs and listeners read it, after each render.
  const current = useRef({ state, index });
  useLayoutEffect(() => {
    current.current = { state, index };
  });

  // A place added at the editor's desk: the story's places layer gets it and is shown, nothing else
  // reloads (and if it is added before that layer has loaded, the layer gets it once loaded).
  useEffect(() => {
    const own = state.layers?.storyPlaces;
    if (!own || own.status !== 'ok' || !story.places || own.features === story.places) return;
    dispatch({
      type: 'layersLoaded',
      layers: { ...state.layers, storyPlaces: { status: 'ok', features: story.places } },
    });
    // One more place than the map showed: its layer is shown too (a shared link may have left it off).
    if (story.places.length > own.features.length)
      dispatch({ type: 'toggleLayer', id: STORY_PLACES_LAYER, on: true });
  }, [story.places, state.layers]);

  /** Every selection passes here: the article scrolls to it (the app's scroll), its layer turns on. */
  const selectIn = useCallback(
    (known: Index, request: SelectRequest, from: HTMLElement | null = null) => {
      appScrolls();
      dispatch({
        type: 'select',
        ...request,
        from,
        layerId: known.get(selectedIdOf(request.target))?.layerId,
      });
    },
    [appScrolls],
  );
  const apply = useCallback(
    (outcome: LinkOutcome, known: Index) => {
      if (outcome.kind === 'select') selectIn(known, outcome.request);
      else if (outcome.kind === 'frame') camera.frame(outcome.ids);
      else if (outcome.notice) dispatch({ type: 'notice', message: outcome.notice });
    },
    [camera, selectIn],
  );

  // Once the article has painted (App calls this after its first paint): the first layers, then the link.
  const loadFirstView = useCallback(async () => {
    const loaded = await staged.first();
    dispatch({ type: 'layersLoaded', layers: loaded });
    const known = await withFeatures(featuresALinkNeeds(link, story.events), indexFeatures(loaded));
    apply(outcomeOfLink(link, openedHash, known, story.events, options.embed), known);
  }, [staged, withFeatures, link, story.events, openedHash, options.embed, apply]);

  /** Every layer, for when the map cannot draw (the lists then hold everything) or once it has. */
  const loadEverything = useCallback(
    (withLocator: Promise<unknown>) =>
      Promise.all([staged.all(), withLocator]).then(([loaded]) =>
        dispatch({ type: 'layersLoaded', layers: loaded }),
      ),
    [staged],
  );

  // The URL follows the state: replaceState, never a new history entry per change. A link edited in
  // the address bar (or set by a script) is the reader's newer word: until its `hashchange` has been
  // applied (a task later), nothing is written over it.
  const seenHash = useRef(window.location.hash);
  const writeUrl = useCallback(() => {
    if (window.location.hash !== seenHash.current) return;
    const { selection } = current.current.state;
    const hash = formatUrlState({
      story: story.slug,
      view: view.current,
      visibleLayers: open.switchable.filter((l) => current.current.state.visible.has(l.id)).map((l) => l.id),
      selectedFeature: selection.kind === 'feature' ? selection.featureId : null,
      selectedEvent: current.current.state.activeEvent,
      nameOrder: current.current.state.nameOrder,
      // Review mode is the link's `&review` (added or removed in the open tab, the router switches the
      // desk): kept as the link has it, never written back from the mode of a moment before.
      review: hashParams(window.location.hash).has('review'),
    });
    if (hash === window.location.hash) return;
    window.history.replaceState(null, '', hash);
    seenHash.current = hash;
  }, [story.slug, open.switchable]);
  useEffect(writeUrl, [writeUrl, state.visible, state.selection, state.activeEvent, state.nameOrder]);

  // A link pasted or edited in the address bar of an open viewer: applied like a fresh load.
  useEffect(() => {
    const onHashChange = () => {
      const hash = window.location.hash;
      seenHash.current = hash;
      const { state: now, index: known } = current.current;
      const next = parseUrlState(
        hash,
        open.switchable,
        now.layers && !staged.pending() ? new Set(known.keys()) : undefined,
      );
      const event = story.events.find((e) => e.id === next.selectedEvent);
      dispatch({
        type: 'restoreLink',
        visibleLayers: next.visibleLayers,
        nameOrder: next.nameOrder,
        activeEvent: event?.id ?? null,
      });
      withFeatures(featuresALinkNeeds(next, story.events), known).then((loaded) => {
        const outcome = outcomeOfLink(next, hash, loaded, story.events);
        if (outcome.kind === 'nothing') dispatch({ type: 'clearSelection' });
        apply(outcome, loaded);
      });
      if (next.view) {
        view.current = next.view;
        camera.jumpTo(next.view);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [open.switchable, story.events, withFeatures, staged, apply, camera]);

  const close = useCallback(() => {
    const back = current.current.state.returnFocus;
    dispatch({ type: 'close' });
    back?.focus();
  }, []);

  // Esc closes the details and returns focus to where it was.
  const selected = state.selection.kind !== 'none';
  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, close]);

  const { review } = options;
  const verbs = useMemo(() => {
    const notOnMap = (id: string) =>
      dispatch({ type: 'notice', message: `“${id}” is not on the map: its layer could not be loaded.` });
    return {
      /** A feature from a list (the layers panel, a phrase's single place). */
      selectFeature(featureId: string, from: HTMLElement) {
        const { state: now, index: known } = current.current;
        if (now.layers && !known.has(featureId)) return notOnMap(featureId);
        selectIn(known, { target: { kind: 'feature', featureId }, origin: 'list' }, from);
      },
      /** A phrase of the article: the features whose layers loaded (all of them while loading). */
      selectPhrase(
        phrase: { features: string[]; framed: string[]; passageId: string; text: string },
        from: HTMLElement,
      ) {
        const via: Via = { passageId: phrase.passageId, phrase: phrase.text };
        const choose = (known: Index, loading: boolean) => {
          const present = loading ? phrase.features : phrase.features.filter((id) => known.has(id));
          if (!present.length) return notOnMap(phrase.features[0]);
          const framed = phrase.framed.filter((id) => present.includes(id));
          selectIn(
            known,
            { target: { kind: 'phrase', features: present, framed, via }, origin: 'article' },
            from,
          );
        };
        const { state: now, index: known } = current.current;
        if (!now.layers) choose(known, true);
        else withFeatures(phrase.features, known).then((loaded) => choose(loaded, false));
      },
      chooseEvent(eventId: string) {
        const event = story.events.find((e) => e.id === eventId);
        if (!event) return;
        withFeatures(event.places, current.current.index).then((known) =>
          selectIn(known, { target: { kind: 'event', eventId, places: event.places }, origin: 'timeline' }),
        );
      },
      /** A pick on the map (MapLibre's canvas: focus has nowhere to return; the static map's buttons: there). */
      pick(featureId: string, alsoHere: string[], from: HTMLElement | null = null) {
        if (review?.takePick(featureId)) return;
        selectIn(
          current.current.index,
          { target: { kind: 'feature', featureId, alsoHere }, origin: 'map' },
          from,
        );
      },
      pickNothing() {
        const { selection } = current.current.state;
        if (selection.kind !== 'none' && selection.origin === 'map') close();
      },
      switchTo(featureId: string) {
        selectIn(current.current.index, { target: { kind: 'feature', featureId }, origin: 'details' });
      },
      close,
      hover: (ids: string[]) => dispatch({ type: 'hover', ids }),
      toggleLayer: (id: string, on: boolean) => dispatch({ type: 'toggleLayer', id, on }),
      setNameOrder: (nameOrder: NameOrder) => dispatch({ type: 'nameOrder', nameOrder }),
      showTab: (tab: SheetTab) => dispatch({ type: 'tab', tab }),
      cannotDraw() {
        dispatch({ type: 'cannotDraw' });
      },
      /** A base-map tile could not be read: the attributions say so, and why. */
      baseMapProblem: (message: string) => dispatch({ type: 'baseMapProblem', message }),
      firstIdle() {
        dispatch({ type: 'firstIdle' });
      },
      moveEnd(v: MapView) {
        view.current = v;
        writeUrl();
      },
      extent: (extent: MapExtent) => dispatch({ type: 'extent', extent }),
    };
  }, [story.events, withFeatures, selectIn, close, writeUrl, review]);

  return { state, index, link, camera, verbs, loadFirstView, loadEverything };
}

function selectedIdOf(target: SelectTarget): string {
  if (target.kind === 'feature') return target.featureId;
  if (target.kind === 'phrase') return target.features[0];
  return target.places[0] ?? '';
}
