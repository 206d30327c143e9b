// Writing a site's story files (src/story/storyIndex.ts says how they are named): the build writes
// every story of stories/ with these, and so does the newsroom server's Publish. A story file is
// written once and never rewritten (a new revision is a new file); the index is replaced by a
// rename, so a reader gets the old index or the new one whole, and it only ever names files that
// are already on disk. Node only, no Vite.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Story } from '../../src/story/story.ts';
import {
  contentHashOf,
  EMPTY_INDEX,
  indexEntryOf,
  STORY_INDEX_FILE,
  storyFilePath,
  withEntry,
  type StoryIndex,
  type StoryIndexEntry,
} from '../../src/story/storyIndex.ts';
import { storyFileSchema, storyIndexSchema } from '../../src/story/storyIndexSchema.ts';
import { describeSchemaError } from '../../src/domain/schema.ts';
import { storyThumbnail } from './thumbnail.ts';

export class StoryFileError extends Error {}

/** The first 16 hex digits of the SHA-256 of these bytes: the file's name. */
export const contentHash = (bytes: Uint8Array | string) =>
  contentHashOf(createHash('sha256').update(bytes).digest('hex'));

/**
 * A story's file as it is written: parseBundle's output as JSON, checked against the story file
 * schema, whose output must be the file as it is (every default filled in, nothing dropped), since
 * a reader's page uses a file its name vouches for without a schema.
 */
export function storyFileBytes(story: Story): Buffer {
  const text = JSON.stringify(story);
  const json: unknown = JSON.parse(text);
  const parsed = storyFileSchema.safeParse(json);
  if (!parsed.success)
    throw new StoryFileError(`story "${story.slug}": ${describeSchemaError(parsed.error)}`);
  if (!isDeepStrictEqual(parsed.data, json))
    throw new StoryFileError(`story "${story.slug}": the schema would change it (a default not filled in)`);
  return Buffer.from(text, 'utf8');
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes bytes to a new file `.<name>-<random><ext>` in `dir`, flushed to disk; returns its path. */
function writeTemporary(dir: string, name: string, ext: string, bytes: Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${name}-${randomBytes(6).toString('hex')}${ext}`);
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temporary;
}

/**
 * Puts these bytes at `path` unless a file is there already: linked into place whole (never a
 * half-written file under its name) and never replaced. A file already there must hold the same
 * bytes (its name is their hash); anything else is refused, and left as it is.
 */
function writeOnce(siteRoot: string, path: string, bytes: Uint8Array): void {
  const target = join(siteRoot, path);
  if (!existsSync(target)) {
    const temporary = writeTemporary(dirname(target), 'new', '.tmp', bytes);
    try {
      linkSync(temporary, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temporary);
    }
    fsyncDir(dirname(target));
  }
  if (!readFileSync(target).equals(bytes))
    throw new StoryFileError(`${path} exists with other bytes than its name says: left as it is`);
}

/**
 * Writes a story's file and its thumbnail under the site root (each only if absent, never
 * rewritten, flushed to disk) and returns their paths relative to the root. `thumbnail`: the SVG,
 * drawn from the shipped layers when not given (scripts/story/thumbnail.ts).
 */
export function writeStoryFile(
  siteRoot: string,
  story: Story,
  options: { thumbnail?: string } = {},
): { file: string; thumbnail: string } {
  const bytes = storyFileBytes(story);
  const svg = Buffer.from(options.thumbnail ?? storyThumbnail(story), 'utf8');
  const file = storyFilePath(story.slug, contentHash(bytes), 'json');
  const thumbnail = storyFilePath(story.slug, contentHash(svg), 'svg');
  writeOnce(siteRoot, thumbnail, svg);
  writeOnce(siteRoot, file, bytes);
  return { file, thumbnail };
}

/** The site's index, or null when it has none yet; a StoryFileError naming the field when it is broken. */
export function readIndex(siteRoot: string): StoryIndex | null {
  const path = join(siteRoot, STORY_INDEX_FILE);
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new StoryFileError(`${STORY_INDEX_FILE}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = storyIndexSchema.safeParse(json);
  if (!parsed.success) throw new StoryFileError(`${STORY_INDEX_FILE}: ${describeSchemaError(parsed.error)}`);
  return parsed.data;
}

/**
 * Replaces the site's index: validated, every file it names already on disk, written to
 * stories/.index-<random>.json, flushed, renamed over stories/index.json, and the folder flushed.
 * `beforeRename` runs between the flush and the rename (the newsroom server's crash test stops there).
 */
export function replaceIndex(
  siteRoot: string,
  index: StoryIndex,
  options: { beforeRename?: () => void } = {},
): void {
  const parsed = storyIndexSchema.safeParse(index);
  if (!parsed.success)
    throw new StoryFileError(`${STORY_INDEX_FILE} not replaced: ${describeSchemaError(parsed.error)}`);
  for (const entry of parsed.data.stories)
    for (const path of [entry.file, entry.thumbnail])
      if (!existsSync(join(siteRoot, path)))
        throw new StoryFileError(`${STORY_INDEX_FILE} not replaced: it names ${path}, which is not there`);
  const dir = dirname(join(siteRoot, STORY_INDEX_FILE));
  const temporary = writeTemporary(dir, 'index', '.json', Buffer.from(`${JSON.stringify(parsed.data)}\n`));
  try {
    options.beforeRename?.();
    renameSync(temporary, join(siteRoot, STORY_INDEX_FILE));
  } catch (error) {
    unlinkSync(temporary);
    throw error;
  }
  fsyncDir(dir);
}

/**
 * Publishes one story on a site: its file and thumbnail written, then the index replaced with its
 * entry (added, or the slug's previous revision replaced). What the newsroom server's Publish calls;
 * callers serialise publishes to one site (each reads the index, then replaces it).
 */
export function publishStory(
  siteRoot: string,
  story: Story,
  options: { listed?: boolean; thumbnail?: string } = {},
): StoryIndexEntry {
  const paths = writeStoryFile(siteRoot, story, options);
  const entry = indexEntryOf(story, paths, options.listed ?? true);
  replaceIndex(siteRoot, withEntry(readIndex(siteRoot) ?? EMPTY_INDEX, entry));
  return entry;
}
