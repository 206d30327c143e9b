// The browser's reading of the story files (src/loading/storyFiles.ts), with the files the build
// writes served by a fetch of files on disk: the index read without zod accepts what the index
// schema accepts and refuses, naming the field, what the viewer could not use; a story file is used
// as it is when its bytes are those its name says, validated otherwise.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishStory } from '../../scripts/story/storyFiles';
import { fetchStoryFile, readStoryIndex, StoryFileError } from '../../src/loading/storyFiles';
import { storyIndexSchema } from '../../src/story/storyIndexSchema';
import { STORY } from './helpers/story';
import { removeCopies, tempStories } from './helpers/bundleCopy';

afterAll(removeCopies);

const THUMBNAIL = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
const site = tempStories();
const entry = publishStory(site, STORY, { thumbnail: THUMBNAIL });
const index = JSON.parse(readFileSync(join(site, 'stories/index.json'), 'utf8'));

/** A fetch of the site's files, some answered otherwise. */
const fetchFrom =
  (overrides: Record<string, () => Response> = {}): typeof fetch =>
  async (url) => {
    const path = String(url).replace(/^\//, '');
    if (overrides[path]) return overrides[path]();
    if (!existsSync(join(site, path))) return new Response('not found', { status: 404 });
    return new Response(readFileSync(join(site, path)), { headers: { 'Content-Type': 'application/json' } });
  };

describe('the index in the browser', () => {
  it('is read as the index schema reads it', () => {
    expect(readStoryIndex(index)).toEqual(storyIndexSchema.parse(index));
  });

  it.each([
    ['version', (i: typeof index) => ({ ...i, version: 2 }), 'version: 2, this viewer reads version 1'],
    ['stories', (i: typeof index) => ({ ...i, stories: {} }), 'stories: not a list'],
    [
      'a file outside its story',
      (i: typeof index) => ({ ...i, stories: [{ ...i.stories[0], file: 'assets/x.js' }] }),
      'stories.0.file: not a file of stories/liberation-2023-09-29/',
    ],
    [
      'a title',
      (i: typeof index) => ({ ...i, stories: [{ ...i.stories[0], title: 7 }] }),
      'stories.0.title: not a text',
    ],
    [
      'listed',
      (i: typeof index) => ({ ...i, stories: [{ ...i.stories[0], listed: 'yes' }] }),
      'stories.0.listed: not true or false',
    ],
  ])('refuses a wrong %s, as the schema does, naming it', (_, change, says) => {
    const broken = change(index);
    expect(storyIndexSchema.safeParse(broken).success).toBe(false);
    expect(() => readStoryIndex(broken)).toThrow(`stories/index.json does not match the schema: ${says}`);
  });
});

describe('a story file in the browser', () => {
  it('is the story as written when its bytes are those its name says', async () => {
    expect(await fetchStoryFile(entry, '/', fetchFrom())).toEqual(JSON.parse(JSON.stringify(STORY)));
  });

  it('with other bytes, is validated: used when the schema accepts it, refused naming the field otherwise', async () => {
    const story = JSON.parse(readFileSync(join(site, entry.file), 'utf8'));
    const served = (body: object) => ({
      [entry.file]: () =>
        new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } }),
    });
    expect((await fetchStoryFile(entry, '/', fetchFrom(served(story)))).meta.title).toBe(STORY.meta.title);
    await expect(
      fetchStoryFile(entry, '/', fetchFrom(served({ ...story, passages: 'none' }))),
    ).rejects.toThrow(`${entry.file} does not match the schema: passages: `);
    await expect(
      fetchStoryFile(entry, '/', fetchFrom(served({ ...story, slug: 'another' }))),
    ).rejects.toThrow(`${entry.file} does not match the schema: slug: "another"`);
  });

  it('missing, answered with the app’s page, or not JSON, says so', async () => {
    const gone = { ...entry, file: entry.file.replace(/[0-9a-f]{16}/, '0123456789abcdef') };
    await expect(fetchStoryFile(gone, '/', fetchFrom())).rejects.toThrow(
      `${gone.file} is missing (HTTP 404)`,
    );
    const page = () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
    await expect(fetchStoryFile(entry, '/', fetchFrom({ [entry.file]: page }))).rejects.toThrow(
      'is missing (the server answered with a web page)',
    );
    const cut = () => new Response('{"slug":"liber', { headers: { 'Content-Type': 'application/json' } });
    const error = await fetchStoryFile(entry, '/', fetchFrom({ [entry.file]: cut })).catch((e) => e);
    expect(error).toBeInstanceOf(StoryFileError);
    expect(error).toMatchObject({ problem: 'not-json', file: entry.file });
  });
});
