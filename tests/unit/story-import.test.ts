// `npm run story -- import <file.zip> [--replace]`: a bundle zip (the desk's and the new-story page's
// download) validated exactly as `check` validates stories/, then written to stories/<slug>/; bad
// input is refused with a message and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importStory } from '../../scripts/story/importStory';
import { bundleFilesIn, STORIES_DIR } from '../../scripts/story/bundle';
import { zipBundle } from '../../src/story/bundleZip';
import { SLUG } from './helpers/story';
import { removeCopies, tempStories } from './helpers/bundleCopy';
import { readIndex } from '../../scripts/story/storyFiles';
import { siteStories, writeSiteStories } from '../../scripts/story/siteStories';
import { checkSite } from '../../scripts/story/checkSite';

afterEach(removeCopies);

const shipped = bundleFilesIn(join(STORIES_DIR, SLUG));
/** The first story's bundle zipped under another slug, in a temporary folder with an empty stories/. */
function setUp(files = shipped, slug = 'imported') {
  const dir = tempStories();
  const stories = join(dir, 'stories');
  const zip = join(dir, `${slug}.zip`);
  writeFileSync(zip, zipBundle(slug, files));
  return { dir, stories, zip };
}
const listing = (stories: string) => (existsSync(stories) ? readdirSync(stories) : []);

describe('story check --site', () => {
  it('accepts a site the build wrote; names a story file that is missing, not what its name says, or refused', () => {
    const site = join(tempStories(), 'site');
    const index = writeSiteStories(site, siteStories());
    expect(checkSite(site)).toEqual([]);
    const { file, thumbnail } = index.stories[0];
    const story = JSON.parse(readFileSync(join(site, file), 'utf8'));
    writeFileSync(join(site, file), JSON.stringify({ ...story, passages: [] }));
    rmSync(join(site, thumbnail));
    expect(checkSite(site)).toEqual([
      `${file}: its bytes are not those its name says (changed after it was written)`,
      `${file}: passages: Too small: expected array to have >=1 items; passages: 0 passages, but meta lists ${story.meta.passages.length}`,
      `${thumbnail}: missing`,
    ]);
    writeFileSync(join(site, 'stories/index.json'), '{"version":1}');
    expect(checkSite(site)).toEqual([
      'stories/index.json: stories: Invalid input: expected array, received undefined; withdrawn: Invalid input: expected array, received undefined',
    ]);
    expect(checkSite(join(site, 'none'))).toEqual(['stories/index.json: missing (not a built site?)']);
  });
});

describe('story import', () => {
  it('writes a valid bundle to stories/<slug>/, byte for byte', () => {
    const { stories, zip } = setUp();
    const result = importStory(zip, { storiesDir: stories });
    expect(result.slug).toBe('imported');
    for (const [name, text] of Object.entries(shipped))
      expect(readFileSync(join(stories, 'imported', name), 'utf8')).toBe(text);
  });

  it('refuses an existing slug unless --replace, and then replaces the whole folder', () => {
    const { stories, zip } = setUp();
    importStory(zip, { storiesDir: stories });
    writeFileSync(join(stories, 'imported', 'stale.txt'), 'left from before');
    expect(() => importStory(zip, { storiesDir: stories })).toThrow(
      /stories\/imported exists already: add --replace to replace it/,
    );
    expect(existsSync(join(stories, 'imported', 'stale.txt'))).toBe(true);
    importStory(zip, { storiesDir: stories, replace: true });
    expect(existsSync(join(stories, 'imported', 'stale.txt'))).toBe(false);
    expect(listing(stories)).toEqual(['imported']);
  });

  it('refuses a zip with a path that leaves its folder, and writes nothing', () => {
    const { dir, stories } = setUp();
    const zip = join(dir, 'evil.zip');
    writeFileSync(
      zip,
      zipSync({ 'imported/story.json': strToU8('{}'), 'imported/../../escape.txt': strToU8('x') }),
    );
    expect(() => importStory(zip, { storiesDir: stories })).toThrow(/a path that leaves the story's folder/);
    expect(listing(stories)).toEqual([]);
    expect(existsSync(join(dir, 'escape.txt'))).toBe(false);
  });

  it('refuses a zip whose files fail the schema, naming file, entry and field, and writes nothing', () => {
    const links = JSON.parse(shipped['links.json']!) as { phrase: string }[];
    links[2].phrase = 'words that are not in the passage';
    const meta = JSON.parse(shipped['story.json']!);
    meta.source.url = 'javascript:alert(3)';
    const { stories, zip } = setUp({
      ...shipped,
      'links.json': JSON.stringify(links),
      'story.json': JSON.stringify(meta),
    });
    let message = '';
    try {
      importStory(zip, { storiesDir: stories });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/story.json: source, field url: expected an http: or https: address/);
    expect(listing(stories)).toEqual([]);
    // Fixed the URL, the link's phrase is still wrong: check's own message, and still nothing written.
    meta.source.url = 'https://www.liberation.fr/';
    const again = setUp({
      ...shipped,
      'links.json': JSON.stringify(links),
      'story.json': JSON.stringify(meta),
    });
    expect(() => importStory(again.zip, { storiesDir: again.stories })).toThrow(
      /links.json: entry 3 \([a-z0-9-]+, "words that are not in the passage"\), field phrase: not found verbatim/,
    );
    expect(listing(again.stories)).toEqual([]);
  });

  it('publishes into a built site: the story’s file and thumbnail written, the index replaced with its entry, no rebuild', () => {
    const { dir, stories, zip } = setUp();
    const site = join(dir, 'site');
    writeSiteStories(site, siteStories());
    const result = importStory(zip, { storiesDir: stories, site });
    const index = readIndex(site)!;
    const entry = index.stories.find((s) => s.slug === 'imported')!;
    expect(result.published).toEqual(entry);
    expect(entry.listed).toBe(true);
    expect(existsSync(join(site, entry.file)) && existsSync(join(site, entry.thumbnail))).toBe(true);
    // The stories the site had are still there.
    expect(index.stories.map((s) => s.slug)).toEqual(['imported', SLUG]);
    expect(checkSite(site)).toEqual([]);
  });

  it('refuses a slug the site already publishes unless --replace, even when stories/ lacks it', () => {
    const { dir, stories, zip } = setUp(shipped, SLUG);
    const site = join(dir, 'site');
    writeSiteStories(site, siteStories());
    const before = readIndex(site);
    expect(() => importStory(zip, { storiesDir: stories, site })).toThrow(
      `${SLUG} is published already (site/stories/index.json): add --replace to replace it`,
    );
    expect(listing(stories)).toEqual([]);
    expect(readIndex(site)).toEqual(before);
    expect(importStory(zip, { storiesDir: stories, site, replace: true }).published?.slug).toBe(SLUG);
  });

  it('says when the file is not a zip or is missing', () => {
    const { dir, stories } = setUp();
    writeFileSync(join(dir, 'text.zip'), 'hello');
    expect(() => importStory(join(dir, 'text.zip'), { storiesDir: stories })).toThrow(/not a zip file/);
    expect(() => importStory(join(dir, 'none.zip'), { storiesDir: stories })).toThrow(/not found/);
  });
});
