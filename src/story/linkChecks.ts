// What ties a story's links to its text and its map, checked where links are written: the build and
// `npm run story -- check` (scripts/story/bundle.ts) and the review mode's download.
import type { ArticleLink } from './schema';

export function linkProblems(
  links: readonly ArticleLink[],
  passages: readonly { id: string; text: string }[],
  hasFeature: (featureId: string) => boolean,
  claimants: Readonly<Record<string, string>>,
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
