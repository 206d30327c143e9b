// The view in the URL hash: the story (`story=<slug>`, first), then OpenStreetMap's convention
// map=ZOOM/LAT/LON, the visible layers, the selected feature and the order of names. Parsing never throws: anything unknown or out of range falls back to defaults.
import { DEFAULT_NAME_ORDER, NAME_ORDERS, type NameOrder } from '../domain/names';
import { isId } from '../domain/ids';
import type { Camera } from '../camera/camera';

/** The layers of the open story, in drawing order, and which are on at first. */
export type StoryLayerChoice = readonly { id: string; visibleByDefault: boolean }[];

export interface UrlState {
  /** The story's slug, or null when the link names none. */
  story: string | null;
  /** The camera a link carries (`map=ZOOM/LAT/LON`): the one camera type of both maps. */
  view: Camera | null;
  visibleLayers: string[];
  selectedFeature: string | null;
  /** The order of names on labels, lists and details (`names=`). */
  nameOrder: NameOrder;
  /** The event of the timeline (`event=`). */
  selectedEvent: string | null;
  /** The editor's review mode (`&review`). */
  review: boolean;
}

export function defaultVisibleLayers(layers: StoryLayerChoice): string[] {
  return layers.filter((l) => l.visibleByDefault).map((l) => l.id);
}

export function defaultUrlState(layers: StoryLayerChoice, story: string | null = null): UrlState {
  return {
    story,
    view: null,
    visibleLayers: defaultVisibleLayers(layers),
    selectedFeature: null,
    nameOrder: DEFAULT_NAME_ORDER,
    selectedEvent: null,
    review: false,
  };
}

const MAX_HASH = 2000;

/** The hash's parameters: the one place the hash is read (an over-long hash reads as empty). */
export function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.length > MAX_HASH ? '' : hash.replace(/^#/, ''));
}

/** The story a link asks for (`story=`), as written when it is a well-formed slug. */
export function requestedStory(hash: string): string | null {
  const value = hashParams(hash).get('story');
  return isId(value) ? value : null;
}

/** The `story=` parameter as written, well-formed or not (to say which story was not found). */
export function namedStory(hash: string): string | null {
  return hashParams(hash).get('story')?.slice(0, 80) ?? null;
}

function parseView(value: string | undefined): Camera | null {
  if (!value) return null;
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number);
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

function parseLayers(value: string | undefined, layers: StoryLayerChoice): string[] {
  if (value === undefined) return defaultVisibleLayers(layers);
  if (value === '') return [];
  const asked = new Set(value.split(','));
  const known = layers.filter((l) => asked.has(l.id)).map((l) => l.id);
  return known.length ? known : defaultVisibleLayers(layers);
}

/** `knownFeatureIds`: when given, a selected id not among them is dropped. */
export function parseUrlState(
  hash: string,
  layers: StoryLayerChoice,
  knownFeatureIds?: ReadonlySet<string>,
): UrlState {
  if (hash.length > MAX_HASH) return defaultUrlState(layers);
  const params = hashParams(hash);
  const feature = params.get('feature');
  const validFeature = isId(feature) && (!knownFeatureIds || knownFeatureIds.has(feature));
  return {
    story: requestedStory(hash),
    view: parseView(params.get('map') ?? undefined),
    visibleLayers: parseLayers(params.get('layers') ?? undefined, layers),
    selectedFeature: validFeature ? feature : null,
    nameOrder: (NAME_ORDERS as readonly string[]).includes(params.get('names') ?? '')
      ? (params.get('names') as NameOrder)
      : DEFAULT_NAME_ORDER,
    selectedEvent: isId(params.get('event')) ? params.get('event') : null,
    review: params.has('review'),
  };
}

/** Zoom to 2 decimals and coordinates to 5 (~1 m), like openstreetmap.org. */
export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.story) parts.push(`story=${state.story}`);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  }
  parts.push(`layers=${state.visibleLayers.join(',')}`);
  if (state.selectedEvent) parts.push(`event=${state.selectedEvent}`);
  if (state.selectedFeature) parts.push(`feature=${state.selectedFeature}`);
  if (state.nameOrder !== DEFAULT_NAME_ORDER) parts.push(`names=${state.nameOrder}`);
  if (state.review) parts.push('review');
  return `#${parts.join('&')}`;
}

/** The feature id a link asks for, as written (to say "link not found" when there is no such feature). */
export function requestedFeature(hash: string): string | null {
  const value = hashParams(hash).get('feature');
  return value ? value.slice(0, 80) : null;
}
