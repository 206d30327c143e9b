// The newsroom's HTTP server (Fastify): the built viewer and the JSON API under /api/, from an open
// database. Nothing here reads the environment or prints: server/newsroom.ts does.
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { Database } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import { Users } from '../accounts/users.ts';
import { Sessions } from '../accounts/sessions.ts';
import { SignInLimiter } from '../accounts/signInLimiter.ts';
import { PasswordChecker, PASSWORD_COST, type ScryptCost } from '../accounts/passwords.ts';
import type { Stories } from '../stories/stories.ts';
import type { Publisher } from '../stories/publisher.ts';
import { BODY_LIMIT, installErrorHandlers } from './errors.ts';
import { earlyErrorHeaders, installSecurity } from './security.ts';
import { MESSAGES } from './messages.ts';
import { installAccess } from './access.ts';
import { installStatic } from './static.ts';
import { sessionRoutes } from './routes/session.ts';
import { storyRoutes } from './routes/stories.ts';
import { publishingRoutes } from './routes/publishing.ts';

export interface AppOptions {
  db: Database;
  clock: Clock;
  distDir: string;
  /** The newsroom's site for readers (DATA_DIR/site): its stories/ are served at /stories/. */
  siteRoot: string;
  stories: Stories;
  publisher: Publisher;
  /** The origin browsers use; read when a request comes, once the port is known. */
  publicOrigin: () => string;
  embedFrameAncestors?: string;
  /** Tests lower it (the production cost is tested once, in the users CLI test). */
  passwordCost?: ScryptCost;
  log: (line: string) => void;
  /** More routes, registered like the newsroom's own (tests use it to check the role rule on a route). */
  extraRoutes?: (app: FastifyInstance) => void;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, clock } = options;
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT.bytes,
    // Slugs are checked by the route (400), not cut by the router (404).
    routerOptions: { maxParamLength: 2048 },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Fastify sets no limit of its own; a request (a 5 MB draft on a slow line included) has 2 minutes.
    requestTimeout: 120_000,
    // A URL the router cannot read (/api/%ZZ): our words and headers, not Fastify's answer echoing it.
    frameworkErrors: (_error, _request, reply) => {
      void (reply as FastifyReply)
        .code(400)
        .headers(earlyErrorHeaders(options.embedFrameAncestors))
        .send({ error: MESSAGES.badRequest });
    },
  });
  const secure = () => options.publicOrigin().startsWith('https:');
  const users = new Users(db, clock);
  const sessions = new Sessions(db, clock);
  const passwords = new PasswordChecker(options.passwordCost ?? PASSWORD_COST);
  // Made now, so that the first wrong name costs what a wrong password costs.
  await passwords.dummyHash();

  installErrorHandlers(app, options.log);
  app.removeContentTypeParser(['text/plain']);
  await app.register(fastifyCookie);
  installSecurity(app, {
    publicOrigin: options.publicOrigin,
    embedFrameAncestors: options.embedFrameAncestors,
  });
  installAccess(app, { sessions, secure });
  sessionRoutes(app, { db, clock, users, sessions, limiter: new SignInLimiter(clock), passwords, secure });
  storyRoutes(app, { stories: options.stories });
  publishingRoutes(app, { publisher: options.publisher, stories: options.stories });
  options.extraRoutes?.(app);
  await installStatic(app, options.distDir, options.siteRoot);
  return app;
}
