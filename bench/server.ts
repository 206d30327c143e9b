// A small static server for the benchmark: the built app at /, the baseline at /baseline/, both on
// 127.0.0.1. Text is sent gzip-compressed when the browser asks for it, as any production host would
// (Lighthouse's simulated mobile network otherwise charges the page for 1.1 MB of uncompressed
// MapLibre); no caching headers.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  // The base map's tiles are stored gzip-compressed and sent as they are: never compressed again
  // (the viewer's tile protocol decompresses them; deploy/headers.ts, TILE_CONTENT_TYPE).
  '.pbf': 'application/octet-stream',
};

const gzipCache = new Map<string, Buffer>();
const gzipped = (file: string): Buffer => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 6 }));
  return gzipCache.get(file)!;
};

export function serve(port: number, appDir: string, baselineDir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [root, rel] = path.startsWith('/baseline/')
      ? [baselineDir, path.slice('/baseline'.length)]
      : [appDir, path];
    let file = resolve(root, '.' + normalize(rel));
    if (!file.startsWith(resolve(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress =
      /^(text|application\/json|image\/svg)/.test(type) &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(compress ? gzipped(file) : readFileSync(file));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
