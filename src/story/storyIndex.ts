// Stories as files a site serves: each revision of a story is stories/<slug>/<hash>.json, named by
// the first 16 hex digits of the SHA-256 of its bytes (so a name never changes its content and can
// be cached for good), its thumbnail stories/<slug>/<hash>.svg named the same way by its own bytes,
// and stories/index.json lists the current file of each. The naming rule and an index entry, defined
// once for the build, the newsroom server and the browser. Pure; no zod (the schema is
// storyIndexSchema.ts, which the browser does not load to read a file its writer validated).
import type { StoryIndex, StoryIndexEntry } from './storyIndexSchema.ts';
import { ledeOf, type Story } from './story.ts';
import { CONTENT_HASH_LENGTH, STORY_FILE_PATH, STORY_INDEX_VERSION } from './storyPaths.ts';

export type { StoryIndex, StoryIndexEntry } from './storyIndexSchema.ts';

export { CONTENT_HASH_LENGTH, STORY_FILE_PATH, STORY_INDEX_FILE, STORY_INDEX_VERSION } from './storyPaths.ts';

export const EMPTY_INDEX: StoryIndex = { version: STORY_INDEX_VERSION, stories: [], withdrawn: [] };

/** The name of bytes whose SHA-256 is `sha256Hex`. */
export const contentHashOf = (sha256Hex: string) => sha256Hex.slice(0, CONTENT_HASH_LENGTH);

/** Where a story's file (json) or its thumbnail (svg) with this content hash lives. */
export const storyFilePath = (slug: string, hash: string, ext: 'json' | 'svg') =>
  `stories/${slug}/${hash}.${ext}`;

/** The content hash a path's name says, or null when it is not a story file's path. */
export const hashInPath = (path: string): string | null => STORY_FILE_PATH.exec(path)?.[2] ?? null;

/** What the index says of a story: what the list shows, and where its file and thumbnail are. */
export function indexEntryOf(
  story: Story,
  paths: { file: string; thumbnail: string },
  listed = true,
): StoryIndexEntry {
  const { meta } = story;
  return {
    slug: story.slug,
    title: meta.title,
    date: meta.date,
    dateLabel: meta.dateLabel,
    source: { name: meta.source.name, url: meta.source.url },
    description: meta.description,
    firstSentence: ledeOf(story),
    thumbnail: paths.thumbnail,
    file: paths.file,
    listed,
  };
}

/** The index with this entry in place of the slug's (or added), in slug order; no longer withdrawn. */
export function withEntry(index: StoryIndex, entry: StoryIndexEntry): StoryIndex {
  return {
    version: STORY_INDEX_VERSION,
    stories: [...index.stories.filter((s) => s.slug !== entry.slug), entry].sort((a, b) =>
      a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0,
    ),
    withdrawn: index.withdrawn.filter((w) => w.slug !== entry.slug),
  };
}
