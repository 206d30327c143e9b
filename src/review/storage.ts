// Where a draft survives a reload, a closed tab or a second tab: localStorage, one key per story,
// until the editor discards it. A draft records the bundle it started from (draft.base, a content
// hash): when the bundle has changed since, opening says so instead of laying the draft over it.
import { startDraft, workingLinks, type ReviewDraft } from './draft';
import { readDraft } from './draftSchema';
import type { Story } from '../story/story';

export const draftKey = (slug: string) => `situation-viewer:review:${slug}`;

/** What opening a story's review found, and what the desk says about it first (or null). */
export type Opened = { notice: string | null } & (
  | { kind: 'fresh'; draft: ReviewDraft }
  | { kind: 'restored'; draft: ReviewDraft }
  /** The bundle changed since the draft began: the editor keeps one, takes the other, or compares. */
  | { kind: 'stale'; draft: ReviewDraft; bundle: ReviewDraft }
);

export function parseDraft(text: string | null, slug: string): ReviewDraft | { problem: string } | null {
  if (!text) return null;
  try {
    return readDraft(JSON.parse(text), slug);
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})` };
  }
}

/** A stored draft this code cannot read: kept under another key, never deleted. */
function setAside(slug: string, text: string): string {
  const key = `${draftKey(slug)}:unreadable:${new Date().toISOString()}`;
  try {
    window.localStorage.setItem(key, text);
    window.localStorage.removeItem(draftKey(slug));
  } catch {
    // left where it was
  }
  return key;
}

const strip = (links: ReturnType<typeof workingLinks>) =>
  JSON.stringify(links.map((link) => ({ ...link, proposal: undefined })));

export function openDraft(story: Story): Opened {
  const bundle = startDraft(story);
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(draftKey(story.slug));
  } catch {
    // storage blocked: start afresh (the desk says the browser does not store)
  }
  const stored = parseDraft(text, story.slug);
  if (!stored) return { kind: 'fresh', draft: bundle, notice: null };
  if ('problem' in stored)
    return {
      kind: 'fresh',
      draft: bundle,
      notice: `A draft stored in this browser could not be read (${stored.problem}). It is set aside, not deleted (localStorage key “${setAside(story.slug, text!)}”); the links are as the bundle has them.`,
    };
  if (stored.base === bundle.base) return { kind: 'restored', draft: stored, notice: null };
  // The bundle is what this draft published (downloaded, copied in, rebuilt): the draft is done.
  if (strip(workingLinks(stored)) === strip(workingLinks(bundle))) {
    discardDraft(story.slug);
    return { kind: 'fresh', draft: bundle, notice: null };
  }
  return { kind: 'stale', draft: stored, bundle, notice: null };
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

/** Another tab's changes to this story's draft (the storage event fires in every other tab). */
export function onOtherTab(slug: string, change: (draft: ReviewDraft | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== draftKey(slug)) return;
    const theirs = parseDraft(event.newValue, slug);
    // Another tab's draft this code cannot read is not followed (that tab still holds it).
    if (theirs === null || !('problem' in theirs)) change(theirs);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
