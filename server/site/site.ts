// The site readers get from the newsroom: DATA_DIR/site/stories/, beside the built viewer (dist/),
// served by the newsroom server at /stories/ and written whole by `npm run export`. Its files are
// written only by scripts/story/storyFiles.ts (writeStoryFile, replaceIndex: the build's own writer),
// from two sources: the build's stories (dist/stories/, the index the site starts from) and the
// newsroom's publications (their bytes kept in the database). writeSite makes a site match them: every
// file the index will name written first (each once, never rewritten), then the index replaced by a
// rename, only when it differs. Run at every start (after a crash or a restore it finishes or undoes
// nothing, it just writes what the database says), after every publish, unpublish and restore, and by
// the export; doing it twice changes nothing.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readIndex, replaceIndex, writeStoryFile, StoryFileError } from '../../scripts/story/storyFiles.ts';
import { EMPTY_INDEX, STORY_INDEX_FILE, type StoryIndex } from '../../src/story/storyIndex.ts';
import type { Story } from '../../src/story/story.ts';
import type { Publications } from '../stories/publications.ts';
import { siteIndex } from './siteIndex.ts';
import { isId } from '../../src/domain/ids.ts';
import { writeCompressedCopies } from './compressed.ts';
import { noFaults, type Faults } from '../faults.ts';

export const SITE_DIR = 'site';
export const siteRootOf = (dataDir: string) => join(dataDir, SITE_DIR);

/** The stories the build wrote (dist/stories/), where the site starts from. */
export interface BuildStories {
  root: string;
  index: StoryIndex;
}

export function readBuildStories(distDir: string): BuildStories {
  try {
    return { root: distDir, index: readIndex(distDir) ?? EMPTY_INDEX };
  } catch (error) {
    if (error instanceof StoryFileError)
      throw new StoryFileError(`the built viewer's ${STORY_INDEX_FILE} (${distDir}): ${error.message}`);
    throw error;
  }
}

/**
 * Puts a story file and its thumbnail on a site (each only if absent) with their compressed copies;
 * returns their paths. `from`: a site that may have the compressed copies made already (the build's).
 */
export function putStory(
  root: string,
  texts: { file: string; thumbnail: string },
  from?: string,
): { file: string; thumbnail: string } {
  const paths = writeStoryFile(root, JSON.parse(texts.file) as Story, { thumbnail: texts.thumbnail });
  for (const path of [paths.file, paths.thumbnail]) writeCompressedCopies(root, path, from);
  return paths;
}

const present = (root: string, paths: string[]) => paths.every((path) => existsSync(join(root, path)));

export interface WriteSiteOptions {
  faults?: Faults;
}

/** Makes the site at `root` what the build and the newsroom say; returns the index and whether it was replaced. */
export function writeSite(
  root: string,
  build: BuildStories,
  publications: Publications,
  { faults = noFaults }: WriteSiteOptions = {},
): { index: StoryIndex; replaced: boolean } {
  const published = publications.current();
  const index = siteIndex(build.index, {
    published: published.map((p) => p.entry),
    withdrawn: publications.withdrawn(),
  });
  const ours = new Map(published.map((p) => [p.slug, p]));
  for (const entry of index.stories) {
    if (present(root, [entry.file, entry.thumbnail])) continue;
    const publication = ours.get(entry.slug);
    const texts = publication
      ? {
          file: publications.blob(publication.fileBlob),
          thumbnail: publications.blob(publication.thumbnailBlob),
        }
      : {
          file: readFileSync(join(build.root, entry.file), 'utf8'),
          thumbnail: readFileSync(join(build.root, entry.thumbnail), 'utf8'),
        };
    const paths = putStory(root, texts, publication ? undefined : build.root);
    if (paths.file !== entry.file || paths.thumbnail !== entry.thumbnail)
      throw new StoryFileError(
        `${entry.slug}: its files hash to ${paths.file} and ${paths.thumbnail}, not ${entry.file} and ${entry.thumbnail}`,
      );
  }
  let current: StoryIndex | null = null;
  try {
    current = readIndex(root);
  } catch {
    current = null; // a broken index is replaced
  }
  if (current && isDeepStrictEqual(current, index)) return { index, replaced: false };
  replaceIndex(root, index, { beforeRename: () => faults('before-index-rename') });
  return { index, replaced: true };
}

/**
 * The story files and thumbnails on a site (with their compressed copies) that the index does not
 * name: a withdrawn story's, or the version a publish or restore replaced. Dot-files are an
 * interrupted write's leftovers (clearLeftovers), not listed. Paths relative to the site's root.
 */
export function unnamedFiles(root: string, index: StoryIndex): string[] {
  const stories = join(root, 'stories');
  if (!existsSync(stories)) return [];
  const named = new Set(index.stories.flatMap((entry) => [entry.file, entry.thumbnail]));
  const unnamed: string[] = [];
  for (const folder of readdirSync(stories, { withFileTypes: true }))
    if (folder.isDirectory() && isId(folder.name))
      for (const file of readdirSync(join(stories, folder.name), { withFileTypes: true })) {
        // Only what the story writer writes: <16 hex>.json|svg and their copies, as regular files;
        // anything else an operator put there is left alone.
        if (!file.isFile() || !STORY_FILE_NAME.test(file.name)) continue;
        const path = `stories/${folder.name}/${file.name}`;
        if (!named.has(path.replace(/\.(br|gz)$/, ''))) unnamed.push(path);
      }
  return unnamed;
}

/** A story file's or thumbnail's name as writeStoryFile gives it, or one of its compressed copies. */
const STORY_FILE_NAME = /^[0-9a-f]{16}\.(json|svg)(\.br|\.gz)?$/;

/**
 * Removes what an interrupted write left in the site's folders (temporary files: dot-files ending in
 * .tmp, stories/.index-<random>.json). Only while holding the data folder's lock: no writer is at work.
 */
export function clearLeftovers(root: string): string[] {
  const stories = join(root, 'stories');
  if (!existsSync(stories)) return [];
  const removed: string[] = [];
  const folders = [
    stories,
    ...readdirSync(stories, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(stories, d.name)),
  ];
  for (const folder of folders)
    for (const name of readdirSync(folder))
      if (/^\.(index-[0-9a-f]+\.json|.+\.tmp)$/.test(name)) {
        rmSync(join(folder, name), { force: true });
        removed.push(join(folder, name));
      }
  return removed;
}
