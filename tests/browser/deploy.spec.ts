// The production setup, run for real: Debian's caddy (`npm test` installs it) serving the built dist/
// with deploy/Caddyfile as generated from deploy/headers.ts. Checks the headers a newsroom's server
// must send (CSP, framing, caching, compression, revalidation), and that the app runs under them.
// The container (deploy/Dockerfile) wraps the same Caddyfile; no container engine here to run it.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { caddyfile, CACHE, TILE_CONTENT_TYPE } from '../../deploy/headers';
import { SituationViewer } from './driver';
import { scaled } from './timing';

const DIST = resolve(import.meta.dirname, '../../dist');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

let caddy: ChildProcess;
let origin: string;

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const config = join(mkdtempSync(join(tmpdir(), 'caddy-')), 'Caddyfile');
  writeFileSync(config, caddyfile(DIST, `http://127.0.0.1:${port}`));
  caddy = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HOME: tmpdir(), XDG_DATA_HOME: tmpdir(), XDG_CONFIG_HOME: tmpdir() },
  });
  // Ready when Caddy says its server is running (it logs JSON lines on stderr).
  await new Promise<void>((ready, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`caddy did not start:\n${log}`)), scaled(20_000));
    caddy.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (/serving initial configuration/.test(log)) {
        clearTimeout(timer);
        ready();
      }
    });
    caddy.on('error', (error) =>
      fail(new Error(`caddy could not run (${error.message}): install Debian's caddy`)),
    );
    caddy.on('exit', (code) => fail(new Error(`caddy exited (${code}):\n${log}`)));
  });
});

test.afterAll(() => {
  caddy?.kill();
});

test('Caddy serves the app with the CSP, framing, caching and compression headers', async ({ request }) => {
  // MapLibre's chunk: a hashed asset, large enough to be compressed.
  const entry = readdirSync(join(DIST, 'assets')).find((f) => /^maplibre-[\w-]+\.js$/.test(f))!;

  const page = await request.get(`${origin}/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(page.status()).toBe(200);
  const h = page.headers();
  expect(h['content-security-policy']).toMatch(
    /^default-src 'self'; script-src 'self';.*frame-ancestors 'none'$/,
  );
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['cache-control']).toBe(CACHE.revalidate);
  expect(h['content-encoding']).toBe('br');
  expect(await page.text()).toContain('<div id="root">');

  const embed = await request.get(`${origin}/embed.html`);
  expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
  expect(embed.headers()['x-frame-options']).toBeUndefined();

  const asset = await request.get(`${origin}/assets/${entry}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe(CACHE.immutable);
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['content-type']).toMatch(/javascript/);

  const data = await request.get(`${origin}/data/border.geojson`, { headers: { 'Accept-Encoding': 'br' } });
  expect(data.headers()['cache-control']).toBe(CACHE.revalidate);
  expect(data.headers()['content-encoding']).toBe('br');
  // Revalidation answers 304 when nothing changed.
  const etag = data.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get(`${origin}/data/border.geojson`, {
    headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag },
  });
  expect(again.status()).toBe(304);
});

test('Caddy serves a story file as immutable, and the index of stories revalidated with an ETag', async ({
  request,
}) => {
  const index = await request.get(`${origin}/stories/index.json`);
  expect(index.status()).toBe(200);
  expect(index.headers()['cache-control']).toBe(CACHE.revalidate);
  const etag = index.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get(`${origin}/stories/index.json`, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  const { stories } = (await index.json()) as { stories: { file: string; thumbnail: string }[] };
  for (const path of [stories[0].file, stories[0].thumbnail]) {
    const file = await request.get(`${origin}/${path}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(file.status(), path).toBe(200);
    expect(file.headers()['cache-control'], path).toBe(CACHE.immutable);
  }
  const story = await request.get(`${origin}/${stories[0].file}`, { headers: { 'Accept-Encoding': 'br' } });
  expect(story.headers()['content-encoding']).toBe('br');
  expect(story.headers()['content-type']).toMatch(/json/);
});

test('Caddy sends a base-map tile as the stored gzip file: no Content-Encoding of its own, cached a day', async ({
  request,
}) => {
  const tile = `/basemap/north/14/9134/6006.pbf`;
  const stored = readFileSync(join(DIST, tile));
  expect([stored[0], stored[1]]).toEqual([0x1f, 0x8b]);
  // The build writes no compressed copy beside a tile (Caddy's `precompressed` would send it encoded).
  expect(existsSync(join(DIST, `${tile}.gz`)) || existsSync(join(DIST, `${tile}.br`))).toBe(false);
  const response = await request.get(`${origin}${tile}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBeUndefined();
  expect(response.headers()['content-type']).toBe(TILE_CONTENT_TYPE);
  expect(response.headers()['cache-control']).toBe(CACHE.tiles);
  expect(Buffer.compare(await response.body(), stored)).toBe(0);
});

test('the viewer runs under those headers: the map is drawn, nothing is refused', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused/.test(m.text()) && refused.push(m.text()));
  page.on('pageerror', (e) => refused.push(e.message));
  await new SituationViewer(page).given.viewer('', { origin });
  expect(refused).toEqual([]);
});
