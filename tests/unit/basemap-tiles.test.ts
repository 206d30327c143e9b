// The base map's tile protocol (src/map/baseMapTiles.ts): a tile is fetched from the site's own origin,
// checked and decompressed; an HTTP error, an HTML page or bytes that are no tile are refused and
// reported, naming the tile and why; a request MapLibre cancels is not a problem.
import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { createTileLoader, tileData, TileProblem } from '../../src/map/baseMapTiles';

// A real vector tile (OpenStreetMap, near Jarinje), as the pipeline wrote it, decompressed.
const TILE = new Uint8Array(
  gunzipSync(readFileSync(resolve(import.meta.dirname, '../../public/basemap/north/12/2283/1501.pbf'))),
);
const HTML = new TextEncoder().encode('<!doctype html>\n<html><head><title>Situation Viewer</title>');

const params = (url: string) => ({ url, type: 'arrayBuffer' as const });

/** A fetch that answers every URL with this response, and remembers what was asked. */
function server(respond: (url: string) => Response) {
  const asked: string[] = [];
  const fetchImpl = (async (url: string) => {
    asked.push(url);
    return respond(url);
  }) as unknown as typeof fetch;
  return { asked, fetchImpl };
}

describe('a tile’s bytes', () => {
  it('are decompressed when gzip-compressed, the stored format', async () => {
    expect(new Uint8Array(await tileData(new Uint8Array(gzipSync(TILE))))).toEqual(TILE);
  });

  it('are taken as they are when a host has already decoded the gzip, or when the tile is empty', async () => {
    expect(new Uint8Array(await tileData(TILE))).toEqual(TILE);
    expect((await tileData(new Uint8Array(gzipSync(new Uint8Array(0))))).byteLength).toBe(0);
  });

  it('are refused when they are an HTML page, a cut gzip file or anything else', async () => {
    await expect(tileData(HTML)).rejects.toThrow(/HTML page came instead of a tile/);
    const cut = new Uint8Array(gzipSync(TILE)).subarray(0, 200);
    await expect(tileData(cut)).rejects.toThrow(TileProblem);
    await expect(tileData(new TextEncoder().encode('{"error":"x"}'))).rejects.toThrow(/neither a gzip/);
  });
});

describe('the protocol', () => {
  it('fetches the tile from the site’s own origin, under its base path', async () => {
    const { asked, fetchImpl } = server(() => new Response(gzipSync(TILE)));
    const root = createTileLoader('/', fetchImpl);
    const { data } = await root(params('basemap:///basemap/north/12/2283/1501.pbf'), new AbortController());
    expect(new Uint8Array(data as ArrayBuffer)).toEqual(TILE);
    await createTileLoader('/viewer/', fetchImpl)(
      params('basemap:///basemap/region/5/17/11.pbf'),
      new AbortController(),
    );
    expect(asked).toEqual(['/basemap/north/12/2283/1501.pbf', '/viewer/basemap/region/5/17/11.pbf']);
  });

  it.each([
    ['an HTTP error', () => new Response('not found', { status: 404 }), /HTTP 404/],
    [
      'an HTML page (a host’s fallback for a missing file)',
      () => new Response(HTML, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
      /HTML page came instead of a tile/,
    ],
    ['HTML sent as something else', () => new Response(HTML), /HTML page came instead of a tile/],
    [
      'a cut gzip file',
      () => new Response(new Uint8Array(gzipSync(TILE)).subarray(0, 100)),
      /not a complete gzip/,
    ],
  ])(
    'refuses %s, saying which tile and why (MapLibre reports it as the source’s error)',
    async (_, respond, why) => {
      const { fetchImpl } = server(respond);
      const loader = createTileLoader('/', fetchImpl);
      const refused = loader(params('basemap:///basemap/north/14/9134/6006.pbf'), new AbortController());
      await expect(refused).rejects.toThrow(TileProblem);
      await expect(refused).rejects.toThrow(why);
      await expect(refused).rejects.toThrow(/^\/basemap\/north\/14\/9134\/6006\.pbf: /);
    },
  );

  it('passes on the cancellation of a tile MapLibre no longer needs, not as a problem of the tile', async () => {
    const abort = new AbortController();
    const fetchImpl = (async () => {
      abort.abort();
      throw new DOMException('The operation was aborted.', 'AbortError');
    }) as unknown as typeof fetch;
    const loader = createTileLoader('/', fetchImpl);
    const refused = loader(params('basemap:///basemap/north/12/1/1.pbf'), abort);
    await expect(refused).rejects.toThrow(DOMException);
    await expect(refused).rejects.not.toThrow(TileProblem);
  });
});
