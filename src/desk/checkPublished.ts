// The reviewed story, checked before it is offered for download by the very function the build,
// `npm run story -- check` and `import` use (parseBundle, on the files as they will be zipped): what
// cannot be built is never downloaded.
import { BundleError, parseBundle, situationLayerProblems } from '../story/parseBundle';
import { resolveStoryLayers } from '../cartography/storyLayers';
import type { Published } from './publish';

/** The problems of the published files, one line each (none: they build). */
export function checkPublished(
  { story, files }: Published,
  /** The shipped layers' feature ids the story can link, with their layer's id. */
  featureIds: ReadonlyMap<string, string>,
): string[] {
  try {
    const parsed = parseBundle(story.slug, files, {
      region: (id) =>
        id === story.region.id
          ? story.region
          : { problems: [`story.json: field region: no region "${id}" in this viewer`] },
      featureIds,
      layerProblems: (layers) => resolveStoryLayers(layers).problems,
    });
    return situationLayerProblems(parsed, featureIds);
  } catch (error) {
    if (error instanceof BundleError) return error.problems;
    throw error;
  }
}
