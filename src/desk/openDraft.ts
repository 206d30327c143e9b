// What opening the desk finds: the draft stored in this browser for the story, checked (draftSchema.ts),
// against the bundle as it is now. A draft records the bundle it started from (draft.base, a content
// hash): when the bundle has changed since, the desk says so instead of laying the draft over it; a
// draft this code cannot read is set aside under another key, never deleted; a draft the bundle
// already publishes (downloaded, imported, rebuilt) is done. Pure: the storage effect carries out
// what it asks (`outbox`).
import { startDraft, workingLinks, type DeskDraft } from '../state/desk/draft';
import type { Opened } from '../state/desk/deskState';
import { DESK_WORDS } from '../state/desk/deskWords';
import { STORAGE_KEYS } from '../state/storage';
import type { Story } from '../story/story';
import { readDraft } from './draftSchema';

export function parseDraft(text: string | null, slug: string): DeskDraft | { problem: string } | null {
  if (!text) return null;
  try {
    return readDraft(JSON.parse(text), slug);
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})` };
  }
}

const strip = (links: ReturnType<typeof workingLinks>) =>
  JSON.stringify(links.map((link) => ({ ...link, proposal: undefined })));

/** The desk as it opens on `story`, over `text`, the stored draft (or null). */
export function openedDraft(story: Story, text: string | null, now = new Date()): Opened {
  const bundle = startDraft(story);
  const stored = parseDraft(text, story.slug);
  if (!stored) return { kind: 'fresh', draft: bundle, notice: null, outbox: null };
  if ('problem' in stored) {
    const key = STORAGE_KEYS.unreadableDraft(story.slug, now.toISOString());
    return {
      kind: 'fresh',
      draft: bundle,
      notice: DESK_WORDS.unreadable(stored.problem, key),
      outbox: { kind: 'setAside', text: text!, key },
    };
  }
  if (stored.base === bundle.base) return { kind: 'restored', draft: stored, notice: null, outbox: null };
  // The bundle is what this draft published (downloaded, copied in, rebuilt): the draft is done.
  if (strip(workingLinks(stored)) === strip(workingLinks(bundle)))
    return { kind: 'fresh', draft: bundle, notice: null, outbox: { kind: 'remove' } };
  return {
    kind: 'stale',
    draft: stored,
    stale: { newer: { kind: 'bundle' }, theirs: bundle },
    notice: null,
    outbox: null,
  };
}
