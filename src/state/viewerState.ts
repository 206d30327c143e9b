// The viewer's slice of the open story's store (store.ts): a pure reducer. Everything a panel shows
// comes from here; what the camera and the keyboard focus do follows from the selection (selection.ts).
// The reader's choices that need the loaded features (a phrase, an event, a link) are decided in
// choices.ts, which turns them into the `select` below, or into `waiting` until the layers are in.
import type { LoadedLayers } from '../domain/featureIndex';
import type { NameOrder } from '../domain/names';
import type { MapExtent } from '../camera/mapExtent';
import type { UrlState } from './urlState';
import type { Camera } from '../camera/camera';
import { NO_SELECTION, select, type SelectRequest, type Selection } from './selection';

export type SheetTab = 'article' | 'layers' | 'details';

/** A phrase of the article as the reader chose it: every feature it links to, and those a click frames. */
export interface PhraseChoice {
  features: string[];
  framed: string[];
  passageId: string;
  text: string;
}

/** A choice that needs features of layers still loading (the ground context): decided once they are in. */
export type Waiting =
  | { kind: 'phrase'; phrase: PhraseChoice; from: string | null }
  | { kind: 'event'; eventId: string }
  /** A link, on opening (`framesOnly`: the embed's first load) or pasted into the open viewer. */
  | { kind: 'link'; link: UrlState; hash: string; framesOnly: boolean };

export interface ViewerState {
  /** The layers as loaded (the desk's added places join them in shown.ts's shownLayers). */
  layers: LoadedLayers | null;
  /** Every stage of the layers has arrived (the ground context too). */
  layersComplete: boolean;
  /** The article has painted: the layers and the map's code may come now. */
  painted: boolean;
  /** A reader's choice waiting for the ground context. */
  waiting: Waiting | null;
  visible: ReadonlySet<string>;
  selection: Selection;
  /** The event the timeline shows as chosen (its details, or a feature's when the reader moved on). */
  activeEvent: string | null;
  /** Features the article's phrases point at under the pointer. */
  hovered: string[];
  /** Which panel a phone shows. */
  sheetTab: SheetTab;
  nameOrder: NameOrder;
  /** False once MapLibre has failed to create its WebGL2 context: no probe of our own beforehand. */
  webgl: boolean;
  notice: string | null;
  /** Why the base map could not be drawn (its first problem), or null. */
  baseMapProblem: string | null;
  /** The map has drawn its first picture: the ground context and the locator may come now. */
  mapDrawn: boolean;
  extent: MapExtent | null;
  /** The locator inset's size, once it has its countries: the map reports its corners at that size. */
  locatorSize: { w: number; h: number } | null;
  /** The camera as the map last reported it (a link's until then): what the URL's `map=` says. */
  view: Camera | null;
  /** The link's camera as the story opened: the first picture's, and the static map's without WebGL. */
  openingView: Camera | null;
  /** Features the camera is asked to frame with nothing selected (the embed's linked feature). */
  framing: { ids: string[] } | null;
  /** The id of the element keyboard focus returns to when the details close (the one chosen from). */
  returnFocus: string | null;
}

export type ViewerAction =
  | (SelectRequest & { type: 'select'; from?: string | null; layerId?: string })
  | { type: 'close' }
  | { type: 'clearSelection' }
  | { type: 'layersLoaded'; layers: LoadedLayers; complete: boolean }
  | { type: 'articlePainted' }
  | { type: 'framing'; ids: string[] }
  | { type: 'moveEnd'; view: Camera }
  | { type: 'toggleLayer'; id: string; on: boolean }
  | { type: 'restoreLink'; visibleLayers: string[]; nameOrder: NameOrder; activeEvent: string | null }
  | { type: 'nameOrder'; nameOrder: NameOrder }
  | { type: 'hover'; ids: string[] }
  | { type: 'tab'; tab: SheetTab }
  | { type: 'notice'; message: string | null }
  | { type: 'cannotDraw' }
  | { type: 'baseMapProblem'; message: string }
  | { type: 'firstIdle' }
  | { type: 'extent'; extent: MapExtent }
  | { type: 'locatorSize'; size: { w: number; h: number } };

export function initialViewerState(link: {
  visibleLayers: string[];
  nameOrder: NameOrder;
  activeEvent: string | null;
  view?: Camera | null;
}): ViewerState {
  return {
    layers: null,
    layersComplete: false,
    painted: false,
    waiting: null,
    visible: new Set(link.visibleLayers),
    selection: NO_SELECTION,
    activeEvent: link.activeEvent,
    hovered: [],
    sheetTab: 'article',
    nameOrder: link.nameOrder,
    webgl: true,
    notice: null,
    baseMapProblem: null,
    mapDrawn: false,
    extent: null,
    locatorSize: null,
    view: link.view ?? null,
    openingView: link.view ?? null,
    framing: null,
    returnFocus: null,
  };
}

const withLayer = (visible: ReadonlySet<string>, id: string | undefined) =>
  !id || visible.has(id) ? visible : new Set([...visible, id]);

export function viewerReducer(state: ViewerState, action: ViewerAction): ViewerState {
  switch (action.type) {
    case 'select': {
      const selection = select(state.selection, action);
      return {
        ...state,
        selection,
        activeEvent: selection.kind === 'event' ? selection.eventId : state.activeEvent,
        visible: withLayer(state.visible, action.layerId),
        notice: null,
        sheetTab: 'details',
        // A switch inside the details keeps where focus returns; otherwise it is the element chosen
        // from (none from MapLibre's canvas or the timeline).
        returnFocus: action.origin === 'details' ? state.returnFocus : (action.from ?? null),
      };
    }
    case 'close':
      return {
        ...state,
        selection: NO_SELECTION,
        activeEvent: null,
        sheetTab: state.sheetTab === 'details' ? 'article' : state.sheetTab,
        returnFocus: null,
      };
    case 'clearSelection':
      return { ...state, selection: NO_SELECTION };
    case 'layersLoaded':
      // The same layers again (a story with no ground context: its first stage is everything) is no
      // change: the map would be told its data changed and wait for a redraw that never comes.
      if (action.layers === state.layers && action.complete === state.layersComplete) return state;
      return { ...state, layers: action.layers, layersComplete: action.complete };
    case 'articlePainted':
      return state.painted ? state : { ...state, painted: true };
    case 'framing':
      return { ...state, framing: { ids: action.ids } };
    case 'moveEnd':
      return { ...state, view: action.view };
    case 'toggleLayer': {
      const visible = new Set(state.visible);
      if (action.on) visible.add(action.id);
      else visible.delete(action.id);
      return { ...state, visible };
    }
    case 'restoreLink':
      return {
        ...state,
        visible: new Set(action.visibleLayers),
        nameOrder: action.nameOrder,
        activeEvent: action.activeEvent,
      };
    case 'nameOrder':
      return { ...state, nameOrder: action.nameOrder };
    case 'hover':
      return sameIds(state.hovered, action.ids) ? state : { ...state, hovered: action.ids };
    case 'tab':
      return { ...state, sheetTab: action.tab };
    case 'notice':
      return { ...state, notice: action.message };
    case 'cannotDraw':
      return state.webgl ? { ...state, webgl: false } : state;
    case 'baseMapProblem':
      // The first problem says why; later ones (the same tiles' neighbours) add nothing.
      return state.baseMapProblem ? state : { ...state, baseMapProblem: action.message };
    case 'firstIdle':
      return state.mapDrawn ? state : { ...state, mapDrawn: true };
    case 'extent':
      return { ...state, extent: action.extent };
    case 'locatorSize': {
      const was = state.locatorSize;
      return was && was.w === action.size.w && was.h === action.size.h
        ? state
        : { ...state, locatorSize: action.size };
    }
  }
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);
