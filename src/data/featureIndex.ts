// What loading the layers gives, and the index of every loaded feature by id. Apart from the loader
// (loadLayers.ts, which brings zod with it), so the article and panels can paint before it is fetched.
import { LAYER_IDS, type LayerId } from './layers';
import type { SituationFeature } from './schema';

export type LayerLoad = { status: 'ok'; features: SituationFeature[] } | { status: 'error'; message: string };

export type LoadedLayers = Record<LayerId, LayerLoad>;

export interface FeatureIndexEntry {
  layerId: LayerId;
  feature: SituationFeature;
}

/** Every loaded feature by id, with the layer it belongs to. */
export function indexFeatures(layers: LoadedLayers): Map<string, FeatureIndexEntry> {
  const index = new Map<string, FeatureIndexEntry>();
  for (const layerId of LAYER_IDS) {
    const load = layers[layerId];
    if (load.status !== 'ok') continue;
    for (const feature of load.features) index.set(feature.properties.id, { layerId, feature });
  }
  return index;
}
