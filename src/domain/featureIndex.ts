// What loading the layers gives, and the index of every loaded feature by id. Apart from the loader
// (loadLayers.ts, which brings zod with it), so the article and panels can paint before it is fetched.
import type { SituationFeature } from './schema.ts';

export type LayerLoad =
  | { status: 'ok'; features: SituationFeature[] }
  | { status: 'error'; message: string }
  /** Not fetched yet: ground context that waits for the map's first idle (stagedLoading.ts). */
  | { status: 'loading' };

/** By layer id, in the story's drawing order. */
export type LoadedLayers = Record<string, LayerLoad>;

export interface FeatureIndexEntry {
  layerId: string;
  feature: SituationFeature;
}

/** Every loaded feature by id, with the layer it belongs to. */
export function indexFeatures(layers: LoadedLayers): Map<string, FeatureIndexEntry> {
  const index = new Map<string, FeatureIndexEntry>();
  for (const [layerId, load] of Object.entries(layers)) {
    if (load.status !== 'ok') continue;
    for (const feature of load.features) index.set(feature.properties.id, { layerId, feature });
  }
  return index;
}
