// The headers are defined once (deploy/headers.ts); the committed Caddyfile is what it generates, and
// each path class gets the headers the issue asks for.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { precompress } from '../../scripts/build/siteFiles';
import { caddyfile, CACHE, headersFile, headersFor, headerRules } from '../../deploy/headers';

describe('deployment headers', () => {
  it('the committed deploy/Caddyfile is the one deploy/headers.ts generates (npm run deploy:caddyfile)', () => {
    expect(readFileSync(resolve(import.meta.dirname, '../../deploy/Caddyfile'), 'utf8')).toBe(caddyfile());
  });

  it('hashed assets are immutable; HTML and data are revalidated', () => {
    expect(headersFor('/assets/index-abc123.js')['Cache-Control']).toBe(CACHE.immutable);
    for (const path of [
      '/',
      '/index.html',
      '/embed.html',
      '/data/border.geojson',
      '/geoparse/gazetteer.json',
    ])
      expect(headersFor(path)['Cache-Control'], path).toBe('no-cache');
  });

  it('a story file and its thumbnail are immutable; the index of stories is revalidated (no-cache, and an ETag)', () => {
    for (const path of [
      '/stories/liberation-2023-09-29/4fabc50968e5f991.json',
      '/stories/x/0123456789abcdef.svg',
    ])
      expect(headersFor(path)['Cache-Control'], path).toBe(CACHE.immutable);
    expect(headersFor('/stories/index.json')['Cache-Control']).toBe(CACHE.revalidate);
    const file = headersFile();
    expect(file).toContain(`/stories/*\n  Cache-Control: ${CACHE.immutable}`);
    expect(file).toContain(`/stories/index.json\n  Cache-Control: ${CACHE.revalidate}`);
    // Each path class of the Caddyfile gets exactly its headers.
    expect(caddyfile()).toMatch(
      /@stories \{\n\t\tpath \/stories\/\*\n\t\tnot path \/stories\/index\.json\n\t\}/,
    );
    expect(caddyfile()).toContain(`header @stories Cache-Control "${CACHE.immutable}"`);
    expect(caddyfile()).toContain(`header @stories-index Cache-Control "${CACHE.revalidate}"`);
  });

  it('the build leaves the index of stories without precompressed copies (a publish replaces it; they would go stale)', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    try {
      mkdirSync(join(site, 'stories/a'), { recursive: true });
      const big = JSON.stringify({ text: 'x'.repeat(4000) });
      writeFileSync(join(site, 'stories/index.json'), big);
      writeFileSync(join(site, 'stories/a/0123456789abcdef.json'), big);
      precompress(site);
      expect(readdirSync(join(site, 'stories')).sort()).toEqual(['a', 'index.json']);
      expect(readdirSync(join(site, 'stories/a')).sort()).toEqual([
        '0123456789abcdef.json',
        '0123456789abcdef.json.br',
        '0123456789abcdef.json.gz',
      ]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('base-map tiles are sent as the stored bytes (never re-encoded by a server), cached a day', () => {
    const tile = headersFor('/basemap/north/14/9134/6006.pbf');
    // A type no server, CDN or `vite preview` compresses (they compress text, JSON, XML, JavaScript
    // and protobuf types): the file is already gzip-compressed, and the viewer decompresses it.
    expect(tile['Content-Type']).toBe('application/octet-stream');
    expect(tile['Cache-Control']).toBe(CACHE.tiles);
    expect(CACHE.tiles).toMatch(/max-age=86400/);
    expect(tile['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    // The Caddyfile gives them the same headers, and only them.
    const file = caddyfile();
    expect(file).toContain('@basemap path /basemap/*');
    expect(file).toContain('header @basemap Content-Type "application/octet-stream"');
    expect(file).toContain(`header @basemap Cache-Control "${CACHE.tiles}"`);
    expect(file).toMatch(/@rest not path [^\n]*\/basemap\/\*/);
    expect(headersFor('/data/border.geojson')['Content-Type']).toBeUndefined();
  });

  it('the full viewer cannot be framed; embed.html can, by any site unless configured', () => {
    expect(headersFor('/')['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(headersFor('/')['X-Frame-Options']).toBe('DENY');
    expect(headersFor('/embed.html')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/embed.html')['X-Frame-Options']).toBeUndefined();
    const own = headerRules('https://news.example.org');
    expect(headersFor('/embed.html', own)['Content-Security-Policy']).toMatch(
      /frame-ancestors https:\/\/news\.example\.org$/,
    );
  });

  it('writes a _headers file with every rule', () => {
    const file = headersFile();
    expect(file).toContain("/embed.html\n  Content-Security-Policy: default-src 'self'");
    expect(file).toContain(`/assets/*\n  Cache-Control: ${CACHE.immutable}`);
    expect(file).toContain('  ! X-Frame-Options');
  });
});
