// Headers and the origin check. Every answer carries the headers of the static deploy for its path
// (deploy/headers.ts, the one definition: CSP, frame-ancestors, nosniff, referrer policy, caching);
// the API's answers are private and never stored (Cache-Control: no-store). A POST, PUT or DELETE to
// the API whose Origin is not the public origin is refused (403) before its body is read: with the
// SameSite=Strict cookie this keeps other sites from acting with an editor's session.
import type { FastifyInstance } from 'fastify';
import { headerRules, headersFor } from '../../deploy/headers.ts';
import { ApiError } from './errors.ts';
import { MESSAGES } from './messages.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const isApi = (url: string) => url === '/api' || url.startsWith('/api/');

export function installSecurity(
  app: FastifyInstance,
  options: { publicOrigin: () => string; embedFrameAncestors?: string },
): void {
  const rules = headerRules(options.embedFrameAncestors);
  app.addHook('onRequest', async (request, reply) => {
    // As a browser would resolve it: /assets/../index.html takes the headers of /index.html.
    const path = new URL(request.url, 'http://x').pathname;
    reply.headers(headersFor(path, rules));
    if (!isApi(path)) return;
    reply.header('Cache-Control', 'no-store');
    if (!SAFE_METHODS.has(request.method) && request.headers.origin !== options.publicOrigin())
      throw new ApiError(403, MESSAGES.foreignOrigin(options.publicOrigin()));
  });
}
