// Nothing lost to a crash (issue 41): the server, a process of its own, is killed with SIGKILL in the
// middle of a publish, at the points its fault-injection switch names (SV_FAULT, read once at start,
// set only by tests: the process kills itself there) and once from outside at whatever moment the
// signal lands. Restarted on the same data folder, it serves the old story or the new one whole (the
// index names a file that is there, whose bytes are those its name says, with its thumbnail), the
// draft and every committed revision are intact, and the database passes integrity_check.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { join } from 'node:path';
import { tempDir, testNewsroom, TestClock, type TestNewsroom } from './helpers/newsroom';
import { startChild, type ChildServer } from './helpers/child';
import {
  fixtureDistWithStories,
  publish,
  readerView,
  realDraft,
  saveDraft,
  sha16,
  type IndexJson,
} from './helpers/stories';
import { STARTS_NODE_PROCESS_MS } from '../unit/helpers/budgets';

let distDir: string;
beforeAll(() => {
  distDir = fixtureDistWithStories();
});
afterAll(() => rmSync(distDir, { recursive: true, force: true }));
const dirs: string[] = [];
let restarted: TestNewsroom | null = null;
let child: ChildServer | null = null;
afterEach(async () => {
  child?.child.kill('SIGKILL');
  child = null;
  await restarted?.close();
  restarted = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const OLD = 'The old story';
const NEW = 'The new story';

/**
 * A data folder where "The old story" is published (revisions 1: save, 2: publish) and "The new
 * story" saved over it (revision 3), with an editor's session; the in-process server that made it is
 * stopped. The clock is the real one: the child server reads the session with it.
 */
async function seeded() {
  const dataDir = tempDir('crash');
  dirs.push(dataDir);
  const clock = new TestClock();
  clock.now = Date.now();
  const seeder = await testNewsroom({ dataDir, distDir, clock });
  await seeder.addUser('Ana', 'editor');
  const ana = seeder.client();
  await ana.signIn('Ana');
  const first = await saveDraft(ana, 'border-story', realDraft('border-story', { title: OLD }));
  expect((await publish(ana, 'border-story', first)).status).toBe(200);
  const second = await saveDraft(ana, 'border-story', realDraft('border-story', { title: NEW }), first);
  await seeder.close();
  return { dataDir, clock, ana, draft: second };
}

/** Restarts the newsroom on the data folder and reads what a reader and the editor get. */
async function afterRestart(dataDir: string, clock: TestClock, from: ReturnType<TestNewsroom['client']>) {
  restarted = await testNewsroom({ dataDir, distDir, clock });
  const ana = restarted.client();
  for (const [name, value] of from.jar) ana.jar.set(name, value);
  const reader = await readerView(restarted.url, 'border-story');
  // Every file the index names is served, its bytes those its name says.
  for (const entry of reader.index.stories) {
    const bytes = Buffer.from(await (await fetch(new URL(entry.file, restarted.url))).arrayBuffer());
    expect(entry.file).toBe(`stories/${entry.slug}/${sha16(bytes)}.json`);
    expect((await fetch(new URL(entry.thumbnail, restarted.url))).status).toBe(200);
  }
  const draft = await ana.send('GET', '/api/stories/border-story/draft');
  const revisions = (await ana.send('GET', '/api/stories/border-story/revisions')).body as {
    revision: number;
    action: string;
  }[];
  return {
    title: reader.story?.meta.title ?? null,
    fileStatus: reader.fileStatus,
    thumbnailStatus: reader.thumbnailStatus,
    draft,
    revisions: revisions.map((r) => `${r.revision} ${r.action}`),
    integrity: restarted.db.pragma('integrity_check', { simple: true }),
    leftovers: readdirSync(join(restarted.siteDir, 'stories')).filter((name) => name.startsWith('.')),
  };
}

/** What the killed server left on disk, before any restart: where the kill landed. */
function leftBehind(dataDir: string) {
  const stories = join(dataDir, 'site', 'stories');
  const index = JSON.parse(readFileSync(join(stories, 'index.json'), 'utf8')) as IndexJson;
  const entry = index.stories.find((s) => s.slug === 'border-story')!;
  const story = JSON.parse(readFileSync(join(dataDir, 'site', entry.file), 'utf8')) as {
    meta: { title: string };
  };
  const db = new Sqlite(join(dataDir, 'newsroom.sqlite'), { readonly: true });
  const revisions = (
    db.prepare("SELECT count(*) AS n FROM revisions WHERE slug = 'border-story'").get() as { n: number }
  ).n;
  db.close();
  return {
    indexNames: story.meta.title,
    storyFiles: readdirSync(join(stories, 'border-story')).filter((f) => f.endsWith('.json')).length,
    temporaryIndex: readdirSync(stories).filter((f) => /^\.index-.*\.json$/.test(f)).length,
    revisions,
  };
}

async function killedAt(fault: string) {
  const { dataDir, clock, ana, draft } = await seeded();
  child = await startChild({ DATA_DIR: dataDir, DIST_DIR: distDir, SV_FAULT: fault });
  const answer = await publish(child.client(ana), 'border-story', draft).catch((error: Error) => error);
  expect(answer).toBeInstanceOf(Error); // the connection died with the server
  expect((await child.ended).signal).toBe('SIGKILL');
  child = null;
  const left = leftBehind(dataDir);
  return { left, ...(await afterRestart(dataDir, clock, ana)) };
}

describe('a server killed in the middle of a publish', () => {
  it(
    'before the revision row (the story file written): serves the old story whole',
    async () => {
      const after = await killedAt('before-revision');
      // Killed with the new story's file on disk (two story files), no revision for it, the old index.
      expect(after.left).toEqual({ indexNames: OLD, storyFiles: 2, temporaryIndex: 0, revisions: 3 });
      expect(after.title).toBe(OLD);
      expect([after.fileStatus, after.thumbnailStatus]).toEqual([200, 200]);
      expect(after.revisions).toEqual(['3 save', '2 publish', '1 save']);
      expect(after.draft.status).toBe(200);
      expect(after.draft.headers.get('etag')).toBe('"3"');
      expect(after.draft.body).toEqual(realDraft('border-story', { title: NEW }));
      expect(after.integrity).toBe('ok');
      expect(after.leftovers).toEqual([]);
    },
    STARTS_NODE_PROCESS_MS,
  ); // starts node and tsx: see tests/unit/helpers/budgets.ts

  it(
    'after the revision row, before the index: serves the new story whole once restarted',
    async () => {
      const after = await killedAt('after-revision');
      // Killed with the revision committed and the index still the old one.
      expect(after.left).toEqual({ indexNames: OLD, storyFiles: 2, temporaryIndex: 0, revisions: 4 });
      expect(after.title).toBe(NEW);
      expect([after.fileStatus, after.thumbnailStatus]).toEqual([200, 200]);
      expect(after.revisions).toEqual(['4 publish', '3 save', '2 publish', '1 save']);
      expect(after.draft.body).toEqual(realDraft('border-story', { title: NEW }));
      expect(after.integrity).toBe('ok');
      expect(after.leftovers).toEqual([]);
    },
    STARTS_NODE_PROCESS_MS,
  ); // starts node and tsx: see tests/unit/helpers/budgets.ts

  it(
    'with the new index written but not yet renamed into place: serves the new story whole once restarted',
    async () => {
      const after = await killedAt('before-index-rename');
      // Killed with the new index flushed beside the old one, not yet renamed over it.
      expect(after.left).toEqual({ indexNames: OLD, storyFiles: 2, temporaryIndex: 1, revisions: 4 });
      expect(after.title).toBe(NEW);
      expect([after.fileStatus, after.thumbnailStatus]).toEqual([200, 200]);
      expect(after.revisions).toEqual(['4 publish', '3 save', '2 publish', '1 save']);
      expect(after.draft.body).toEqual(realDraft('border-story', { title: NEW }));
      expect(after.integrity).toBe('ok');
      // The half-done index (stories/.index-….json) is cleared away.
      expect(after.leftovers).toEqual([]);
    },
    STARTS_NODE_PROCESS_MS,
  ); // starts node and tsx: see tests/unit/helpers/budgets.ts

  it(
    'killed from outside while the publish is under way, wherever the signal lands: the old or the new story whole',
    async () => {
      const { dataDir, clock, ana, draft } = await seeded();
      child = await startChild({ DATA_DIR: dataDir, DIST_DIR: distDir });
      // Two publishes of another story first: the first loads what publishing reads once (the shipped
      // layers), the second says how long a publish takes on this machine now. No event marks
      // "somewhere in the publish": the signal is sent at a random moment of that span, not waited on.
      const editor = child.client(ana);
      let span = 0;
      for (const slug of ['warm-up-story', 'timed-story']) {
        const started = performance.now();
        expect((await publish(editor, slug, await saveDraft(editor, slug, realDraft(slug)))).status).toBe(
          200,
        );
        span = performance.now() - started;
      }
      const moment = Math.floor(Math.random() * span);
      const sent = publish(editor, 'border-story', draft).catch((error: Error) => error);
      setTimeout(() => child?.child.kill('SIGKILL'), moment);
      await sent;
      expect((await child.ended).signal).toBe('SIGKILL');
      child = null;
      const after = await afterRestart(dataDir, clock, ana);
      expect([OLD, NEW]).toContain(after.title);
      expect([after.fileStatus, after.thumbnailStatus]).toEqual([200, 200]);
      expect(after.revisions.slice(-3)).toEqual(['3 save', '2 publish', '1 save']);
      expect(after.title === NEW).toBe(after.revisions[0] === '4 publish');
      expect(after.draft.body).toEqual(realDraft('border-story', { title: NEW }));
      expect(after.integrity).toBe('ok');
      expect(after.leftovers).toEqual([]);
    },
    STARTS_NODE_PROCESS_MS,
  ); // starts node and tsx: see tests/unit/helpers/budgets.ts
});
