// The view in the URL hash, OpenStreetMap's convention: #map=ZOOM/LAT/LON, plus the visible layers and
// the selected feature, and the order of names. Parsing never throws: anything unknown or out of range falls back to defaults.
import { LAYER_IDS, LAYERS, type LayerId } from '../data/layers';
import { DEFAULT_NAME_ORDER, NAME_ORDERS, type NameOrder } from '../ui/names';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  view: MapView | null;
  visibleLayers: LayerId[];
  selectedFeature: string | null;
  /** The order of names on labels, lists and details (`names=`). */
  nameOrder: NameOrder;
}

export const DEFAULT_VISIBLE_LAYERS: LayerId[] = LAYER_IDS.filter((id) => LAYERS[id].visibleByDefault);
export const DEFAULT_URL_STATE: UrlState = {
  view: null,
  visibleLayers: DEFAULT_VISIBLE_LAYERS,
  selectedFeature: null,
  nameOrder: DEFAULT_NAME_ORDER,
};

const MAX_HASH = 2000;
const FEATURE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parseView(value: string | undefined): MapView | null {
  if (!value) return null;
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number);
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

function parseLayers(value: string | undefined): LayerId[] {
  if (value === undefined) return DEFAULT_VISIBLE_LAYERS;
  if (value === '') return [];
  const known = value.split(',').filter((id): id is LayerId => (LAYER_IDS as readonly string[]).includes(id));
  return known.length ? LAYER_IDS.filter((id) => known.includes(id)) : DEFAULT_VISIBLE_LAYERS;
}

/** `knownFeatureIds`: when given, a selected id not among them is dropped. */
export function parseUrlState(hash: string, knownFeatureIds?: ReadonlySet<string>): UrlState {
  if (hash.length > MAX_HASH) return DEFAULT_URL_STATE;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const feature = params.get('feature');
  const validFeature =
    feature &&
    FEATURE_ID.test(feature) &&
    feature.length <= 80 &&
    (!knownFeatureIds || knownFeatureIds.has(feature));
  return {
    view: parseView(params.get('map') ?? undefined),
    visibleLayers: parseLayers(params.get('layers') ?? undefined),
    selectedFeature: validFeature ? feature : null,
    nameOrder: (NAME_ORDERS as readonly string[]).includes(params.get('names') ?? '')
      ? (params.get('names') as NameOrder)
      : DEFAULT_NAME_ORDER,
  };
}

/** Zoom to 2 decimals and coordinates to 5 (~1 m), like openstreetmap.org. */
export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  }
  parts.push(`layers=${state.visibleLayers.join(',')}`);
  if (state.selectedFeature) parts.push(`feature=${state.selectedFeature}`);
  if (state.nameOrder !== DEFAULT_NAME_ORDER) parts.push(`names=${state.nameOrder}`);
  return `#${parts.join('&')}`;
}

/** The feature id a link asks for, as written (to say "link not found" when there is no such feature). */
export function requestedFeature(hash: string): string | null {
  if (hash.length > MAX_HASH) return null;
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('feature');
  return value ? value.slice(0, 80) : null;
}
