// One store per open story, outside React (Redux's shape: getState, dispatch, subscribe): the bundle as
// loaded, the viewer's slice (viewerState.ts) and, at the desk, the desk's (desk/deskState.ts). React
// reads it through useStore.ts; what is shown is derived (shown.ts); the effects that talk to the
// world follow it and report facts back as actions (layerLoading.ts, url.ts, src/desk/deskStorage.ts).
// The rules that cross the slices are here: a map pick while a pick is armed re-targets the mention;
// a phrase selected at the desk opens its card; a place the editor adds shows its layer.
import type { OpenStory } from './openStory';
import type { StoryState } from './storyState';
import { parseUrlState } from './urlState';
import { initialViewerState, viewerReducer, type ViewerAction, type ViewerState } from './viewerState';
import { decideWaiting, selectedIdOf, type ChoiceAction, type Decision, VIEWER_WORDS } from './choices';
import { NO_SELECTION } from './selection';
import { deskReducer, pickArmed } from './desk/deskReducer';
import {
  initialDeskState,
  mentionOf,
  shownDraft,
  type DeskAction,
  type DeskReads,
  type Opened,
} from './desk/deskState';
import { addedPlaces } from './desk/draft';
import { DESK_WORDS } from './desk/deskWords';
import { featureIndex, nameOf, shownLayerList } from './shown';
import { STORY_PLACES_LAYER } from '../domain/ids';

export type { StoryState };

export type StoryAction = ViewerAction | ChoiceAction | DeskAction;

export interface StoryStore {
  getState(): StoryState;
  dispatch(action: StoryAction): void;
  /** Called after every change of state; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface StoreOptions {
  /** The link the story was opened with (its layers, names, view, selection). */
  hash: string;
  /** The embed's first load frames a linked feature and leaves its details to a click. */
  embed: boolean;
  /** At the desk: what opening it found in the browser's storage. */
  desk: Opened | null;
}

export function initialStoryState(bundle: OpenStory, { hash, embed, desk }: StoreOptions): StoryState {
  // The layers a link may switch: the story's and the base map (openStory.ts).
  const link = parseUrlState(hash, shownLayerList(bundle, desk !== null).switchable);
  const { events } = bundle.story;
  const viewer: ViewerState = {
    ...initialViewerState({
      visibleLayers: link.visibleLayers,
      nameOrder: link.nameOrder,
      activeEvent: events.some((e) => e.id === link.selectedEvent) ? link.selectedEvent : null,
      view: link.view,
    }),
    waiting: { kind: 'link', link, hash, framesOnly: embed },
  };
  return { bundle, viewer, desk: desk && initialDeskState(desk) };
}

export function createStoryStore(bundle: OpenStory, options: StoreOptions): StoryStore {
  let state = initialStoryState(bundle, options);
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = storyReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const deskReads = (state: StoryState): DeskReads => ({
  story: state.bundle.story,
  nameOf: (id) => nameOf(state, id) ?? DESK_WORDS.notOnTheMap(id),
});

/** A decision of the reader's choice made: selected (its layer turned on), framed, or said. */
function apply(state: StoryState, decision: Decision): StoryState {
  const viewer = { ...state.viewer, waiting: null };
  switch (decision.kind) {
    case 'wait':
      return state;
    case 'select':
      return {
        ...state,
        viewer: viewerReducer(viewer, {
          type: 'select',
          ...decision.request,
          from: decision.from,
          layerId: featureIndex(state).get(selectedIdOf(decision.request.target))?.layerId,
        }),
      };
    case 'frame':
      return { ...state, viewer: viewerReducer(viewer, { type: 'framing', ids: decision.ids }) };
    case 'nothing':
      return {
        ...state,
        viewer: {
          ...viewer,
          selection: NO_SELECTION,
          notice: decision.notice ?? viewer.notice,
        },
      };
  }
}

/** A choice waiting for its features, decided now if it can be; else it waits (the loading brings them). */
function decide(state: StoryState, waiting: NonNullable<ViewerState['waiting']>): StoryState {
  const decision = decideWaiting(waiting, state.viewer, featureIndex(state), state.bundle.story.events);
  if (decision.kind === 'wait') return { ...state, viewer: { ...state.viewer, waiting } };
  return apply(state, decision);
}

/** A place the editor added shows its layer (a shared link may have left it off). */
function placesShown(before: StoryState, after: StoryState): StoryState {
  const count = (s: StoryState) =>
    s.desk ? addedPlaces(shownDraft(s.desk).places, s.bundle.story.places).length : 0;
  if (count(after) <= count(before) || after.viewer.visible.has(STORY_PLACES_LAYER)) return after;
  return {
    ...after,
    viewer: viewerReducer(after.viewer, { type: 'toggleLayer', id: STORY_PLACES_LAYER, on: true }),
  };
}

export function storyReducer(state: StoryState, action: StoryAction): StoryState {
  if (action.type.startsWith('desk/')) {
    if (!state.desk) return state;
    const desk = deskReducer(state.desk, action as DeskAction, deskReads(state));
    return desk === state.desk ? state : placesShown(state, { ...state, desk });
  }
  const a = action as ViewerAction | ChoiceAction;
  const index = () => featureIndex(state);
  switch (a.type) {
    case 'pick':
      if (state.desk?.armed)
        return placesShown(state, {
          ...state,
          desk: pickArmed(state.desk, a.featureId),
        });
      return apply(state, {
        kind: 'select',
        request: { target: { kind: 'feature', featureId: a.featureId, alsoHere: a.alsoHere }, origin: 'map' },
        from: a.from,
      });
    case 'phrase': {
      const key = state.desk && mentionOf(state.desk, { ...a.phrase, features: a.phrase.features });
      if (state.desk && key)
        return {
          ...state,
          desk: state.desk.current === key ? state.desk : { ...state.desk, current: key },
          viewer: viewerReducer(state.viewer, { type: 'hover', ids: a.phrase.features }),
        };
      return decide(state, { kind: 'phrase', phrase: a.phrase, from: a.from });
    }
    case 'chooseFeature':
      if (state.viewer.layers && !index().has(a.featureId))
        return { ...state, viewer: { ...state.viewer, notice: VIEWER_WORDS.notOnMap(a.featureId) } };
      return apply(state, {
        kind: 'select',
        request: { target: { kind: 'feature', featureId: a.featureId }, origin: 'list' },
        from: a.from,
      });
    case 'chooseEvent':
      return decide(state, { kind: 'event', eventId: a.eventId });
    case 'pickNothing': {
      const { selection } = state.viewer;
      if (selection.kind === 'none' || selection.origin !== 'map') return state;
      return { ...state, viewer: viewerReducer(state.viewer, { type: 'close' }) };
    }
    case 'switchTo':
      return apply(state, {
        kind: 'select',
        request: { target: { kind: 'feature', featureId: a.featureId }, origin: 'details' },
        from: null,
      });
    case 'link': {
      const { link } = a.link;
      const event = state.bundle.story.events.find((e) => e.id === link.selectedEvent);
      const restored = viewerReducer(state.viewer, {
        type: 'restoreLink',
        visibleLayers: link.visibleLayers,
        nameOrder: link.nameOrder,
        activeEvent: event?.id ?? null,
      });
      return decide({ ...state, viewer: restored }, a.link);
    }
    case 'layersLoaded': {
      const viewer = viewerReducer(state.viewer, a);
      if (viewer === state.viewer) return state;
      const loaded = { ...state, viewer };
      return viewer.waiting ? decide(loaded, viewer.waiting) : loaded;
    }
    default: {
      const viewer = viewerReducer(state.viewer, a);
      return viewer === state.viewer ? state : { ...state, viewer };
    }
  }
}
