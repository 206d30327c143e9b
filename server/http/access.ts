// Who is asking, and may they. Every API route declares its access: 'public' (sign-in) or an action of
// server/accounts/roles.ts; a route without one is refused when it is registered. The check runs when
// the request arrives, before its body is read: no session → 401, a role without the action → 403.
// The session cookie `sv_session` (HttpOnly, SameSite=Strict, Path=/, Secure on an https origin) and
// `sv_signed_in=1` (readable by the page, no secret: it only says "call /api/") are set and cleared
// together; a cookie whose session has ended is cleared on the next answer.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { can, type Action } from '../accounts/roles.ts';
import type { Sessions } from '../accounts/sessions.ts';
import type { User } from '../accounts/users.ts';
import { ApiError } from './errors.ts';
import { MESSAGES } from './messages.ts';
import { isApi } from './security.ts';

export type Access = 'public' | Action;
export const SESSION_COOKIE = 'sv_session';
export const SIGNED_IN_COOKIE = 'sv_signed_in';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** The route reads a JSON body: any other Content-Type is refused (415) before it is read. */
    json?: boolean;
  }
  interface FastifyRequest {
    user: User | null;
  }
}

export function sessionCookies(
  reply: FastifyReply,
  secure: boolean,
  session: { token: string; maxAgeS: number } | null,
) {
  const common = { path: '/', sameSite: 'strict', secure } as const;
  if (session) {
    reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true, maxAge: session.maxAgeS });
    reply.setCookie(SIGNED_IN_COOKIE, '1', { ...common, httpOnly: false, maxAge: session.maxAgeS });
  } else {
    reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
    reply.clearCookie(SIGNED_IN_COOKIE, { ...common, httpOnly: false });
  }
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

export function installAccess(
  app: FastifyInstance,
  options: { sessions: Sessions; secure: () => boolean },
): void {
  app.decorateRequest('user', null);
  app.addHook('onRoute', (route) => {
    if (isApi(route.url) && !route.config?.access)
      throw new Error(
        `${String(route.method)} ${route.url}: an API route declares its access (server/http/access.ts)`,
      );
  });
  app.addHook('onRequest', async (request, reply) => {
    const { access, json } = request.routeOptions.config;
    if (!access) return;
    const token = request.cookies[SESSION_COOKIE];
    request.user = options.sessions.find(token);
    if ((token !== undefined || request.cookies[SIGNED_IN_COOKIE] !== undefined) && !request.user)
      sessionCookies(reply, options.secure(), null);
    if (access !== 'public') {
      if (!request.user) throw new ApiError(401, MESSAGES.signInFirst);
      if (!can(request.user.role, access))
        throw new ApiError(403, MESSAGES.roleForbids(request.user.role, access));
    }
    if (json && !JSON_TYPE.test(request.headers['content-type'] ?? ''))
      throw new ApiError(415, MESSAGES.notJsonType);
  });
}
