// `npm run story -- import <file.zip> [--replace]`: a bundle zip (the desk's and the new-story page's
// download) validated exactly as `check` validates stories/, then written to stories/<slug>/; bad
// input is refused with a message and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importStory } from '../../scripts/story/importStory';
import { bundleFilesIn, STORIES_DIR } from '../../scripts/story/bundle';
import { zipBundle } from '../../src/story/bundleZip';
import { SLUG } from './helpers/story';
import { removeCopies, tempStories } from './helpers/bundleCopy';

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

  it('says when the file is not a zip or is missing', () => {
    const { dir, stories } = setUp();
    writeFileSync(join(dir, 'text.zip'), 'hello');
    expect(() => importStory(join(dir, 'text.zip'), { storiesDir: stories })).toThrow(/not a zip file/);
    expect(() => importStory(join(dir, 'none.zip'), { storiesDir: stories })).toThrow(/not found/);
  });
});
