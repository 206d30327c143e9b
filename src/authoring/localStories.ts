// Stories started in this browser (the new-story page, #new): their bundle's files, kept in
// localStorage until the editor deletes them, one key per slug. The editor's decisions on such a
// story are a review draft like any other (src/review/storage.ts); this holds what the geoparser
// proposed. Small and without zod: the router reads which slugs exist before any chunk loads.
import { BUNDLE_FILES, type BundleFiles } from '../story/bundleFiles';
import { isId } from '../domain/ids';

const PREFIX = 'situation-viewer:authored:';

export interface LocalStory {
  slug: string;
  files: BundleFiles;
  /** ISO time it was written. */
  savedAt: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** false when the browser refuses to store (private mode, full storage). */
export function saveLocalStory(slug: string, files: BundleFiles, now = new Date()): boolean {
  try {
    const story: LocalStory = { slug, files, savedAt: now.toISOString() };
    storage()?.setItem(PREFIX + slug, JSON.stringify(story));
    return !!storage();
  } catch {
    return false;
  }
}

/** The stored story, or null when there is none or what is stored is not one. */
export function loadLocalStory(slug: string): LocalStory | null {
  try {
    const value = JSON.parse(storage()?.getItem(PREFIX + slug) ?? 'null') as LocalStory | null;
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
  const store = storage();
  if (!store) return [];
  const slugs: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    const slug = key?.startsWith(PREFIX) ? key.slice(PREFIX.length) : null;
    if (isId(slug)) slugs.push(slug);
  }
  return slugs.sort();
}

export function removeLocalStory(slug: string): void {
  try {
    storage()?.removeItem(PREFIX + slug);
  } catch {
    // nothing stored
  }
}
