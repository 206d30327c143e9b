// What ties a story's links to its text and its map, checked where links are written: the build and
// `npm run story -- check` (scripts/story/bundle.ts) and the review mode's download.
import type { ArticleLink } from './schema.ts';

export function linkProblems(
  links: readonly ArticleLink[],
  passages: readonly { id: string; text: string }[],
  hasFeature: (featureId: string) => boolean,
  claimants: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  const passageText = new Map(passages.map((p) => [p.id, p.text]));
  links.forEach((link, i) => {
    const where = `links.json: entry ${i + 1} (${link.featureId}, "${link.phrase.slice(0, 40)}")`;
    const passage = passageText.get(link.passageId);
    if (passage === undefined)
      problems.push(`${where}, field passageId: no passage "${link.passageId}" in story.json`);
    else if (!passage.includes(link.phrase))
      problems.push(`${where}, field phrase: not found verbatim in passage "${link.passageId}"`);
    if (!hasFeature(link.featureId))
      problems.push(
        `${where}, field featureId: no feature "${link.featureId}" in the shipped layers or places.geojson`,
      );
    if (!(link.claimant in claimants))
      problems.push(`${where}, field claimant: "${link.claimant}" is not among story.json's claimants`);
  });
  const seen = new Set<string>();
  links.forEach((link, i) => {
    const key = `${link.featureId}|${link.passageId}|${link.phrase}`;
    if (seen.has(key)) problems.push(`links.json: entry ${i + 1} (${link.featureId}): the same link twice`);
    seen.add(key);
  });
  return problems;
}

/**
 * What a bundle publishes that no decision left there: a place of places.geojson no link (or event)
 * uses, and a passage's focus on a feature that passage does not link.
 */
export function bundleProblems(
  links: readonly ArticleLink[],
  passages: readonly { id: string; focus: readonly string[] }[],
  places: readonly { properties: { id: string } }[] | null,
  eventPlaces: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const linked = new Set(links.map((l) => l.featureId));
  const used = new Set([...linked, ...eventPlaces]);
  (places ?? []).forEach((f, i) => {
    if (!used.has(f.properties.id))
      problems.push(
        `places.geojson: feature ${i + 1} (${f.properties.id}): no link or event uses it (readers would see an unlinked place: remove it)`,
      );
  });
  for (const passage of passages) {
    const here = new Set(links.filter((l) => l.passageId === passage.id).map((l) => l.featureId));
    for (const id of passage.focus)
      if (!here.has(id))
        problems.push(
          `story.json: passage "${passage.id}", field focus: "${id}" is not linked in that passage (following the article would frame it)`,
        );
  }
  return problems;
}
