// The baseline draws the first story's layers and first view, as the app opens them: its story.json
// and region as the build reads them (validated, with the schema's defaults: a layer that does not say
// `visibleByDefault` is shown, as in the app), from bench/vite.baseline.config.ts's `virtual:bench-story`.
// A bare map needs no article.
import story from 'virtual:bench-story';
import { inRegionColours, resolveStoryLayers } from '../../src/cartography/storyLayers';

export const STORIES_FOR_BENCH = {
  layers: inRegionColours(resolveStoryLayers(story.meta.layers).layers, story.region.territoryColor),
  frame: story.meta.defaultFrame,
  nameRules: story.region.names,
  maxBounds: story.region.maxBounds,
  baseMap: story.region.baseMap,
};
