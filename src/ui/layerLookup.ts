// Colour, underline and name of a feature's layer, for the article and the lists: from the loaded
// data when it is there, with a neutral fallback while loading or when a layer failed. A feature's
// name is its display name in the reader's order (domain/names.ts), as on the map and in the lists.
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { LayerStyle } from '../cartography/mapStyle';
import type { OpenStory } from '../state/openStory';
import { displayName, type NameOrder, type NameRules } from '../domain/names';
import { featureIndex, memoLast, shownStory } from '../state/shown';
import type { StoryState } from '../state/store';

export interface LayerStyleLookup {
  ofFeature: (featureId: string) => Pick<LayerStyle, 'color' | 'underline'>;
  nameOf: (featureId: string) => string;
}

const NEUTRAL = { color: '#6b6b6b', underline: 'solid' as const };

export function layerStyleLookup(
  index: Map<string, FeatureIndexEntry>,
  layer: OpenStory['layer'],
  names: NameRules,
  nameOrder: NameOrder,
): LayerStyleLookup {
  return {
    ofFeature: (id) => {
      const entry = index.get(id);
      return (entry && layer(entry.layerId)?.style) || NEUTRAL;
    },
    nameOf: (id) => {
      const entry = index.get(id);
      return entry ? displayName(entry.feature.properties, nameOrder, names) : id;
    },
  };
}

const lookup = memoLast(layerStyleLookup);

/** The lookup of the open story as shown: made again only when the features, layers or order of names change. */
export const styleLookupOf = (state: StoryState): LayerStyleLookup =>
  lookup(
    featureIndex(state),
    shownStory(state).layer,
    state.bundle.story.region.names,
    state.viewer.nameOrder,
  );
