// The baseline draws the first story's layers and first view, as the app opens them: story.json only
// (a bare map needs no article).
import { resolveStoryLayers } from '../../src/cartography/storyLayers';
import type { StoryMeta } from '../../src/story/schema';

const metas = import.meta.glob<StoryMeta>('../../stories/*/story.json', { eager: true, import: 'default' });
const first = metas[Object.keys(metas).sort()[0]];
export const STORIES_FOR_BENCH = {
  layers: resolveStoryLayers(first.layers).layers,
  frame: first.defaultFrame,
};
