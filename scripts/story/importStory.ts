// `npm run story -- import <file.zip> [--replace] [--site <dir>]`: a bundle zip — the editor's desk's or
// the browser's new-story page's "Download story (.zip)" — read (src/story/bundleZip.ts refuses paths
// that leave the folder), validated exactly as `check` validates a folder of stories/ (parseBundle,
// then the situation layers), and only then written to stories/<slug>/: a refused zip writes nothing.
// With a built site (`site`: dist/ by default when it has been built), the story is also published
// there as the newsroom server publishes one (storyFiles.ts): its file and thumbnail written, then the
// index replaced; readers get it on their next load, with no rebuild.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipBundle, BundleZipError } from '../../src/story/bundleZip';
import { BundleError, parseBundle, situationLayerProblems } from '../../src/story/parseBundle';
import { balanceProblems } from '../../src/story/balance';
import { nodeBundleContext, shippedFeatureIds, STORIES_DIR } from './bundle';
import { publishStory, readIndex } from './storyFiles';
import { STORY_INDEX_FILE, type StoryIndexEntry } from '../../src/story/storyIndex';
import type { Story } from '../../src/story/story';

export class ImportError extends Error {}

export interface Imported {
  slug: string;
  dir: string;
  files: string[];
  links: number;
  replaced: boolean;
  /** Its entry in the site's index, when it was published to a site. */
  published: StoryIndexEntry | null;
}

export function importStory(
  zipFile: string,
  options: { storiesDir?: string; replace?: boolean; regionsDirs?: readonly string[]; site?: string } = {},
): Imported {
  const storiesDir = options.storiesDir ?? STORIES_DIR;
  if (!existsSync(zipFile)) throw new ImportError(`${zipFile} not found`);
  let unzipped;
  try {
    unzipped = unzipBundle(readFileSync(zipFile));
  } catch (error) {
    if (error instanceof BundleZipError) throw new ImportError(`${zipFile}: ${error.message}`);
    throw error;
  }
  const { slug, files } = unzipped;
  const dir = join(storiesDir, slug);
  const exists = existsSync(dir);
  if (exists && !options.replace)
    throw new ImportError(`stories/${slug} exists already: add --replace to replace it`);
  const { site } = options;
  if (site && !options.replace && readIndex(site)?.stories.some((s) => s.slug === slug))
    throw new ImportError(
      `${slug} is published already (${join(basename(site), STORY_INDEX_FILE)}): add --replace to replace it`,
    );
  const featureIds = shippedFeatureIds();
  let problems: string[];
  let story: Story | null = null;
  try {
    story = parseBundle(slug, files, nodeBundleContext({ featureIds, regionsDirs: options.regionsDirs }));
    problems = [...situationLayerProblems(story, featureIds), ...balanceProblems(story)];
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    problems = error.problems;
  }
  if (problems.length)
    throw new ImportError(
      `${zipFile}: the story "${slug}" fails its checks; nothing written:\n  ${problems.join('\n  ')}`,
    );

  // Written beside the folder first, then swapped in.
  mkdirSync(storiesDir, { recursive: true });
  const staging = join(storiesDir, `.${slug}.import-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
  // The old folder is moved aside before the new one takes its place, and removed only then: at no
  // moment is there no stories/<slug>/ (an interruption leaves the old one, or the new one and the old
  // one aside).
  const aside = join(storiesDir, `.${slug}.replaced-${process.pid}`);
  if (exists) renameSync(dir, aside);
  renameSync(staging, dir);
  if (exists) rmSync(aside, { recursive: true, force: true });
  const links = (JSON.parse(files['links.json']!) as unknown[]).length;
  const published = site ? publishStory(site, story!) : null;
  return { slug, dir, files: Object.keys(files), links, replaced: exists, published };
}
