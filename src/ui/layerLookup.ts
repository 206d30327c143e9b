// Colour, underline and name of a feature's layer, for the article and the lists: from the loaded
// data when it is there, with a neutral fallback while loading or when a layer failed.
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { LayerStyle } from '../cartography/mapStyle';
import type { OpenStory } from '../state/storyContext';

export interface LayerStyleLookup {
  ofFeature: (featureId: string) => Pick<LayerStyle, 'color' | 'underline'>;
  nameOf: (featureId: string) => string;
}

const NEUTRAL = { color: '#6b6b6b', underline: 'solid' as const };

export function layerStyleLookup(index: Map<string, FeatureIndexEntry>, open: OpenStory): LayerStyleLookup {
  return {
    ofFeature: (id) => {
      const entry = index.get(id);
      return (entry && open.layer(entry.layerId)?.style) || NEUTRAL;
    },
    nameOf: (id) => index.get(id)?.feature.properties.name.en ?? id,
  };
}
