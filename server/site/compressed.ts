// Brotli and gzip copies of a published story's file and thumbnail (`<hash>.json.br`, `.gz`), as the
// build writes beside each of its text files of 1 kB or more (scripts/build/siteFiles.ts), so that the
// newsroom server (@fastify/static's preCompressed) and a host that serves precompressed files (Caddy's
// `precompressed br gzip`) send them as they are. A copy is derived from immutable bytes and never
// changes; it is written whole (a temporary file, flushed, renamed into place) so that no reader is
// ever sent half of one. Not for stories/index.json, which changes at each publish. Brotli at quality 9,
// not the build's 11: 11 took 285 ms for a 77 kB story and its thumbnail here (9: 35 ms), which an
// editor would wait for at each publish, for files 12 % smaller.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MIN_BYTES = 1024;

function writeWhole(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * Writes the .br and .gz copies of a file of the site (a path relative to its root) that lacks them;
 * copied from `from` (another site with the same file, the build's) when it has them.
 */
export function writeCompressedCopies(siteRoot: string, path: string, from?: string): void {
  const file = join(siteRoot, path);
  const missing = (['br', 'gz'] as const).filter((ext) => !existsSync(`${file}.${ext}`));
  if (missing.length === 0) return;
  const bytes = readFileSync(file);
  if (bytes.length < MIN_BYTES) return;
  for (const ext of missing) {
    const made = from ? join(from, `${path}.${ext}`) : null;
    if (made && existsSync(made)) writeWhole(`${file}.${ext}`, readFileSync(made));
    else if (ext === 'gz') writeWhole(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    else
      writeWhole(
        `${file}.br`,
        brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
      );
  }
}
