// A draft as readers would get it, checked as the build checks a bundle: parseBundle over the draft's
// bundle (the build's own check), the review's decisions applied by the desk's own function
// (src/desk/publish.ts: what was rejected stays out), parseBundle again over the files that makes,
// then the situation layers' check (`npm run story -- check` and `import` run both). The same steps,
// in the same order, as the desk's "Download story (.zip)" (src/desk/checkPublished.ts). A story that
// fails any of them is refused with every problem, each naming its file and entry.
import type { BundleFiles } from '../../src/story/bundleFiles.ts';
import { BundleError, parseBundle, situationLayerProblems } from '../../src/story/parseBundle.ts';
import { bundleHash, type DeskDraft } from '../../src/state/desk/draft.ts';
import { publish } from '../../src/desk/publish.ts';
import type { Story } from '../../src/story/story.ts';
import type { FactsOf } from '../../src/story/derivedMeta.ts';
import { nodeBundleContext, shippedCatalogue, shippedFeatureIds } from '../../scripts/story/bundle.ts';
import type { BundleContext } from '../../src/story/parseBundle.ts';
import { storyThumbnail } from '../../scripts/story/thumbnail.ts';

/** The shipped layers' feature ids and facts, read once (public/data/). */
export class ShippedData {
  private loaded: { featureIds: Map<string, string>; factsOf: FactsOf; context: BundleContext } | null = null;

  get(): NonNullable<ShippedData['loaded']> {
    if (!this.loaded) {
      const featureIds = shippedFeatureIds();
      const catalogue = new Map(Object.entries(shippedCatalogue()));
      this.loaded = {
        featureIds,
        factsOf: (id) => catalogue.get(id),
        context: nodeBundleContext({ featureIds }),
      };
    }
    return this.loaded;
  }
}

export const REVIEW_ON_ANOTHER_BUNDLE =
  'the review was made over another version of the bundle than this draft’s: open the draft at the desk and choose which to keep before publishing';

function parsed(slug: string, files: BundleFiles, context: BundleContext): Story | { problems: string[] } {
  try {
    return parseBundle(slug, files, context);
  } catch (error) {
    if (error instanceof BundleError) return { problems: error.problems };
    throw error;
  }
}

/** The story readers would get from this draft, or every problem that keeps it from them. */
export function storyOfDraft(
  slug: string,
  draft: { bundle: BundleFiles; review: DeskDraft },
  now: Date,
  shipped: ShippedData,
): Story | { problems: string[] } {
  const { featureIds, factsOf, context } = shipped.get();
  const bundle = parsed(slug, draft.bundle, context);
  if ('problems' in bundle) return bundle;
  if (draft.review.base !== bundleHash(bundle)) return { problems: [REVIEW_ON_ANOTHER_BUNDLE] };
  const { files } = publish(bundle, draft.review, now, { layerOf: featureIds, factsOf });
  const story = parsed(slug, files, context);
  if ('problems' in story) return story;
  const problems = situationLayerProblems(story, featureIds);
  return problems.length ? { problems } : story;
}

/** A story file published before, checked again against today's shipped layers (a restore). */
export function storyOfFile(story: Story, shipped: ShippedData): Story | { problems: string[] } {
  const problems = situationLayerProblems(story, shipped.get().featureIds);
  return problems.length ? { problems } : story;
}

/**
 * Its thumbnail, drawn from the shipped layers (the build's own drawing, 100–250 ms here). What the
 * drawing reads of a story is its layers, region, own places, first view and map label: a publish
 * that changed none of them (the text, a title, a note) reuses the last drawings.
 */
const drawn = new Map<string, string>();
const DRAWINGS_KEPT = 16;
export function thumbnailOf(story: Story): string {
  const { layers, defaultFrame, mapLabel } = story.meta;
  const key = JSON.stringify([layers, story.region, story.places, defaultFrame, mapLabel]);
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = storyThumbnail(story);
    if (drawn.size >= DRAWINGS_KEPT) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, svg);
  }
  return svg;
}
