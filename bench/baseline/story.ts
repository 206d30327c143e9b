// The baseline draws the first story's layers and first view, as the app opens them: the story read
// at run time as the app reads it, from the site's stories/index.json and the story's file (parseBundle's
// output: validated, with the schema's defaults, so a layer that does not say `visibleByDefault` is
// shown, as in the app), both preloaded by its page as the app's page preloads them
// (bench/vite.baseline.config.ts). The bench's server serves the app's site at /, the baseline at
// /baseline/. A bare map needs no article.
import type { Story } from '../../src/story/story';
import type { StoryIndex } from '../../src/story/storyIndex';
import { inRegionColours, resolveStoryLayers } from '../../src/cartography/storyLayers';

export async function storyForBench() {
  const index = (await (await fetch('/stories/index.json')).json()) as StoryIndex;
  const entry = index.stories.find((s) => s.listed)!;
  const story = (await (await fetch(`/${entry.file}`)).json()) as Story;
  return {
    layers: inRegionColours(resolveStoryLayers(story.meta.layers).layers, story.region.territoryColor),
    frame: story.meta.defaultFrame,
    nameRules: story.region.names,
    maxBounds: story.region.maxBounds,
    baseMap: story.region.baseMap,
  };
}
