// What readers get: the built viewer (dist/) as the static deploy serves it (the precompressed .br/.gz
// files the build wrote beside each asset, ETag and Last-Modified with 304s, no dotfiles), and the
// stories from the newsroom's site (DATA_DIR/site/stories/, server/site/site.ts) at /stories/ in place
// of the build's: story files and thumbnails as files (immutable, with their compressed copies), the
// index from memory of its current bytes, with a strong ETag of its content (a publish within the
// same millisecond as the one before still changes it) and compressed on the fly when asked. The
// headers come from the security hook (deploy/headers.ts), so @fastify/static sets no Cache-Control.
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { STORY_INDEX_FILE } from '../../src/story/storyIndex.ts';

const common = {
  preCompressed: true,
  cacheControl: false,
  etag: true,
  lastModified: true,
  dotfiles: 'deny',
} as const;

interface IndexVersion {
  key: string;
  etag: string;
  bytes: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** The index's bytes, read again only when the file was replaced (another inode, size or time). */
function indexReader(siteRoot: string) {
  const path = join(siteRoot, STORY_INDEX_FILE);
  let current: IndexVersion | null = null;
  return (): IndexVersion => {
    const stat = statSync(path, { bigint: true });
    const key = `${stat.ino}-${stat.size}-${stat.mtimeNs}`;
    if (current?.key !== key) {
      const bytes = readFileSync(path);
      const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
      current = { key, etag, bytes };
    }
    return current;
  };
}

export async function installStatic(app: FastifyInstance, distDir: string, siteRoot: string): Promise<void> {
  const index = indexReader(siteRoot);
  app.get(`/${STORY_INDEX_FILE}`, async (request, reply) => {
    const version = index();
    reply.header('ETag', version.etag).header('Vary', 'Accept-Encoding');
    const tags = request.headers['if-none-match']?.split(',').map((tag) => tag.trim());
    if (tags?.includes(version.etag)) return reply.code(304).send();
    reply.type('application/json; charset=utf-8');
    const accepts = request.headers['accept-encoding'] ?? '';
    if (version.bytes.length >= 1024 && /\bbr\b/.test(accepts)) {
      version.br ??= brotliCompressSync(version.bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      return reply.header('Content-Encoding', 'br').send(version.br);
    }
    if (version.bytes.length >= 1024 && /\bgzip\b/.test(accepts)) {
      version.gzip ??= gzipSync(version.bytes);
      return reply.header('Content-Encoding', 'gzip').send(version.gzip);
    }
    return reply.send(version.bytes);
  });
  await app.register(fastifyStatic, {
    ...common,
    root: join(siteRoot, 'stories'),
    prefix: '/stories/',
    index: false,
    decorateReply: false,
  });
  await app.register(fastifyStatic, {
    ...common,
    root: distDir,
    prefix: '/',
    index: ['index.html'],
    decorateReply: false,
  });
}
