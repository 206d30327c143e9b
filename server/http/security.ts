// Headers and the origin check. Every answer carries the headers of the static deploy for its path
// (deploy/headers.ts, the one definition: CSP, frame-ancestors, nosniff, referrer policy, caching);
// the API's answers are private and never stored (Cache-Control: no-store), and so is any error (a
// cache in front must not keep a 404 for a year). A POST, PUT or DELETE whose Origin is not the public
// origin is refused (403) before its body is read, whatever its path (the static files take nothing
// but GET and HEAD; and a path like /%61pi/…, which the router decodes to the API's, must not slip by
// a check that reads it undecoded: the security review's finding): with the SameSite=Strict cookie
// this keeps other sites, same-site ones included, from acting with an editor's session.
import type { FastifyInstance } from 'fastify';
import { headerRules, headersFor } from '../../deploy/headers.ts';
import { ApiError } from './errors.ts';
import { MESSAGES } from './messages.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const isApi = (url: string) => url === '/api' || url.startsWith('/api/');

/** The path as the router reads it (percent-escapes decoded), or as given when it cannot be decoded. */
function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The headers of an answer made before any route or hook ran (a URL the router cannot read). */
export function earlyErrorHeaders(embedFrameAncestors?: string): Record<string, string> {
  return { ...headersFor('/api/', headerRules(embedFrameAncestors)), 'Cache-Control': 'no-store' };
}

export function installSecurity(
  app: FastifyInstance,
  options: { publicOrigin: () => string; embedFrameAncestors?: string },
): void {
  const rules = headerRules(options.embedFrameAncestors);
  app.addHook('onRequest', async (request, reply) => {
    // As a browser would resolve it: /assets/../index.html takes the headers of /index.html.
    const path = new URL(request.url, 'http://x').pathname;
    reply.headers(headersFor(path, rules));
    if (isApi(decoded(path)) || isApi(request.routeOptions.url ?? ''))
      reply.header('Cache-Control', 'no-store');
    if (!SAFE_METHODS.has(request.method) && request.headers.origin !== options.publicOrigin())
      throw new ApiError(403, MESSAGES.foreignOrigin(options.publicOrigin()));
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode >= 400) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
