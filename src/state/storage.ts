// The browser's storage, in one module: every key the app keeps (one versioned prefix), and the one
// place localStorage is touched. What is stored: a story's draft at the desk, the stories started in
// this browser, the new-story form as typed, the first-use hint dismissed, the locator open or closed;
// a feature that stores something adds its key here. Keys of the release before (no version) are read
// when the new key is absent, and left in place when the new one is written (a tab still running the
// older code keeps its draft); removing removes both. Another tab's change to a draft comes back as a
// call of `draftChangedElsewhere`'s listener, which the desk turns into an action. Every call survives
// a browser that refuses storage (private mode, full storage, blocked): reads give nothing, writes say
// false.

const PREFIX = 'situation-viewer:v1:';
const OLD_PREFIX = 'situation-viewer:';

/** Every key, by what it holds. */
export const STORAGE_KEYS = {
  draft: (slug: string) => `${PREFIX}draft:${slug}`,
  /** A stored draft this code could not read, set aside (never deleted) at `at` (ISO). */
  unreadableDraft: (slug: string, at: string) => `${PREFIX}draft:${slug}:unreadable:${at}`,
  localStory: (slug: string) => `${PREFIX}story:${slug}`,
  newStoryForm: `${PREFIX}new-story-form`,
  hintDismissed: `${PREFIX}hint-dismissed`,
  locator: `${PREFIX}locator`,
  /** The newsroom's revision a story's stored draft started from (a new key: no old one). */
  newsroomRevision: (slug: string) => `${PREFIX}newsroom-revision:${slug}`,
};

/** The same things' keys before the prefix was versioned. */
export const OLD_STORAGE_KEYS = {
  draft: (slug: string) => `${OLD_PREFIX}review:${slug}`,
  localStory: (slug: string) => `${OLD_PREFIX}authored:${slug}`,
  newStoryForm: `${OLD_PREFIX}new-story-form`,
  hintDismissed: `${OLD_PREFIX}hint-dismissed`,
  locator: `${OLD_PREFIX}locator`,
};

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(key: string, old: string): string | null {
  try {
    const store = local();
    return store?.getItem(key) ?? store?.getItem(old) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, text: string): boolean {
  try {
    const store = local();
    if (!store) return false;
    store.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

function remove(...keys: string[]): void {
  try {
    for (const key of keys) local()?.removeItem(key);
  } catch {
    // nothing stored
  }
}

/** Slugs of the keys that begin with one of these prefixes, once each, sorted. */
function slugsUnder(...prefixes: string[]): string[] {
  const store = local();
  if (!store) return [];
  const slugs = new Set<string>();
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      const prefix = prefixes.find((p) => key?.startsWith(p));
      if (key && prefix) slugs.add(key.slice(prefix.length));
    }
  } catch {
    return [];
  }
  return [...slugs].sort();
}

/** A story's draft at the desk (its JSON, checked by the desk: src/desk/openDraft.ts). */
export const storedDraft = {
  read: (slug: string) => read(STORAGE_KEYS.draft(slug), OLD_STORAGE_KEYS.draft(slug)),
  /** false when the browser refuses to store. */
  write: (slug: string, text: string) => write(STORAGE_KEYS.draft(slug), text),
  remove: (slug: string) => remove(STORAGE_KEYS.draft(slug), OLD_STORAGE_KEYS.draft(slug)),
  /** Keeps an unreadable draft under `key` and takes it from where the desk reads drafts. */
  setAside(slug: string, key: string, text: string): void {
    if (write(key, text)) remove(STORAGE_KEYS.draft(slug), OLD_STORAGE_KEYS.draft(slug));
  },
};

/**
 * The newsroom server's revision the stored draft of a story stands on (src/desk/deskNewsroom.ts): a
 * draft restored after a reload is then known to continue that revision, not to be older than it.
 */
export const storedNewsroomRevision = {
  read: (slug: string): number | null => {
    const key = STORAGE_KEYS.newsroomRevision(slug);
    const text = read(key, key);
    return text !== null && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
  },
  write: (slug: string, revision: number) => write(STORAGE_KEYS.newsroomRevision(slug), String(revision)),
  remove: (slug: string) => remove(STORAGE_KEYS.newsroomRevision(slug)),
};

/** The stories started in this browser (their bundle's files, as JSON: src/authoring/localStories.ts). */
export const storedLocalStory = {
  read: (slug: string) => read(STORAGE_KEYS.localStory(slug), OLD_STORAGE_KEYS.localStory(slug)),
  write: (slug: string, text: string) => write(STORAGE_KEYS.localStory(slug), text),
  remove: (slug: string) => remove(STORAGE_KEYS.localStory(slug), OLD_STORAGE_KEYS.localStory(slug)),
  /** The slugs of every story kept, under the new keys or the old. */
  slugs: () => slugsUnder(STORAGE_KEYS.localStory(''), OLD_STORAGE_KEYS.localStory('')),
};

/** The new-story form as typed (JSON). */
export const storedNewStoryForm = {
  read: () => read(STORAGE_KEYS.newStoryForm, OLD_STORAGE_KEYS.newStoryForm),
  write: (text: string) => write(STORAGE_KEYS.newStoryForm, text),
  remove: () => remove(STORAGE_KEYS.newStoryForm, OLD_STORAGE_KEYS.newStoryForm),
};

/** The first-use hint, dismissed in this browser. */
export const storedHintDismissed = {
  read: () => read(STORAGE_KEYS.hintDismissed, OLD_STORAGE_KEYS.hintDismissed) === '1',
  write: () => write(STORAGE_KEYS.hintDismissed, '1'),
};

/** The locator inset, open or closed by the reader (null: never chosen). */
export const storedLocatorOpen = {
  read(): boolean | null {
    const value = read(STORAGE_KEYS.locator, OLD_STORAGE_KEYS.locator);
    return value === 'open' ? true : value === 'closed' ? false : null;
  },
  write: (open: boolean) => write(STORAGE_KEYS.locator, open ? 'open' : 'closed'),
};

/**
 * Another tab's change to this story's draft (the storage event fires in every other tab): the
 * stored text, or null when it was removed there. Returns a stop.
 */
export function draftChangedElsewhere(slug: string, listener: (text: string | null) => void): () => void {
  const keys = [STORAGE_KEYS.draft(slug), OLD_STORAGE_KEYS.draft(slug)];
  const onStorage = (event: StorageEvent) => {
    if (event.key && keys.includes(event.key)) listener(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
