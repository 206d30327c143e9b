// The baseline draws the first story's layers and first view, as the app opens them: story.json only
// (a bare map needs no article).
import { inRegionColours, resolveStoryLayers } from '../../src/cartography/storyLayers';
import type { StoryMeta } from '../../src/story/schema';
import type { Region } from '../../src/region/schema';

const metas = import.meta.glob<StoryMeta>('../../stories/*/story.json', { eager: true, import: 'default' });
const first = metas[Object.keys(metas).sort()[0]];
// Its region, read as the build reads it (the build checks it against the region schema).
const regions = import.meta.glob<Region>('../../regions/*.json', { eager: true, import: 'default' });
const region = regions[`../../regions/${first.region}.json`];
export const STORIES_FOR_BENCH = {
  layers: inRegionColours(resolveStoryLayers(first.layers).layers, region.territoryColor),
  frame: first.defaultFrame,
  nameRules: region.names,
  maxBounds: region.maxBounds,
};
