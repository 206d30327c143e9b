// Drafts on the server: GET /api/stories, GET and PUT /api/stories/<slug>/draft, against the real
// server and database (tests/server/helpers/newsroom.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { testNewsroom, type Client, type TestNewsroom } from './helpers/newsroom';
import { draftBody } from './helpers/drafts';
import { join } from 'node:path';
import { bundleFilesIn, readBundle, STORIES_DIR } from '../../scripts/story/bundle';
import { bundleHash } from '../../src/state/desk/draft';

let newsroom: TestNewsroom;
let ana: Client; // an editor
let bojan: Client; // a reporter
beforeEach(async () => {
  newsroom = await testNewsroom();
  await newsroom.addUser('Ana', 'editor');
  await newsroom.addUser('Bojan', 'reporter');
  ana = newsroom.client();
  bojan = newsroom.client();
  await ana.signIn('Ana');
  await bojan.signIn('Bojan');
});
afterEach(() => newsroom.stop());

const put = (client: Client, slug: string, body: unknown, ifMatch?: string) =>
  client.send('PUT', `/api/stories/${slug}/draft`, {
    json: body,
    headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  });

describe('saving a draft', () => {
  it('creates it (201, ETag "1"), reads it back (200, same ETag), saves over it with If-Match (200, ETag "2")', async () => {
    const created = await put(bojan, 'border-report', draftBody('border-report'));
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    const read = await ana.send('GET', '/api/stories/border-report/draft');
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toEqual(draftBody('border-report'));
    const saved = await put(bojan, 'border-report', draftBody('border-report', { changes: 1 }), '"1"');
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect((await ana.send('GET', '/api/stories/border-report/draft')).body).toEqual(
      draftBody('border-report', { changes: 1 }),
    );
  });

  it('lets a colleague continue the draft with its revision, and lists who saved last', async () => {
    await put(bojan, 'border-report', draftBody('border-report', { title: 'Troops at the border' }));
    newsroom.clock.advance(60_000);
    const continued = draftBody('border-report', { title: 'Troops at the border', changes: 2 });
    expect((await put(ana, 'border-report', continued, '"1"')).status).toBe(200);
    const list = await bojan.send('GET', '/api/stories');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      {
        slug: 'border-report',
        title: 'Troops at the border',
        state: 'draft',
        revision: 2,
        updatedBy: 'Ana',
        updatedAt: '2026-12-07T09:01:00.000Z',
      },
    ]);
  });

  it('refuses a save over a newer revision: 409 with who saved it and when', async () => {
    await put(ana, 'border-report', draftBody('border-report'));
    newsroom.clock.advance(5 * 60_000);
    await put(bojan, 'border-report', draftBody('border-report', { changes: 1 }), '"1"');
    const stale = await put(ana, 'border-report', draftBody('border-report', { changes: 2 }), '"1"');
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      error: 'Bojan saved a newer draft at 2026-12-07T09:05:00.000Z.',
      revision: 2,
      updatedBy: 'Bojan',
      updatedAt: '2026-12-07T09:05:00.000Z',
    });
    // "Keep my draft": saved over the newer one, by its revision; the colleague's stays in the history.
    expect((await put(ana, 'border-report', draftBody('border-report', { changes: 2 }), '"2"')).status).toBe(
      200,
    );
    const revisions = newsroom.db
      .prepare(
        "SELECT revision, action, author, replaced FROM revisions WHERE slug = 'border-report' ORDER BY revision",
      )
      .all();
    expect(revisions).toEqual([
      { revision: 1, action: 'save', author: 'Ana', replaced: null },
      { revision: 2, action: 'save', author: 'Bojan', replaced: 1 },
      { revision: 3, action: 'save', author: 'Ana', replaced: 2 },
    ]);
    expect(newsroom.db.prepare("SELECT count(*) AS n FROM audit WHERE action = 'save'").get()).toEqual({
      n: 3,
    });
  });

  it('answers 409 with no revision to a save over a draft that does not exist', async () => {
    const none = await put(ana, 'border-report', draftBody('border-report'), '"1"');
    expect(none.status).toBe(409);
    expect(none.body).toEqual({
      error: 'There is no draft of this story to save over.',
      revision: null,
      updatedBy: null,
      updatedAt: null,
    });
  });

  it('answers 428 to a save without If-Match when a draft exists', async () => {
    await put(ana, 'border-report', draftBody('border-report'));
    const again = await put(ana, 'border-report', draftBody('border-report', { changes: 1 }));
    expect(again.status).toBe(428);
    expect(Object.keys(again.body as object)).toEqual(['error']);
  });

  it('answers 409 to a new story whose slug is a colleague’s new story', async () => {
    await put(ana, 'border-report', draftBody('border-report'));
    const taken = await put(bojan, 'border-report', draftBody('border-report', { title: 'Another story' }));
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ startedBy: 'Ana' });
    expect((taken.body as { error: string }).error).toContain('Ana');
  });

  it('answers 409 to a draft of a story of stories/ that did not start from it, and takes one that did', async () => {
    const slug = 'liberation-2023-09-29';
    const notFromIt = await put(bojan, slug, draftBody(slug, { base: 'some-other-bundle' }));
    expect(notFromIt.status).toBe(409);
    expect((notFromIt.body as { error: string }).error).toContain(`stories/${slug}`);
    const base = bundleHash(readBundle(slug));
    const fromIt = await put(bojan, slug, draftBody(slug, { base }));
    expect(fromIt.status).toBe(201);
    const list = (await bojan.send('GET', '/api/stories')).body as { slug: string; state: string }[];
    expect(list.find((s) => s.slug === slug)?.state).toBe('published-with-draft');
  });

  it('answers If-None-Match with 304 while the draft is that revision', async () => {
    await put(ana, 'border-report', draftBody('border-report'));
    const unchanged = await bojan.send('GET', '/api/stories/border-report/draft', {
      headers: { 'if-none-match': '"1"' },
    });
    expect(unchanged.status).toBe(304);
    await put(ana, 'border-report', draftBody('border-report', { changes: 1 }), '"1"');
    const changed = await bojan.send('GET', '/api/stories/border-report/draft', {
      headers: { 'if-none-match': '"1"' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
  });

  it('answers 404 for a story without a draft', async () => {
    const none = await ana.send('GET', '/api/stories/no-such-story/draft');
    expect(none.status).toBe(404);
    expect(Object.keys(none.body as object)).toEqual(['error']);
  });
});

describe('the files a draft is saved with: GET /api/stories/<slug>/bundle', () => {
  it('gives a story of stories/ its files, from which a first save is taken', async () => {
    const slug = 'liberation-2023-09-29';
    const files = await bojan.send('GET', `/api/stories/${slug}/bundle`);
    expect(files.status).toBe(200);
    expect(files.body).toEqual(bundleFilesIn(join(STORIES_DIR, slug)));
    expect(Object.keys(files.body as object)).toContain('story.json');
    // The desk's draft of it starts from those files (its base), and is saved with them.
    const base = bundleHash(readBundle(slug));
    const review = draftBody(slug, { base }).review;
    const saved = await put(bojan, slug, { bundle: files.body, review });
    expect(saved.status).toBe(201);
    expect((await ana.send('GET', `/api/stories/${slug}/draft`)).body).toEqual({
      bundle: files.body,
      review,
    });
  });

  it('gives a story with a draft in the newsroom the files of its draft', async () => {
    const body = draftBody('border-report', { title: 'Troops at the border' });
    await put(bojan, 'border-report', body);
    const files = await ana.send('GET', '/api/stories/border-report/bundle');
    expect(files.status).toBe(200);
    expect(files.body).toEqual(body.bundle);
  });

  it('404 for a story neither the newsroom nor stories/ has, 401 without a session, 400 for a slug that is not an id', async () => {
    const none = await ana.send('GET', '/api/stories/no-such-story/bundle');
    expect(none.status).toBe(404);
    expect(none.body).toEqual({ error: expect.stringContaining('no-such-story') });
    expect((await newsroom.client().send('GET', '/api/stories/liberation-2023-09-29/bundle')).status).toBe(
      401,
    );
    expect((await ana.send('GET', '/api/stories/Border_Report/bundle')).status).toBe(400);
  });
});

describe('what the drafts API refuses', () => {
  it('401 without a session, for every route', async () => {
    const stranger = newsroom.client();
    expect((await stranger.send('GET', '/api/stories')).status).toBe(401);
    expect((await stranger.send('GET', '/api/stories/border-report/draft')).status).toBe(401);
    expect((await put(stranger, 'border-report', draftBody('border-report'))).status).toBe(401);
  });

  it('400 for a slug that is not an id, named', async () => {
    for (const slug of ['Border_Report', '..%2F..%2Fdata', 'a'.repeat(81), '%0d%0aSet-Cookie:%20x=1']) {
      const read = await ana.send('GET', `/api/stories/${slug}/draft`);
      expect(read.status, slug).toBe(400);
      expect(read.body, slug).toEqual({ error: expect.stringContaining('not a story’s slug') });
    }
    expect((await put(ana, 'Border_Report', draftBody('Border_Report'))).status).toBe(400);
    // Paths fetch (and a URL) would have normalised, sent as they are.
    for (const slug of ['..', '%2e%2e', '.']) {
      const status = await new Promise<number>((resolve, reject) =>
        request(
          {
            host: '127.0.0.1',
            port: new URL(newsroom.url).port,
            path: `/api/stories/${slug}/draft`,
            headers: { cookie: `sv_session=${ana.jar.get('sv_session')}` },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
          },
        )
          .on('error', reject)
          .end(),
      );
      expect(status, slug).toBe(400);
    }
  });

  it('400 naming the field of a body that is not a draft', async () => {
    const cases: [unknown, string][] = [
      [{ review: draftBody('x').review }, 'bundle'],
      [{ ...draftBody('x'), bundle: { 'story.json': '{}', 'evil.sh': 'rm -rf /' } }, 'bundle'],
      [{ ...draftBody('x'), bundle: { 'story.json': 7 } }, 'bundle.story.json'],
      [{ ...draftBody('x'), bundle: { 'article.txt': 'text' } }, 'bundle.story.json'],
      [
        { ...draftBody('x'), review: { ...draftBody('x').review, items: [{ key: 'l0' }] } },
        'review.items.0.link',
      ],
      [{ ...draftBody('x'), review: { ...draftBody('x').review, nextKey: -1 } }, 'review.nextKey'],
      [draftBody('y'), 'review.slug'],
    ];
    for (const [body, field] of cases) {
      const answer = await put(ana, 'x', body);
      expect(answer.status, field).toBe(400);
      expect((answer.body as { field: string }).field, field).toBe(field);
      expect((answer.body as { error: string }).error.startsWith(`${field}: `), field).toBe(true);
    }
  });

  it('400 for a body that is not JSON, 415 for one that is not sent as JSON', async () => {
    const broken = await ana.send('PUT', '/api/stories/x/draft', {
      body: '{"bundle": {',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(Object.keys(broken.body as object)).toEqual(['error']);
    const asText = await ana.send('PUT', '/api/stories/x/draft', {
      body: JSON.stringify(draftBody('x')),
      headers: { 'content-type': 'text/plain' },
    });
    expect(asText.status).toBe(415);
    const asForm = await ana.send('POST', '/api/session', {
      body: 'name=Ana&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(asForm.status).toBe(415);
    const poisoned = await ana.send('PUT', '/api/stories/x/draft', {
      body: '{"__proto__": {"admin": true}, "bundle": {}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(poisoned.status).toBe(400);
  });

  it('413 for a body over 5 MB', async () => {
    const body = draftBody('x');
    body.bundle['article.txt'] = 'x'.repeat(6 * 1024 * 1024);
    const answer = await put(ana, 'x', body);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: expect.stringContaining('5 MB') });
  });

  it('400 for an If-Match that is not a revision', async () => {
    await put(ana, 'x', draftBody('x'));
    for (const tag of ['1', 'W/"1"', '"one"', '*'])
      expect((await put(ana, 'x', draftBody('x'), tag)).status, tag).toBe(400);
  });

  it('403 for a POST, PUT or DELETE whose Origin is not the public origin, before anything else', async () => {
    for (const origin of ['http://evil.example', 'null', `${newsroom.origin}.evil.example`, null]) {
      const saved = await ana.send('PUT', '/api/stories/x/draft', { json: draftBody('x'), origin });
      expect(saved.status, String(origin)).toBe(403);
      expect((saved.body as { error: string }).error).toContain(`its Origin is not ${newsroom.origin}`);
      expect((await ana.send('DELETE', '/api/session', { origin })).status).toBe(403);
      expect(
        (
          await newsroom
            .client()
            .send('POST', '/api/session', { json: { name: 'Ana', password: 'x' }, origin })
        ).status,
      ).toBe(403);
    }
    // Nothing was saved, and the session was not ended.
    expect((await ana.send('GET', '/api/stories')).body).toEqual([]);
  });

  it('403 too for a path that spells /api with an escaped letter (the router decodes it; the check must as well)', async () => {
    // The security review's finding: /%61pi/… reached the API's routes without the Origin check.
    const origin = 'http://evil.example';
    for (const prefix of ['/%61pi', '/ap%69', '/%61%70%69']) {
      const saved = await ana.send('PUT', `${prefix}/stories/x/draft`, { json: draftBody('x'), origin });
      expect(saved.status, prefix).toBe(403);
      expect((await ana.send('DELETE', `${prefix}/session`, { origin })).status, prefix).toBe(403);
      const read = await ana.send('GET', `${prefix}/session`);
      expect(read.headers.get('cache-control'), prefix).toBe('no-store');
    }
    expect((await ana.send('GET', '/api/stories')).body).toEqual([]);
    expect((await ana.send('GET', '/api/session')).status).toBe(200);
  });

  it('a URL the router cannot read is a 400 in JSON with the API’s headers, not Fastify’s own answer', async () => {
    const answer = await ana.send('GET', '/api/%ZZ');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.any(String) });
    expect(JSON.stringify(answer.body)).not.toContain('%ZZ');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toBeTruthy();
  });
});
