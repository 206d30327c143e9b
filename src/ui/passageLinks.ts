// The links of each passage of the article, grouped once per change of the story's links, keeping
// the previous array of a passage whose links show the same (featureId, phrase, status, claimant,
// note, framed: a proposal is the desk's, not the article's). A decision at the desk then hands a new
// array to the one passage it changes, and the memoised passages skip their render. Pure but for the
// map it is given, which it updates to what it returns.
import type { ArticleLink } from '../story/schema';

export const NO_LINKS: readonly ArticleLink[] = [];

const sameLink = (a: ArticleLink, b: ArticleLink) =>
  a.featureId === b.featureId &&
  a.phrase === b.phrase &&
  a.status === b.status &&
  a.claimant === b.claimant &&
  a.note === b.note &&
  a.framed === b.framed;

export function regroupLinks(
  handedOut: Map<string, readonly ArticleLink[]>,
  links: readonly ArticleLink[],
): ReadonlyMap<string, readonly ArticleLink[]> {
  const grouped = new Map<string, ArticleLink[]>();
  for (const link of links) {
    const own = grouped.get(link.passageId);
    if (own) own.push(link);
    else grouped.set(link.passageId, [link]);
  }
  for (const id of [...handedOut.keys()]) if (!grouped.has(id)) handedOut.delete(id);
  for (const [id, own] of grouped) {
    const before = handedOut.get(id);
    const same = before && before.length === own.length && before.every((l, i) => sameLink(l, own[i]));
    if (!same) handedOut.set(id, own);
  }
  return new Map(handedOut);
}
