// The built viewer (dist/), as the static deploy serves it: the precompressed .br/.gz files the build
// wrote beside each asset, ETag and Last-Modified with 304s, no dotfiles. The headers come from the
// security hook (deploy/headers.ts), so @fastify/static sets no Cache-Control of its own. Issue 41
// adds the published stories' folder in DATA_DIR as a second root.
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export async function installStatic(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    etag: true,
    lastModified: true,
    dotfiles: 'deny',
    decorateReply: false,
  });
}
