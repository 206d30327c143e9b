// Stories as files a site serves (issue 39): the build writes each story as
// stories/<slug>/<hash>.json with its thumbnail beside it and stories/index.json; a story file is
// never rewritten; the index is replaced by a rename, so a reader never sees half of one.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBundle, storySlugs } from '../../scripts/story/bundle';
import {
  publishStory,
  readIndex,
  replaceIndex,
  StoryFileError,
  writeStoryFile,
} from '../../scripts/story/storyFiles';
import { siteStories, writeSiteStories } from '../../scripts/story/siteStories';
import { FIXTURE_STORIES_DIR } from '../../scripts/region/readRegion';
import { storyIndexSchema } from '../../src/story/storyIndexSchema';
import { bundleHash } from '../../src/state/desk/draft';
import { SLUG, STORY } from './helpers/story';
import { removeCopies, tempStories } from './helpers/bundleCopy';
import { STARTS_NODE_PROCESS_MS } from './helpers/budgets';

afterEach(removeCopies);

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const THUMBNAIL = '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="200"></svg>';

describe('the build writes the story files', () => {
  it('each story as stories/<slug>/<hash>.json (parseBundle’s output), its thumbnail beside it, and stories/index.json', () => {
    const site = tempStories();
    const index = writeSiteStories(site, siteStories());
    expect(
      storyIndexSchema.parse(JSON.parse(readFileSync(join(site, 'stories/index.json'), 'utf8'))),
    ).toEqual(index);
    expect(index.version).toBe(1);
    expect(index.withdrawn).toEqual([]);
    expect(index.stories.map((s) => s.slug)).toEqual(storySlugs());
    const entry = index.stories.find((s) => s.slug === SLUG)!;
    expect(entry).toMatchObject({
      title: STORY.meta.title,
      date: '2023-09-29',
      dateLabel: 'Friday 29 September 2023',
      source: { name: 'Libération', url: STORY.meta.source.url },
      description: STORY.meta.description,
      listed: true,
    });
    expect(entry.firstSentence).toMatch(/^The United States claims to have detected/);
    expect(entry.file).toMatch(new RegExp(`^stories/${SLUG}/[0-9a-f]{16}\\.json$`));
    expect(entry.thumbnail).toMatch(new RegExp(`^stories/${SLUG}/[0-9a-f]{16}\\.svg$`));
    // Each file is named by the first 16 hex digits of the SHA-256 of its bytes.
    for (const path of [entry.file, entry.thumbnail]) {
      const bytes = readFileSync(join(site, path));
      expect(path).toContain(`/${sha(bytes).slice(0, 16)}.`);
    }
    // The story as the build reads it, defaults filled in, its region with it: the reader needs no schema.
    const story = JSON.parse(readFileSync(join(site, entry.file), 'utf8'));
    expect(story).toEqual(JSON.parse(JSON.stringify(STORY)));
    expect(story.region.id).toBe('kosovo-serbia');
    expect(
      story.meta.layers.every((l: { visibleByDefault?: boolean }) => l.visibleByDefault !== undefined),
    ).toBe(true);
    expect(readFileSync(join(site, entry.thumbnail), 'utf8')).toMatch(/^<svg[^>]*width="360"/);
    // Nothing else: no temporary file left behind.
    expect(readdirSync(join(site, 'stories')).sort()).toEqual([...storySlugs(), 'index.json'].sort());
    expect(readdirSync(join(site, 'stories', SLUG)).sort()).toEqual(
      [entry.file, entry.thumbnail].map((p) => p.split('/').pop()).sort(),
    );
  });

  it('with the fixtures, their stories are written too, listed: false', () => {
    const site = tempStories();
    const index = writeSiteStories(site, siteStories({ fixtures: true }));
    const fixtures = storySlugs(FIXTURE_STORIES_DIR);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const slug of fixtures) {
      const entry = index.stories.find((s) => s.slug === slug)!;
      expect(entry.listed, slug).toBe(false);
      expect(existsSync(join(site, entry.file))).toBe(true);
    }
    expect(index.stories.filter((s) => s.listed).map((s) => s.slug)).toEqual(storySlugs());
  });

  it('an old draft’s record of its bundle (bundleHash) fits the story read from its file', () => {
    const site = tempStories();
    const { file } = writeStoryFile(site, STORY, { thumbnail: THUMBNAIL });
    expect(bundleHash(JSON.parse(readFileSync(join(site, file), 'utf8')))).toBe(bundleHash(readBundle(SLUG)));
  });
});

describe('a story file is never rewritten', () => {
  it('writing the same story again leaves its file as it was; a new revision is a new file beside it', () => {
    const site = tempStories();
    const first = writeStoryFile(site, STORY, { thumbnail: THUMBNAIL });
    const before = statSync(join(site, first.file));
    const again = writeStoryFile(site, STORY, { thumbnail: THUMBNAIL });
    expect(again).toEqual(first);
    const after = statSync(join(site, first.file));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

    const revised = { ...STORY, meta: { ...STORY.meta, title: 'A revised title' } };
    const second = writeStoryFile(site, revised, { thumbnail: THUMBNAIL });
    expect(second.file).not.toBe(first.file);
    // The same thumbnail's bytes: the same file, shared.
    expect(second.thumbnail).toBe(first.thumbnail);
    expect(JSON.parse(readFileSync(join(site, first.file), 'utf8')).meta.title).toBe(STORY.meta.title);
    expect(JSON.parse(readFileSync(join(site, second.file), 'utf8')).meta.title).toBe('A revised title');
  });

  it('a file under a story’s name with other bytes is refused and left as it is', () => {
    const site = tempStories();
    const { file } = writeStoryFile(site, STORY, { thumbnail: THUMBNAIL });
    writeFileSync(join(site, file), '{"tampered":true}');
    expect(() => writeStoryFile(site, STORY, { thumbnail: THUMBNAIL })).toThrow(
      /exists with other bytes than its name says/,
    );
    expect(readFileSync(join(site, file), 'utf8')).toBe('{"tampered":true}');
  });

  it('a story the story file schema refuses is not written', () => {
    const site = tempStories();
    const broken = { ...STORY, passages: [] };
    expect(() => writeStoryFile(site, broken, { thumbnail: THUMBNAIL })).toThrow(StoryFileError);
    expect(existsSync(join(site, 'stories', SLUG))).toBe(false);
  });
});

describe('the index', () => {
  it(
    'is replaced by a rename: read while another process replaces it 100 times, it is always whole',
    async () => {
      const site = tempStories();
      const entry = publishStory(site, STORY, { thumbnail: THUMBNAIL });
      for (let n = 0; n < 40; n++)
        cpSync(join(site, 'stories', SLUG), join(site, 'stories', `${SLUG}-${n}`), { recursive: true });
      const writer = spawn(
        process.execPath,
        ['--import', 'tsx', resolve(import.meta.dirname, 'helpers/indexWriter.ts'), site, '100'],
        { env: { ...process.env, INDEX_ENTRY: JSON.stringify(entry) }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const exited = new Promise<number | null>((done) => writer.on('exit', done));
      let running = true;
      void exited.then(() => (running = false));
      await new Promise((go) => writer.stdout!.once('data', go));
      const seen = new Set<string>();
      let reads = 0;
      const broken: string[] = [];
      // Reads as fast as it can until the writer is done, yielding only to notice that it is.
      while (running) {
        for (let i = 0; i < 50; i++) {
          const text = readFileSync(join(site, 'stories/index.json'), 'utf8');
          reads++;
          try {
            const index = storyIndexSchema.parse(JSON.parse(text));
            seen.add(`${index.stories[0].title} × ${index.stories.length}`);
          } catch {
            broken.push(text.slice(-40));
          }
        }
        await new Promise((next) => setImmediate(next));
      }
      expect(await exited).toBe(0);
      expect(broken).toEqual([]);
      // The reads interleaved with the writes: many revisions were seen, each whole.
      expect(seen.size, `${reads} reads`).toBeGreaterThan(5);
      expect(readdirSync(join(site, 'stories')).filter((f) => f.startsWith('.'))).toEqual([]);
    },
    STARTS_NODE_PROCESS_MS,
  );

  it('is not replaced when it names a file that is not there, or fails its schema', () => {
    const site = tempStories();
    const entry = publishStory(site, STORY, { thumbnail: THUMBNAIL });
    const before = readFileSync(join(site, 'stories/index.json'), 'utf8');
    const missing = {
      ...entry,
      slug: 'elsewhere',
      file: 'stories/elsewhere/0123456789abcdef.json',
      thumbnail: 'stories/elsewhere/0123456789abcdef.svg',
    };
    expect(() => replaceIndex(site, { version: 1, stories: [missing], withdrawn: [] })).toThrow(
      'stories/index.json not replaced: it names stories/elsewhere/0123456789abcdef.json, which is not there',
    );
    expect(() =>
      replaceIndex(site, { version: 1, stories: [{ ...entry, file: '../../etc/passwd' }], withdrawn: [] }),
    ).toThrow(/not replaced: stories\.0\.file: expected stories\/<slug>\/<16 hex digits>\.json/);
    expect(readFileSync(join(site, 'stories/index.json'), 'utf8')).toBe(before);
  });

  it('readIndex: none yet is null; a broken one names what is wrong', () => {
    const site = tempStories();
    expect(readIndex(site)).toBeNull();
    mkdirSync(join(site, 'stories'));
    writeFileSync(join(site, 'stories/index.json'), '{"version":2,"stories":[],"withdrawn":[]}');
    expect(() => readIndex(site)).toThrow(/stories\/index\.json: version: /);
    writeFileSync(join(site, 'stories/index.json'), '{"version":1,');
    expect(() => readIndex(site)).toThrow(/stories\/index\.json: not valid JSON/);
  });

  it('publishStory adds a story, or replaces the entry of its slug, keeping the others and their files', () => {
    const site = tempStories();
    const first = publishStory(site, STORY, { thumbnail: THUMBNAIL });
    const other = publishStory(
      site,
      { ...STORY, slug: 'another-story' },
      { thumbnail: THUMBNAIL, listed: false },
    );
    const revised = publishStory(
      site,
      { ...STORY, meta: { ...STORY.meta, title: 'A revised title' } },
      { thumbnail: THUMBNAIL },
    );
    const index = readIndex(site)!;
    expect(index.stories.map((s) => [s.slug, s.listed, s.title])).toEqual([
      ['another-story', false, STORY.meta.title],
      [SLUG, true, 'A revised title'],
    ]);
    expect(index.stories.map((s) => s.file)).toEqual([other.file, revised.file]);
    // The revision before stays on disk: a reader who has the old index still gets a whole story.
    expect(existsSync(join(site, first.file))).toBe(true);
  });
});
