// Where a draft survives a reload, a closed tab or a second tab: localStorage, one key per story,
// until the editor discards it. A draft records the bundle it started from (draft.base, a content
// hash): when the bundle has changed since, opening says so instead of laying the draft over it.
import { bundleHash, startDraft, workingLinks, type ReviewDraft } from './draft';
import type { Story } from '../story/story';

export const draftKey = (slug: string) => `situation-viewer:review:${slug}`;

export type Opened =
  | { kind: 'fresh'; draft: ReviewDraft }
  | { kind: 'restored'; draft: ReviewDraft }
  /** The bundle changed since the draft began: the editor keeps one, takes the other, or compares. */
  | { kind: 'stale'; draft: ReviewDraft; bundle: ReviewDraft };

export function parseDraft(text: string | null, slug: string): ReviewDraft | null {
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as ReviewDraft;
    return draft.slug === slug && Array.isArray(draft.items) && typeof draft.base === 'string' ? draft : null;
  } catch {
    return null;
  }
}

const strip = (links: ReturnType<typeof workingLinks>) =>
  JSON.stringify(links.map((link) => ({ ...link, proposal: undefined })));

export function openDraft(story: Story): Opened {
  const bundle = startDraft(story);
  let stored: ReviewDraft | null = null;
  try {
    stored = parseDraft(window.localStorage.getItem(draftKey(story.slug)), story.slug);
  } catch {
    // storage blocked: start afresh (the desk says the browser does not store)
  }
  if (!stored) return { kind: 'fresh', draft: bundle };
  if (stored.base === bundle.base) return { kind: 'restored', draft: stored };
  // The bundle is what this draft published (downloaded, copied in, rebuilt): the draft is done.
  if (strip(workingLinks(stored)) === strip(workingLinks(bundle))) {
    discardDraft(story.slug);
    return { kind: 'fresh', draft: bundle };
  }
  return { kind: 'stale', draft: stored, bundle };
}

/** The stored hash of the bundle a story had when drafts for it were checked (bundleHash). */
export const currentBase = (story: Story) => bundleHash(story);

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

/** Another tab's changes to this story's draft (the storage event fires in every other tab). */
export function onOtherTab(slug: string, change: (draft: ReviewDraft | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === draftKey(slug)) change(parseDraft(event.newValue, slug));
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
