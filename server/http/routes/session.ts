// Sign-in, who is signed in, sign-out: POST, GET and DELETE /api/session.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { USER_NAME_MAX, type Users } from '../../accounts/users.ts';
import {
  costOf,
  HashingBusy,
  PASSWORD_LENGTH,
  passwordLength,
  type PasswordChecker,
} from '../../accounts/passwords.ts';
import type { Sessions } from '../../accounts/sessions.ts';
import type { SignInLimiter } from '../../accounts/signInLimiter.ts';
import { audit } from '../../audit.ts';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../clock.ts';
import { ApiError } from '../errors.ts';
import { MESSAGES } from '../messages.ts';
import { SESSION_COOKIE, sessionCookies } from '../access.ts';
import { parseBody } from '../body.ts';

/** Seconds a sign-in refused for a full hashing queue is told to wait. */
const BUSY_RETRY_S = 5;

const signInSchema = z.object({
  name: z
    .string()
    .min(1, 'a name is needed')
    .max(USER_NAME_MAX, `a name has at most ${USER_NAME_MAX} characters`),
  password: z
    .string()
    .min(1, 'a password is needed')
    .refine((p) => passwordLength(p) <= PASSWORD_LENGTH.max, 'a password has at most 1,024 characters'),
});

export interface SessionDeps {
  db: Database;
  clock: Clock;
  users: Users;
  sessions: Sessions;
  limiter: SignInLimiter;
  passwords: PasswordChecker;
  secure: () => boolean;
}

export function sessionRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { db, clock, users, sessions, limiter, passwords } = deps;

  app.post('/api/session', { config: { access: 'public', json: true } }, async (request, reply) => {
    const { name: typed, password } = parseBody(signInSchema, request.body);
    const name = typed.normalize('NFC').trim();
    const retryAfter = limiter.retryAfterS(name);
    const user = users.find(name);
    if (retryAfter !== null) {
      // One row per name and window: a flood of held-back attempts writes nothing more.
      if (limiter.firstHeldBack(name))
        audit(db, clock, { actor: user?.name ?? '', action: 'sign-in-refused', detail: 'too many attempts' });
      throw new ApiError(
        429,
        MESSAGES.tooManyAttempts(Math.ceil(retryAfter / 60)),
        {},
        { 'Retry-After': String(retryAfter) },
      );
    }
    // The same scrypt work whether or not the name has an account (PasswordChecker.check).
    const ok = await passwords.check(user?.password_hash ?? null, password).catch((error: unknown) => {
      if (error instanceof HashingBusy)
        throw new ApiError(503, MESSAGES.signInBusy, {}, { 'Retry-After': String(BUSY_RETRY_S) });
      throw error;
    });
    if (!ok || !user) {
      limiter.refused(name);
      audit(db, clock, {
        actor: user?.name ?? '',
        action: 'sign-in-refused',
        detail: 'wrong name or password',
      });
      throw new ApiError(401, MESSAGES.wrongCredentials);
    }
    limiter.succeeded(name);
    const stored = costOf(user.password_hash);
    if (stored && (stored.ln < passwords.cost.ln || stored.r < passwords.cost.r))
      users.setPassword(user.name, await passwords.hash(password), 'rehash');
    sessionCookies(reply, deps.secure(), sessions.create(user.id));
    audit(db, clock, { actor: user.name, action: 'sign-in' });
    return reply.code(204).send();
  });

  app.get('/api/session', { config: { access: 'read' } }, async (request) => {
    const user = request.user!;
    return { name: user.name, role: user.role };
  });

  app.delete('/api/session', { config: { access: 'public' } }, async (request, reply) => {
    if (request.user) {
      sessions.end(request.cookies[SESSION_COOKIE]);
      audit(db, clock, { actor: request.user.name, action: 'sign-out' });
    }
    sessionCookies(reply, deps.secure(), null);
    return reply.code(204).send();
  });
}
