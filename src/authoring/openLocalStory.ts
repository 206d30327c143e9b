// A story started in this browser, opened like a built one: its stored files read by the build's own
// parseBundle (the schemas of every file and what ties them together), against the shipped features
// the build found.
import { parseBundle } from '../story/parseBundle';
import type { Story } from '../story/story';
import { resolveStoryLayers } from '../cartography/storyLayers';
import { authoringRegion } from './authoringRegion';
import { loadLocalStory } from './localStories';
import { SHIPPED_LAYER_OF } from '../loading/shippedCatalogue';

export function openLocalStory(slug: string): Story {
  const local = loadLocalStory(slug);
  if (!local) throw new Error(`this browser holds no story “${slug}”`);
  const region = authoringRegion();
  return parseBundle(slug, local.files, {
    region: (id) =>
      id === region.id
        ? region
        : { problems: [`story.json: field region: no region "${id}" in this viewer`] },
    featureIds: SHIPPED_LAYER_OF,
    layerProblems: (layers) => resolveStoryLayers(layers).problems,
  });
}
