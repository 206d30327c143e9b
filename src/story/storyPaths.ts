// Where a site keeps its stories: the index's name and version, and how a story's file is named (the
// first hex digits of its SHA-256). Apart from storyIndex.ts, so that the index's schema
// (storyIndexSchema.ts) and the index's functions, which read each other's words, form no circle.
export const STORY_INDEX_VERSION = 1;
/** Where the index is, relative to the site root. */
export const STORY_INDEX_FILE = 'stories/index.json';
/** How many hex digits of a file's SHA-256 name it (64 bits: no two revisions of a story collide). */
export const CONTENT_HASH_LENGTH = 16;
/** A story's file or thumbnail: [, slug, hash, extension]. */
export const STORY_FILE_PATH = /^stories\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([0-9a-f]{16})\.(json|svg)$/;
