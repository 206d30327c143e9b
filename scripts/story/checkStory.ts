// `npm run story -- check [<slug>]`: every bundle (or one) read as the build reads it, plus what a
// reader would miss: a situation layer with no linked passage, an event one side tells without the
// other side's words (src/story/balance.ts), and words that look like place names (the geoparser
// finds them) but are not linked.
import { geoparse } from '../../src/geoparse/geoparse';
import { fold } from '../../src/text/letters';
import type { PlaceIndex } from '../../src/geoparse/placeIndex';
import { situationLayerProblems } from '../../src/story/parseBundle';
import { balanceProblems } from '../../src/story/balance';
import { BundleError, readBundle, shippedFeatureIds, storySlugs } from './bundle';

export interface CheckResult {
  slug: string;
  problems: string[];
  /** Not errors: capitalised words that look like places and are not linked. */
  unlinked: string[];
}

export function checkStory(slug: string, index: PlaceIndex, storiesDir?: string): CheckResult {
  let story;
  try {
    story = readBundle(slug, { storiesDir });
  } catch (error) {
    if (error instanceof BundleError) return { slug, problems: error.problems, unlinked: [] };
    throw error;
  }
  const problems = [...situationLayerProblems(story, shippedFeatureIds()), ...balanceProblems(story)];
  const unlinked: string[] = [];
  // Names the editor marked "not a place here" at the desk are not listed again.
  const notPlaces = new Set((story.meta.review?.notPlaces ?? []).map(fold));
  for (const passage of story.passages) {
    const links = story.links.filter((l) => l.passageId === passage.id);
    for (const m of geoparse(passage.text, index, { region: story.region.geoparser }).mentions) {
      const covered = links.some((l) => {
        const at = passage.text.indexOf(l.phrase);
        return at >= 0 && at <= m.start && m.end <= at + l.phrase.length;
      });
      if (!covered && !notPlaces.has(fold(m.text)))
        unlinked.push(`${passage.id}: “${m.text}” (the geoparser reads ${m.place.name}, ${m.place.kind})`);
    }
  }
  return { slug, problems, unlinked };
}

export function checkStories(index: PlaceIndex, slugs?: string[], storiesDir?: string): CheckResult[] {
  return (slugs?.length ? slugs : storySlugs(storiesDir)).map((slug) => checkStory(slug, index, storiesDir));
}
