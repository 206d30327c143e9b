// Where a draft survives a reload or a closed tab: localStorage, one key per story, until the editor
// discards it or the bundle's links.json already is the reviewed file.
import { fingerprint, reviewedLinksFile, startDraft, type ReviewDraft } from './draft';
import type { ArticleLink } from '../story/schema';

export const draftKey = (slug: string) => `situation-viewer:review:${slug}`;

export function loadDraft(
  slug: string,
  links: readonly ArticleLink[],
): { draft: ReviewDraft; restored: boolean } {
  try {
    const text = window.localStorage.getItem(draftKey(slug));
    if (text) {
      const draft = JSON.parse(text) as ReviewDraft;
      const applied = fingerprint(reviewedLinksFile(draft)) === fingerprint(links);
      if (draft.slug === slug && Array.isArray(draft.items) && !applied) return { draft, restored: true };
      if (applied) window.localStorage.removeItem(draftKey(slug));
    }
  } catch {
    // unreadable or blocked storage: start afresh (and say so in the panel, see ReviewPanel)
  }
  return { draft: startDraft(slug, links), restored: false };
}

/** false when the browser refuses to store (private mode, full storage). */
export function saveDraft(draft: ReviewDraft): boolean {
  try {
    window.localStorage.setItem(draftKey(draft.slug), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function discardDraft(slug: string): void {
  try {
    window.localStorage.removeItem(draftKey(slug));
  } catch {
    // nothing stored
  }
}
