// Unpublish, restore, and the story's revisions (issue 41), against the real server and database.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testNewsroom, type Client, type TestNewsroom } from './helpers/newsroom';
import {
  fixtureDistWithStories,
  publish,
  readerView,
  realDraft,
  saveDraft,
  SHIPPED_SLUG,
  type IndexJson,
} from './helpers/stories';
import { PUBLISHES_STORY_MS } from '../unit/helpers/budgets';
import { GRACE_MS } from '../../server/site/unnamedFiles';

let distDir: string;
let newsroom: TestNewsroom;
let ana: Client; // an editor
let bojan: Client; // a reporter
beforeAll(() => {
  distDir = fixtureDistWithStories();
});
afterAll(() => rmSync(distDir, { recursive: true, force: true }));
beforeEach(async () => {
  newsroom = await testNewsroom({ distDir });
  await newsroom.addUser('Ana', 'editor');
  await newsroom.addUser('Bojan', 'reporter');
  ana = newsroom.client();
  bojan = newsroom.client();
  await ana.signIn('Ana');
  await bojan.signIn('Bojan');
});
afterEach(() => newsroom.stop());

const unpublish = (client: Client, slug: string) => client.send('POST', `/api/stories/${slug}/unpublish`);
const restore = (client: Client, slug: string, revision: number | string) =>
  client.send('POST', `/api/stories/${slug}/revisions/${revision}/restore`);
const minute = () => newsroom.clock.advance(60_000);

/** Two published revisions of border-story: "First" (revision 2) and "Second" (revision 4); `betweenThem` runs after the first publish. */
async function twoPublished(betweenThem: () => Promise<void> = async () => undefined) {
  const first = await saveDraft(bojan, 'border-story', realDraft('border-story', { title: 'First' }));
  minute();
  await publish(ana, 'border-story', first);
  await betweenThem();
  minute();
  const second = await saveDraft(
    bojan,
    'border-story',
    realDraft('border-story', { title: 'Second' }),
    first,
  );
  minute();
  await publish(ana, 'border-story', second);
  return { first, second };
}

/** What the server answers for an index entry's file, thumbnail, and the file's .br and .gz copies. */
async function statuses(entry: { file: string; thumbnail: string }): Promise<number[]> {
  const paths = [entry.file, entry.thumbnail, `${entry.file}.br`, `${entry.file}.gz`];
  return Promise.all(
    paths.map(async (path) => {
      const answer = await fetch(new URL(path, newsroom.url));
      await answer.arrayBuffer();
      return answer.status;
    }),
  );
}

describe('what readers can get', { timeout: PUBLISHES_STORY_MS }, () => {
  it('only the files the index names: a publish that replaces a story takes the one before off the site', async () => {
    let before!: Awaited<ReturnType<typeof readerView>>;
    await twoPublished(async () => {
      before = await readerView(newsroom.url, 'border-story');
      expect(await statuses(before.entry!)).toEqual([200, 200, 200, 200]);
    });
    const after = await readerView(newsroom.url, 'border-story');
    expect(after.story!.meta.title).toBe('Second');
    expect(await statuses(after.entry!)).toEqual([200, 200, 200, 200]);
    // Still there for a page that read the index a moment before; gone once the grace period is over
    // (swept every minute, and at every publish).
    expect(await statuses(before.entry!)).toEqual([200, 200, 200, 200]);
    newsroom.clock.advance(GRACE_MS - 1);
    expect(newsroom.sweep()).toEqual([]);
    newsroom.clock.advance(1);
    // The map is the same, so is the thumbnail: still named, it stays; the story's file goes.
    expect(after.entry!.thumbnail).toBe(before.entry!.thumbnail);
    const file = before.entry!.file;
    expect(newsroom.sweep().sort()).toEqual([file, `${file}.br`, `${file}.gz`]);
    expect(await statuses(before.entry!)).toEqual([404, 200, 404, 404]);
    // The build's story is untouched.
    expect(await statuses((await readerView(newsroom.url, SHIPPED_SLUG)).entry!)).toEqual([
      200, 200, 200, 200,
    ]);
  });
});

describe('the sweep', { timeout: PUBLISHES_STORY_MS }, () => {
  it('leaves alone what the story writer did not write there: a folder, another file, a file of another name', async () => {
    const first = await saveDraft(bojan, 'border-story', realDraft('border-story', { title: 'First' }));
    await publish(ana, 'border-story', first);
    const folder = join(newsroom.siteDir, 'stories/border-story');
    mkdirSync(join(folder, 'oops'));
    writeFileSync(join(folder, 'README.txt'), 'an operator’s note');
    writeFileSync(join(folder, '0123456789abcdef.json.bak'), '{}');
    await unpublish(ana, 'border-story');
    newsroom.clock.advance(GRACE_MS);
    const removed = newsroom.sweep();
    expect(removed.length).toBeGreaterThan(0);
    expect(readdirSync(folder).sort()).toEqual(['0123456789abcdef.json.bak', 'README.txt', 'oops']);
  });

  it('writes again an index a failed publish left behind before it removes anything, and never what the index on disk names', async () => {
    const indexPath = join(newsroom.siteDir, 'stories/index.json');
    let older = '';
    await twoPublished(async () => {
      older = readFileSync(indexPath, 'utf8');
    });
    // As if writing the index had failed after the publish was committed: the older one is on disk.
    writeFileSync(indexPath, older);
    const olderFile = (JSON.parse(older) as IndexJson).stories.find((s) => s.slug === 'border-story')!.file;
    newsroom.clock.advance(GRACE_MS);
    newsroom.sweep();
    // The index readers get is the database's again, and every file it names is there.
    const reader = await readerView(newsroom.url, 'border-story');
    expect(reader.story!.meta.title).toBe('Second');
    expect(reader.entry!.file).not.toBe(olderFile);
    expect(await statuses(reader.entry!)).toEqual([200, 200, 200, 200]);
  });
});

// Each test publishes in process: see PUBLISHES_STORY_MS in tests/unit/helpers/budgets.ts.
describe('unpublishing', { timeout: PUBLISHES_STORY_MS }, () => {
  it('takes the story off the index and records when, so a reader at its slug is told; 200', async () => {
    await twoPublished();
    minute();
    const before = await readerView(newsroom.url, 'border-story');
    const answer = await unpublish(ana, 'border-story');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ revision: 5, at: '2026-12-07T09:04:00.000Z' });
    const after = await readerView(newsroom.url, 'border-story');
    expect(after.entry).toBeNull();
    expect(after.index.stories.map((s) => s.slug)).toEqual([SHIPPED_SLUG]);
    expect(after.index.withdrawn).toEqual([{ slug: 'border-story', at: '2026-12-07T09:04:00.000Z' }]);
    // A page that read the old index a moment ago still gets the file it names; ten minutes on, nothing
    // of it is served (a page that read the index before then re-reads it on the 404: withdrawn).
    expect(await statuses(before.entry!)).toEqual([200, 200, 200, 200]);
    newsroom.clock.advance(GRACE_MS);
    const removed = newsroom.sweep();
    expect(removed).toContain(before.entry!.file);
    expect(removed).toContain(before.entry!.thumbnail);
    expect(removed.every((path) => path.startsWith('stories/border-story/'))).toBe(true);
    expect(await statuses(before.entry!)).toEqual([404, 404, 404, 404]);
    const list = (await bojan.send('GET', '/api/stories')).body as { slug: string; state: string }[];
    expect(list.find((s) => s.slug === 'border-story')?.state).toBe('unpublished');
  });

  it('unpublishes the build’s own story too', async () => {
    const before = await readerView(newsroom.url, SHIPPED_SLUG);
    expect(await statuses(before.entry!)).toEqual([200, 200, 200, 200]);
    expect((await unpublish(ana, SHIPPED_SLUG)).status).toBe(200);
    newsroom.clock.advance(GRACE_MS);
    newsroom.sweep();
    expect(await statuses(before.entry!)).toEqual([404, 404, 404, 404]);
    const after = await readerView(newsroom.url, SHIPPED_SLUG);
    expect(after.index.stories).toEqual([]);
    expect(after.index.withdrawn).toEqual([{ slug: SHIPPED_SLUG, at: '2026-12-07T09:00:00.000Z' }]);
    const list = (await bojan.send('GET', '/api/stories')).body as { slug: string; state: string }[];
    expect(list).toEqual([
      expect.objectContaining({ slug: SHIPPED_SLUG, state: 'unpublished', updatedBy: 'Ana' }),
    ]);
  });

  it('403 for a reporter, 401 without a session, 409 for a story that is not published, 400 for a bad slug', async () => {
    await twoPublished();
    expect((await unpublish(bojan, 'border-story')).status).toBe(403);
    expect((await unpublish(newsroom.client(), 'border-story')).status).toBe(401);
    expect((await unpublish(ana, 'never-published')).status).toBe(409);
    expect((await unpublish(ana, 'Border_Story')).status).toBe(400);
    expect((await unpublish(ana, 'border-story')).status).toBe(200);
    const again = await unpublish(ana, 'border-story');
    expect(again.status).toBe(409);
    expect(Object.keys(again.body as object)).toEqual(['error']);
  });
});

// Each test publishes in process: see PUBLISHES_STORY_MS in tests/unit/helpers/budgets.ts.
describe('restoring a revision', { timeout: PUBLISHES_STORY_MS }, () => {
  it('makes an earlier published revision the published story again: the same file readers had', async () => {
    const { first } = await twoPublished();
    // Revision 2 is the publish of "First".
    minute();
    const answer = await restore(ana, 'border-story', first + 1);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ revision: 5, url: `${newsroom.origin}/#story=border-story` });
    const reader = await readerView(newsroom.url, 'border-story');
    expect(reader.story!.meta.title).toBe('First');
    // The very file the first publish wrote: a CDN that cached it serves it on.
    const revisions = newsroom.db
      .prepare("SELECT revision, file FROM publications WHERE slug = 'border-story' ORDER BY revision")
      .all() as { revision: number; file: string }[];
    expect(revisions.map((r) => r.revision)).toEqual([2, 4, 5]);
    expect(revisions[2]!.file).toBe(revisions[0]!.file);
    expect(reader.entry!.file).toBe(revisions[0]!.file);
  });

  it('brings back a story that was unpublished, its files written again once they had been taken off', async () => {
    await twoPublished();
    await unpublish(ana, 'border-story');
    newsroom.clock.advance(GRACE_MS);
    expect(newsroom.sweep().length).toBeGreaterThan(0);
    expect((await restore(ana, 'border-story', 4)).status).toBe(200);
    const reader = await readerView(newsroom.url, 'border-story');
    expect(reader.story!.meta.title).toBe('Second');
    expect(await statuses(reader.entry!)).toEqual([200, 200, 200, 200]);
    expect(reader.index.withdrawn).toEqual([]);
  });

  it('publishes an earlier saved draft, checked as a publish is', async () => {
    const { first } = await twoPublished();
    expect((await restore(ana, 'border-story', first)).status).toBe(200);
    expect((await readerView(newsroom.url, 'border-story')).story!.meta.title).toBe('First');
  });

  it('404 for a revision that does not exist or is another story’s; 409 for an unpublish; 403 for a reporter', async () => {
    await twoPublished();
    await saveDraft(ana, 'other-story', realDraft('other-story'));
    for (let n = 2; n <= 7; n++) await saveDraft(ana, 'other-story', realDraft('other-story'), n - 1);
    // other-story has revisions 1–7; border-story 1–4, then 5 (the unpublish below).
    expect((await restore(ana, 'border-story', 7)).status).toBe(404);
    expect((await restore(ana, 'border-story', 9)).status).toBe(404);
    expect((await restore(ana, 'no-such-story', 1)).status).toBe(404);
    const unpublished = await unpublish(ana, 'border-story');
    const n = (unpublished.body as { revision: number }).revision;
    const refused = await restore(ana, 'border-story', n);
    expect(refused.status).toBe(409);
    expect((refused.body as { error: string }).error).toContain('unpublish');
    expect((await restore(bojan, 'border-story', 2)).status).toBe(403);
    expect((await restore(newsroom.client(), 'border-story', 2)).status).toBe(401);
    for (const bad of ['0', '-1', 'two', '1e3', '99999999999999999999'])
      expect((await restore(ana, 'border-story', bad)).status, bad).toBe(400);
    // None of these changed what readers get.
    expect((await readerView(newsroom.url, 'border-story')).entry).toBeNull();
  });
});

// Each test publishes in process: see PUBLISHES_STORY_MS in tests/unit/helpers/budgets.ts.
describe('the revisions of a story', { timeout: PUBLISHES_STORY_MS }, () => {
  it('lists every save, publish, unpublish and restore, the latest first, to anyone signed in', async () => {
    await twoPublished();
    minute();
    await unpublish(ana, 'border-story');
    minute();
    await restore(ana, 'border-story', 2);
    const answer = await bojan.send('GET', '/api/stories/border-story/revisions');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      { revision: 6, action: 'restore', author: 'Ana', at: '2026-12-07T09:05:00.000Z' },
      { revision: 5, action: 'unpublish', author: 'Ana', at: '2026-12-07T09:04:00.000Z' },
      { revision: 4, action: 'publish', author: 'Ana', at: '2026-12-07T09:03:00.000Z' },
      { revision: 3, action: 'save', author: 'Bojan', at: '2026-12-07T09:02:00.000Z' },
      { revision: 2, action: 'publish', author: 'Ana', at: '2026-12-07T09:01:00.000Z' },
      { revision: 1, action: 'save', author: 'Bojan', at: '2026-12-07T09:00:00.000Z' },
    ]);
    expect((await newsroom.client().send('GET', '/api/stories/border-story/revisions')).status).toBe(401);
    expect((await ana.send('GET', '/api/stories/no-such-story/revisions')).status).toBe(404);
    expect((await ana.send('GET', `/api/stories/${SHIPPED_SLUG}/revisions`)).body).toEqual([]);
  });

  it('gives a revision’s draft to compare with the current one; 404 for an unpublish', async () => {
    await twoPublished();
    const second = await ana.send('GET', '/api/stories/border-story/revisions/3');
    expect(second.status).toBe(200);
    expect(second.body).toEqual(realDraft('border-story', { title: 'Second' }));
    // A publish holds the draft it published.
    expect((await ana.send('GET', '/api/stories/border-story/revisions/2')).body).toEqual(
      realDraft('border-story', { title: 'First' }),
    );
    await unpublish(ana, 'border-story');
    expect((await ana.send('GET', '/api/stories/border-story/revisions/5')).status).toBe(404);
    expect((await ana.send('GET', '/api/stories/border-story/revisions/9')).status).toBe(404);
  });

  it('records who did what, when, to which revision, in the audit log', async () => {
    await twoPublished();
    await unpublish(ana, 'border-story');
    await restore(ana, 'border-story', 2);
    const rows = newsroom.db
      .prepare(
        "SELECT actor, action, slug, revision, detail FROM audit WHERE slug = 'border-story' ORDER BY id",
      )
      .all();
    expect(rows).toEqual([
      { actor: 'Bojan', action: 'save', slug: 'border-story', revision: 1, detail: null },
      { actor: 'Ana', action: 'publish', slug: 'border-story', revision: 2, detail: 'draft revision 1' },
      { actor: 'Bojan', action: 'save', slug: 'border-story', revision: 3, detail: null },
      { actor: 'Ana', action: 'publish', slug: 'border-story', revision: 4, detail: 'draft revision 3' },
      { actor: 'Ana', action: 'unpublish', slug: 'border-story', revision: 5, detail: null },
      { actor: 'Ana', action: 'restore', slug: 'border-story', revision: 6, detail: 'revision 2' },
    ]);
    expect(newsroom.db.prepare("SELECT count(*) AS n FROM audit WHERE action = 'sign-in'").get()).toEqual({
      n: 2,
    });
  });
});
