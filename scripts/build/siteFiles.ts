// What the build adds for static hosting: a `_headers` file (Netlify, Cloudflare Pages) with the
// headers of deploy/headers.ts, and a brotli and a gzip copy of every text file of 1 kB or more, which
// a server that serves precompressed files (Caddy's `precompressed br gzip`, nginx's gzip_static) sends
// as they are. Not of stories/index.json: a publish replaces it after the build, and a copy beside it
// would then be served stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { headersFile, type HeaderRule } from '../../deploy/headers.ts';
import { STORY_INDEX_FILE } from '../../src/story/storyIndex.ts';

const TEXT = /\.(html|js|mjs|css|json|geojson|svg|txt)$/;

export function precompress(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (!TEXT.test(file) || name.split(sep).join('/') === STORY_INDEX_FILE) continue;
    const body = readFileSync(file);
    if (body.length < 1024) continue;
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
}

export function siteFilesPlugin(rules: HeaderRule[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'site-files',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      writeFileSync(join(outDir, '_headers'), headersFile(rules));
      precompress(outDir);
    },
  };
}
