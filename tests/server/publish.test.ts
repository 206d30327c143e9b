// Publish from the browser (issue 41): POST /api/stories/<slug>/publish against the real server and
// database; readers get the story's files at once, as a signed-out browser fetches them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { testNewsroom, type Client, type TestNewsroom } from './helpers/newsroom';
import {
  fixtureDistWithStories,
  publish,
  readerView,
  realBundle,
  realDraft,
  saveDraft,
  sha16,
  SHIPPED_SLUG,
  type IndexJson,
} from './helpers/stories';
import { CACHE } from '../../deploy/headers';
import { PUBLISHES_STORY_MS } from '../unit/helpers/budgets';

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

const siteIndex = () =>
  JSON.parse(readFileSync(join(newsroom.siteDir, 'stories/index.json'), 'utf8')) as IndexJson;

// Each test publishes in process: see PUBLISHES_STORY_MS in tests/unit/helpers/budgets.ts.
describe('publishing a draft', { timeout: PUBLISHES_STORY_MS }, () => {
  it('an editor publishes the current draft: 200 { revision, url }, and readers get its files at once', async () => {
    const revision = await saveDraft(bojan, 'border-story', realDraft('border-story', { title: 'Troops' }));
    const published = await publish(ana, 'border-story', revision);
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ revision: 2, url: `${newsroom.origin}/#story=border-story` });

    const reader = await readerView(newsroom.url, 'border-story');
    expect(reader.entry).toMatchObject({ slug: 'border-story', title: 'Troops', listed: true });
    expect(reader.fileStatus).toBe(200);
    expect(reader.story!.meta.title).toBe('Troops');
    // The file's name is the hash of its bytes; the thumbnail is there too.
    expect(reader.entry!.file).toBe(`stories/border-story/${sha16(reader.fileBytes!)}.json`);
    expect(reader.thumbnailStatus).toBe(200);
    // The build's story is still there beside it.
    expect(reader.index.stories.map((s) => s.slug)).toEqual(['border-story', SHIPPED_SLUG]);
  });

  it('serves the story file immutable and the index revalidated, with an ETag that changes with it', async () => {
    const before = await fetch(new URL('stories/index.json', newsroom.url));
    expect(before.headers.get('cache-control')).toBe(CACHE.revalidate);
    const etag = before.headers.get('etag')!;
    expect(etag).toBeTruthy();
    await before.arrayBuffer();
    const again = await fetch(new URL('stories/index.json', newsroom.url), {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);

    await publish(ana, 'border-story', await saveDraft(ana, 'border-story', realDraft('border-story')));
    const after = await fetch(new URL('stories/index.json', newsroom.url), {
      headers: { 'if-none-match': etag },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const index = (await after.json()) as IndexJson;
    const file = await fetch(new URL(index.stories[0]!.file, newsroom.url), {
      headers: { 'accept-encoding': 'br' },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe(CACHE.immutable);
    expect(file.headers.get('content-type')).toMatch(/^application\/json/);
    expect(file.headers.get('content-encoding')).toBe('br');
    // Read to the end: a response left unread keeps its connection busy, and the server's stop
    // waits for it (the afterEach hook timed out on it once under load).
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('lists published stories with their state: published, then published-with-draft once saved again', async () => {
    const first = await saveDraft(bojan, 'border-story', realDraft('border-story', { title: 'Troops' }));
    newsroom.clock.advance(60_000);
    await publish(ana, 'border-story', first);
    const list = async () =>
      (await bojan.send('GET', '/api/stories')).body as {
        slug: string;
        state: string;
        revision: number | null;
        updatedBy: string | null;
        updatedAt: string | null;
      }[];
    expect(await list()).toEqual([
      {
        slug: 'border-story',
        title: 'Troops',
        state: 'published',
        revision: 1,
        updatedBy: 'Ana',
        updatedAt: '2026-12-07T09:01:00.000Z',
      },
      // The build's story, which the newsroom has not changed.
      {
        slug: SHIPPED_SLUG,
        title: expect.stringContaining('Serbian troops'),
        state: 'published',
        revision: null,
        updatedBy: null,
        updatedAt: null,
      },
    ]);
    newsroom.clock.advance(60_000);
    await saveDraft(bojan, 'border-story', realDraft('border-story', { title: 'Troops again' }), first);
    expect((await list())[0]).toMatchObject({
      slug: 'border-story',
      state: 'published-with-draft',
      revision: 3,
      updatedBy: 'Bojan',
    });
  });

  it('keeps the draft as it was: publishing changes neither the draft nor its ETag', async () => {
    const revision = await saveDraft(bojan, 'border-story', realDraft('border-story'));
    await publish(ana, 'border-story', revision);
    const draft = await bojan.send('GET', '/api/stories/border-story/draft');
    expect(draft.status).toBe(200);
    expect(draft.headers.get('etag')).toBe(`"${revision}"`);
    expect(draft.body).toEqual(realDraft('border-story'));
    // The reporter goes on saving over the revision they had.
    expect(
      await saveDraft(bojan, 'border-story', realDraft('border-story', { title: 'Later' }), revision),
    ).toBe(3);
  });

  it('publishes what the editor decided: a rejected link is not in the story readers get', async () => {
    const body = realDraft('border-story');
    const rejected = body.review.items[0]!;
    rejected.state = 'rejected';
    await publish(ana, 'border-story', await saveDraft(ana, 'border-story', body));
    const reader = await readerView(newsroom.url, 'border-story');
    const links = (reader.story as unknown as { links: { phrase: string; featureId: string }[] }).links;
    expect(links.length).toBe(body.review.items.length - 1);
    expect(links).not.toContainEqual(
      expect.objectContaining({ phrase: rejected.link.phrase, featureId: rejected.link.featureId }),
    );
  });

  it('publishes a draft of the build’s story over the build’s file', async () => {
    const build = await readerView(newsroom.url, SHIPPED_SLUG);
    const shipped = realDraft(SHIPPED_SLUG);
    shipped.review.items[0]!.state = 'rejected';
    await publish(ana, SHIPPED_SLUG, await saveDraft(ana, SHIPPED_SLUG, shipped));
    const reader = await readerView(newsroom.url, SHIPPED_SLUG);
    expect(reader.entry!.file).not.toBe(build.entry!.file);
    const links = (story: unknown) => (story as { links: unknown[] }).links.length;
    expect(links(reader.story)).toBe(links(build.story) - 1);
    expect(reader.index.stories.map((s) => s.slug)).toEqual([SHIPPED_SLUG]);
  });
});

// Each test publishes in process: see PUBLISHES_STORY_MS in tests/unit/helpers/budgets.ts.
describe('what publishing refuses', { timeout: PUBLISHES_STORY_MS }, () => {
  it('401 without a session, 403 for a reporter, before anything is written', async () => {
    const revision = await saveDraft(bojan, 'border-story', realDraft('border-story'));
    const index = readFileSync(join(newsroom.siteDir, 'stories/index.json'), 'utf8');
    const stranger = newsroom.client();
    expect((await publish(stranger, 'border-story', revision)).status).toBe(401);
    const refused = await publish(bojan, 'border-story', revision);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: 'A reporter cannot publish.' });
    expect(readFileSync(join(newsroom.siteDir, 'stories/index.json'), 'utf8')).toBe(index);
    expect(existsSync(join(newsroom.siteDir, 'stories/border-story'))).toBe(false);
  });

  it('409 when the draft is no longer the revision named by If-Match, with who saved the newer one', async () => {
    const first = await saveDraft(ana, 'border-story', realDraft('border-story'));
    newsroom.clock.advance(5 * 60_000);
    await saveDraft(bojan, 'border-story', realDraft('border-story', { title: 'Newer' }), first);
    const stale = await publish(ana, 'border-story', first);
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      error: 'Bojan saved a newer draft at 2026-12-07T09:05:00.000Z.',
      revision: 2,
      updatedBy: 'Bojan',
      updatedAt: '2026-12-07T09:05:00.000Z',
    });
    expect(siteIndex().stories.map((s) => s.slug)).toEqual([SHIPPED_SLUG]);
  });

  it('404 when there is no draft to publish; 409 when If-Match names one that does not exist', async () => {
    const none = await publish(ana, 'no-such-story');
    expect(none.status).toBe(404);
    expect(Object.keys(none.body as object)).toEqual(['error']);
    expect((await publish(ana, 'no-such-story', 1)).status).toBe(409);
  });

  it('422 with parseBundle’s words for a bundle the build would refuse; nothing reaches readers', async () => {
    const bundle = realBundle();
    bundle['article.txt'] = 'An article that no longer says what its links quote.\n';
    const revision = await saveDraft(
      ana,
      'border-story',
      realDraft('border-story', { bundle: realBundle() }),
    );
    const broken = { ...realDraft('border-story'), bundle };
    const saved = await saveDraft(ana, 'border-story', broken, revision);
    const refused = await publish(ana, 'border-story', saved);
    expect(refused.status).toBe(422);
    const body = refused.body as { error: string; problems: string[] };
    expect(body.error).toMatch(/^The story cannot be published: /);
    expect(body.problems.length).toBeGreaterThan(0);
    // parseBundle's own words, naming the file.
    expect(body.problems.join('\n')).toContain('article.txt');
    expect(siteIndex().stories.map((s) => s.slug)).toEqual([SHIPPED_SLUG]);
    expect(existsSync(join(newsroom.siteDir, 'stories/border-story'))).toBe(false);
  });

  it('422 for a review made over another version of the bundle', async () => {
    const body = realDraft('border-story');
    body.review.base = 'some-other-bundle';
    const refused = await publish(ana, 'border-story', await saveDraft(ana, 'border-story', body));
    expect(refused.status).toBe(422);
    expect((refused.body as { error: string }).error).toContain('another version of the bundle');
  });

  it('400 for a slug that is not an id, or an If-Match that is not a revision; 403 from another origin', async () => {
    expect((await ana.send('POST', '/api/stories/..%2Fdata/publish')).status).toBe(400);
    await saveDraft(ana, 'border-story', realDraft('border-story'));
    for (const tag of ['1', 'W/"1"', '*'])
      expect(
        (await ana.send('POST', '/api/stories/border-story/publish', { headers: { 'if-match': tag } }))
          .status,
        tag,
      ).toBe(400);
    const foreign = await ana.send('POST', '/api/stories/border-story/publish', {
      origin: 'http://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(siteIndex().stories.map((s) => s.slug)).toEqual([SHIPPED_SLUG]);
  });

  it('publishes HTML in a title as text, in JSON served with nosniff; refuses a layer named by a path', async () => {
    const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await publish(
      ana,
      'border-story',
      await saveDraft(ana, 'border-story', realDraft('border-story', { title })),
    );
    const reader = await readerView(newsroom.url, 'border-story');
    expect(reader.story!.meta.title).toBe(title);
    const answer = await fetch(new URL(reader.entry!.file, newsroom.url));
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);

    const bundle = realBundle();
    const meta = JSON.parse(bundle['story.json']!) as { layers: { id: string }[] };
    meta.layers[0]!.id = '../../../etc/passwd';
    bundle['story.json'] = JSON.stringify(meta);
    const pathy = await saveDraft(ana, 'path-story', { ...realDraft('path-story'), bundle });
    const refused = await publish(ana, 'path-story', pathy);
    expect(refused.status).toBe(422);
    expect(existsSync(join(newsroom.siteDir, 'stories/path-story'))).toBe(false);
    expect(readdirSync(join(newsroom.siteDir, 'stories')).sort()).toEqual([
      'border-story',
      'index.json',
      SHIPPED_SLUG,
    ]);
  });
});
