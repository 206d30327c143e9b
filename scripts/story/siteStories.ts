// The build's story files: every bundle of stories/ read and validated (scripts/story/bundle.ts),
// then written under the site root as the newsroom server's Publish writes one (storyFiles.ts):
// stories/<slug>/<hash>.json, its thumbnail, and stories/index.json listing them. With the fixture
// stories (SITUATION_FIXTURES=1, the browser tests' build) those of tests/fixtures/stories are
// written too, `listed: false`: openable by their slug, on no list. Node only, no Vite.
import { readBundle, storySlugs, STORIES_DIR } from './bundle.ts';
import { FIXTURE_REGIONS_DIR, FIXTURE_STORIES_DIR, REGIONS_DIR } from '../region/readRegion.ts';
import { contentHash, replaceIndex, storyFileBytes, writeStoryFile } from './storyFiles.ts';
import {
  EMPTY_INDEX,
  indexEntryOf,
  storyFilePath,
  withEntry,
  type StoryIndex,
} from '../../src/story/storyIndex.ts';
import type { Story } from '../../src/story/story.ts';

export interface SiteStory {
  story: Story;
  /** false: a fixture story, opened by its slug only. */
  listed: boolean;
}

export interface SiteStoriesOptions {
  storiesDir?: string;
  /** Also the fixture stories (tests/fixtures/stories), unlisted; a slug of stories/ wins. */
  fixtures?: boolean;
}

/** Every story the build publishes, read and validated (a BundleError names any problem). */
export function siteStories({
  storiesDir = STORIES_DIR,
  fixtures = false,
}: SiteStoriesOptions = {}): SiteStory[] {
  const regionsDirs = fixtures ? [REGIONS_DIR, FIXTURE_REGIONS_DIR] : [REGIONS_DIR];
  const listed = storySlugs(storiesDir);
  const unlisted = fixtures ? storySlugs(FIXTURE_STORIES_DIR).filter((s) => !listed.includes(s)) : [];
  return [
    ...listed.map((slug) => ({ story: readBundle(slug, { storiesDir, regionsDirs }), listed: true })),
    ...unlisted.map((slug) => ({
      story: readBundle(slug, { storiesDir: FIXTURE_STORIES_DIR, regionsDirs }),
      listed: false,
    })),
  ];
}

/** Where a story's file will be (the page's head preloads it when it is the one story). */
export const storyFileOf = (story: Story) =>
  storyFilePath(story.slug, contentHash(storyFileBytes(story)), 'json');

/** Writes every story's file and thumbnail under `siteRoot`, then its index (from scratch). */
export function writeSiteStories(siteRoot: string, stories: readonly SiteStory[]): StoryIndex {
  let index = EMPTY_INDEX;
  for (const { story, listed } of stories)
    index = withEntry(index, indexEntryOf(story, writeStoryFile(siteRoot, story), listed));
  replaceIndex(siteRoot, index);
  return index;
}
