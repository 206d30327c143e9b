// The viewer's state, in one place: a pure reducer (React's useReducer runs it: src/state/useViewer.ts).
// Everything a panel shows comes from here; what the camera and the keyboard focus do follows from the
// selection (selection.ts), through the effects of useViewer.
import type { LoadedLayers } from '../domain/featureIndex';
import type { NameOrder } from '../domain/names';
import type { MapExtent } from '../camera/camera';
import { NO_SELECTION, select, type SelectRequest, type Selection } from './selection';

export type SheetTab = 'article' | 'layers' | 'details';

export interface ViewerState {
  layers: LoadedLayers | null;
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
  /** Where keyboard focus returns when the details close (the button the reader chose from). */
  returnFocus: HTMLElement | null;
}

export type ViewerAction =
  | (SelectRequest & { type: 'select'; from?: HTMLElement | null; layerId?: string })
  | { type: 'close' }
  | { type: 'clearSelection' }
  | { type: 'layersLoaded'; layers: LoadedLayers }
  | { type: 'toggleLayer'; id: string; on: boolean }
  | { type: 'restoreLink'; visibleLayers: string[]; nameOrder: NameOrder; activeEvent: string | null }
  | { type: 'nameOrder'; nameOrder: NameOrder }
  | { type: 'hover'; ids: string[] }
  | { type: 'tab'; tab: SheetTab }
  | { type: 'notice'; message: string | null }
  | { type: 'cannotDraw' }
  | { type: 'baseMapProblem'; message: string }
  | { type: 'firstIdle' }
  | { type: 'extent'; extent: MapExtent };

export function initialViewerState(link: {
  visibleLayers: string[];
  nameOrder: NameOrder;
  activeEvent: string | null;
}): ViewerState {
  return {
    layers: null,
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
      return { ...state, layers: action.layers };
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
      return { ...state, hovered: action.ids };
    case 'tab':
      return { ...state, sheetTab: action.tab };
    case 'notice':
      return { ...state, notice: action.message };
    case 'cannotDraw':
      return { ...state, webgl: false };
    case 'baseMapProblem':
      // The first problem says why; later ones (the same tiles' neighbours) add nothing.
      return state.baseMapProblem ? state : { ...state, baseMapProblem: action.message };
    case 'firstIdle':
      return { ...state, mapDrawn: true };
    case 'extent':
      return { ...state, extent: action.extent };
  }
}
