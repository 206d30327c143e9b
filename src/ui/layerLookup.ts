// Colour, underline and name of a feature's layer, for the article and the lists: from the loaded
// data when it is there, with a neutral fallback while loading or when a layer failed. A feature's
// name is its display name in the reader's order (domain/names.ts), as on the map and in the lists.
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { LayerStyle } from '../cartography/mapStyle';
import type { OpenStory } from '../state/storyContext';
import { displayName, type NameOrder } from '../domain/names';

export interface LayerStyleLookup {
  ofFeature: (featureId: string) => Pick<LayerStyle, 'color' | 'underline'>;
  nameOf: (featureId: string) => string;
}

const NEUTRAL = { color: '#6b6b6b', underline: 'solid' as const };

export function layerStyleLookup(
  index: Map<string, FeatureIndexEntry>,
  open: OpenStory,
  nameOrder: NameOrder,
): LayerStyleLookup {
  return {
    ofFeature: (id) => {
      const entry = index.get(id);
      return (entry && open.layer(entry.layerId)?.style) || NEUTRAL;
    },
    nameOf: (id) => {
      const entry = index.get(id);
      return entry ? displayName(entry.feature.properties, nameOrder, open.story.region.names) : id;
    },
  };
}
