// Stories started in this browser (the new-story page, #new): their bundle's files, kept in the
// browser's storage (src/state/storage.ts, one key per slug) until the editor deletes them. The
// editor's decisions on such a story are a draft like any other (the desk's); this holds what the
// geoparser proposed. Small and without zod: the router reads which slugs exist before any chunk loads.
import { BUNDLE_FILES, type BundleFiles } from '../story/bundleFiles';
import { isId } from '../domain/ids';
import { storedLocalStory } from '../state/storage';

export interface LocalStory {
  slug: string;
  files: BundleFiles;
  /** ISO time it was written. */
  savedAt: string;
}

// Which stories this browser holds changes without a change of address (a colleague's draft taken from
// the newsroom at the link that named it): the router listens, and routes that link again.
const listeners = new Set<() => void>();
let changes = 0;
const changed = () => {
  changes++;
  for (const listener of listeners) listener();
};

/** For useSyncExternalStore: called when a story of this browser is saved or removed. */
export function subscribeToLocalStories(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many saves and removals this page has made (a snapshot for useSyncExternalStore). */
export const localStoryChanges = (): number => changes;

/** false when the browser refuses to store (private mode, full storage). */
export function saveLocalStory(slug: string, files: BundleFiles, now = new Date()): boolean {
  const story: LocalStory = { slug, files, savedAt: now.toISOString() };
  const saved = storedLocalStory.write(slug, JSON.stringify(story));
  if (saved) changed();
  return saved;
}

/** The stored story, or null when there is none or what is stored is not one. */
export function loadLocalStory(slug: string): LocalStory | null {
  try {
    const value = JSON.parse(storedLocalStory.read(slug) ?? 'null') as LocalStory | null;
    if (!value || value.slug !== slug || typeof value.savedAt !== 'string' || typeof value.files !== 'object')
      return null;
    const files: BundleFiles = {};
    for (const name of BUNDLE_FILES) {
      const text = (value.files as Record<string, unknown>)[name];
      if (typeof text === 'string') files[name] = text;
    }
    return { slug, files, savedAt: value.savedAt };
  } catch {
    return null;
  }
}

export function localStorySlugs(): string[] {
  return storedLocalStory.slugs().filter((slug) => isId(slug));
}

export function removeLocalStory(slug: string): void {
  storedLocalStory.remove(slug);
  changed();
}
