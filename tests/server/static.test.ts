// The built viewer served by the newsroom server with the static deploy's headers (deploy/headers.ts),
// and those headers on the API's answers too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { headersFor } from '../../deploy/headers';
import { testNewsroom, type TestNewsroom } from './helpers/newsroom';

let newsroom: TestNewsroom;
beforeAll(async () => {
  newsroom = await testNewsroom();
});
afterAll(() => newsroom.stop());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, newsroom.url), { headers, redirect: 'manual' });

/** A request as a browser's HTTP cache makes it, with no header added, and the bytes as sent. */
function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Headers; body: Buffer }>((resolve, reject) =>
    request({ host: '127.0.0.1', port: new URL(newsroom.url).port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        resolve({ status: res.statusCode!, headers: h, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end(),
  );
}

function expectHeadersOf(response: { headers: Headers }, expected: Record<string, string>) {
  for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), name).toBe(value);
}

describe('the built viewer', () => {
  it('is served at / with every header of the static deploy', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Situation Viewer</title>');
    expectHeadersOf(page, headersFor('/'));
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('sends embed.html a frame-ancestors that lets other sites frame it, and no X-Frame-Options', async () => {
    const embed = await get('/embed.html');
    expectHeadersOf(embed, headersFor('/embed.html'));
    expect(embed.headers.get('x-frame-options')).toBeNull();
  });

  it('serves hashed assets as immutable, their gzip copy to a browser that takes gzip, and 304 on revalidation', async () => {
    const asset = await raw('/assets/app-0123abcd.js', { 'accept-encoding': 'gzip, br' });
    expect(asset.status).toBe(200);
    expectHeadersOf(asset, headersFor('/assets/app-0123abcd.js'));
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(asset.body).toString()).toContain('console.log');
    // A browser revalidating (fetch would add Cache-Control: no-cache, which forbids a 304).
    const page = await raw('/');
    const again = await raw('/', { 'if-none-match': page.headers.get('etag')! });
    expect(again.status).toBe(304);
    expectHeadersOf(again, headersFor('/'));
  });

  it('answers a missing file 404 and never serves a dotfile', async () => {
    expect((await get('/no-such-file.js')).status).toBe(404);
    expect((await get('/.env')).status).toBeGreaterThanOrEqual(403);
  });

  it('never lets a cache keep an error: a 404 under /stories/ or /assets/ is not immutable', async () => {
    for (const path of ['/stories/no-story/0000000000000000.json', '/assets/no-such-chunk.js']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('the API’s answers', () => {
  it('carry the same security headers, and are never stored by a cache', async () => {
    const answer = await get('/api/session');
    expect(answer.status).toBe(401);
    const security = Object.entries(headersFor('/api/session')).filter(([name]) => name !== 'Cache-Control');
    expectHeadersOf(answer, Object.fromEntries(security));
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answer an unknown API route 404 in JSON', async () => {
    const answer = await get('/api/no-such-route');
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: 'There is no such API route.' });
  });
});
