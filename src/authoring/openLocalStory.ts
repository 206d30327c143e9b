// A story started in this browser (or the newsroom's draft of any story, at the desk), opened like a
// built one: its files read by the build's own parseBundle (the schemas of every file and what ties them together), against the shipped features
// the build found.
import { parseBundle } from '../story/parseBundle';
import type { Story } from '../story/story';
import type { BundleFiles } from '../story/bundleFiles';
import { resolveStoryLayers } from '../cartography/storyLayers';
import { authoringRegion } from './authoringRegion';
import { loadLocalStory } from './localStories';
import { SHIPPED_LAYER_OF } from '../loading/shippedCatalogue';

export function openLocalStory(slug: string): Story {
  const local = loadLocalStory(slug);
  if (!local) throw new Error(`this browser holds no story “${slug}”`);
  return openStoryFiles(slug, local.files);
}

/** A story from its bundle's files (kept in this browser, or the newsroom's draft's), read as the build reads them. */
export function openStoryFiles(slug: string, files: BundleFiles): Story {
  const region = authoringRegion();
  return parseBundle(slug, files, {
    region: (id) =>
      id === region.id
        ? region
        : { problems: [`story.json: field region: no region "${id}" in this viewer`] },
    featureIds: SHIPPED_LAYER_OF,
    layerProblems: (layers) => resolveStoryLayers(layers).problems,
  });
}
