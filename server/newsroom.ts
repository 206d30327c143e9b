// The newsroom server, started: the data folder locked (one server at a time, no restore meanwhile),
// the database opened (checked, migrated), the readers' site brought in step with it (after a crash or
// a restore), the HTTP server listening. server/main.ts (npm start) runs it with the environment's
// settings; tests run it in process on an ephemeral port with a temporary data folder and their own clock.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase, databasePath, type Database } from './db/database.ts';
import { buildApp } from './http/app.ts';
import { originOf, type ServerConfig } from './config.ts';
import { systemClock, type Clock } from './clock.ts';
import { Users } from './accounts/users.ts';
import type { ScryptCost } from './accounts/passwords.ts';
import { DataDirLock, LockedError } from './db/lock.ts';
import { ShippedStories } from './stories/shipped.ts';
import { Stories } from './stories/stories.ts';
import { Publications } from './stories/publications.ts';
import { Publisher } from './stories/publisher.ts';
import { ShippedData } from './stories/publishCheck.ts';
import { readBuildStories, siteRootOf } from './site/site.ts';
import { faultsAt } from './faults.ts';
import { SWEEP_EVERY_MS } from './site/unnamedFiles.ts';
import { STORY_INDEX_FILE } from '../src/story/storyIndex.ts';

export interface Newsroom {
  app: FastifyInstance;
  db: Database;
  /** The URL it serves at, e.g. http://127.0.0.1:4173/ */
  url: string;
  /** The public origin the API checks Origin against. */
  origin: string;
  /** The readers' site it serves at /stories/ (DATA_DIR/site). */
  siteRoot: string;
  /** What a newcomer reads when it starts: where it serves, where the data is, how to add an account. */
  lines: string[];
  /** Takes off the site the files unnamed for the grace period (server/site/unnamedFiles.ts), as it does every minute. */
  sweep(): string[];
  close(): Promise<void>;
}

export interface NewsroomOptions {
  clock?: Clock;
  passwordCost?: ScryptCost;
  migrationsDir?: string;
  storiesDir?: string;
  log?: (line: string) => void;
  extraRoutes?: (app: FastifyInstance) => void;
}

export class StartError extends Error {}

const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

function locked(error: LockedError): StartError {
  const { holder } = error;
  if (holder?.what === 'restore')
    return new StartError(
      `A restore (npm run restore, pid ${holder.pid}) is under way in the data folder ${error.dataDir}: start the server once it has finished.`,
    );
  return new StartError(
    `The data folder ${error.dataDir} is in use by another newsroom server (pid ${holder?.pid ?? 'unknown'}${holder ? `, started ${holder.since}` : ''}): stop it first, or give this one another DATA_DIR.`,
  );
}

export async function startNewsroom(config: ServerConfig, options: NewsroomOptions = {}): Promise<Newsroom> {
  if (!existsSync(join(config.distDir, 'index.html')))
    throw new StartError(
      `There is no built viewer in ${config.distDir}: run npm run build first (npm start does).`,
    );
  let lock: DataDirLock;
  try {
    lock = DataDirLock.acquire(config.dataDir, 'server');
  } catch (error) {
    if (error instanceof LockedError) throw locked(error);
    throw error;
  }
  let db: Database | null = null;
  let app: FastifyInstance | null = null;
  let publisher: Publisher | null = null;
  const clock = options.clock ?? systemClock;
  let origin = config.publicOrigin ?? '';
  const siteRoot = siteRootOf(config.dataDir);
  const lines: string[] = [];
  try {
    db = openDatabase({ dataDir: config.dataDir, migrationsDir: options.migrationsDir });
    const build = readBuildStories(config.distDir);
    const publications = new Publications(db, clock);
    publisher = new Publisher({
      siteRoot,
      build,
      publications,
      shipped: new ShippedData(),
      clock,
      faults: faultsAt(config.fault),
      readerUrl: (slug) => `${config.readerUrl ?? `${origin}/`}#story=${slug}`,
    });
    const hadIndex = existsSync(join(siteRoot, STORY_INDEX_FILE));
    const reconciled = publisher.reconcile();
    if (hadIndex && (reconciled.replaced || reconciled.cleared.length))
      lines.push(
        `The stories readers get were brought in step with the database (${shown(join(siteRoot, STORY_INDEX_FILE))} rewritten: an interrupted publish, a restored backup or a new build).`,
      );
    const stories = new Stories(db, clock, new ShippedStories(options.storiesDir), () => build.index.stories);
    app = await buildApp({
      db,
      clock,
      distDir: config.distDir,
      siteRoot,
      stories,
      publisher,
      publicOrigin: () => origin,
      embedFrameAncestors: config.embedFrameAncestors,
      passwordCost: options.passwordCost,
      log: options.log ?? ((line) => console.error(line)),
      extraRoutes: options.extraRoutes,
    });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close();
    db?.close();
    lock.release();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new StartError(
        `Port ${config.port} on ${config.host} is taken (another npm start or npm run preview?): stop it, or set PORT.`,
      );
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `${originOf(config.host, port)}/`;
  origin ||= originOf(config.host, port);
  lines.unshift(`Situation Viewer's newsroom at ${url} (Ctrl-C stops it)`);
  if (config.publicOrigin) lines.push(`Public origin: ${config.publicOrigin}`);
  if (config.readerUrl) lines.push(`Readers read at: ${config.readerUrl}`);
  lines.push(
    `Data: ${shown(databasePath(config.dataDir))} (SQLite) and the stories readers get, ${shown(join(siteRoot, 'stories'))}/ (DATA_DIR moves both)`,
  );
  if (new Users(db!, clock).count() === 0)
    lines.push(
      'No account yet. Add the first editor (it asks for a password), then sign in at /#login:',
      '  npm run users -- add <name> --role editor',
    );
  const opened = { app, db: db! };
  const site = publisher!;
  // What readers should no longer get leaves the site once its grace period is over (unnamedFiles.ts).
  const sweeping = setInterval(() => site.sweep(), SWEEP_EVERY_MS).unref();
  return {
    ...opened,
    url,
    origin,
    siteRoot,
    lines,
    sweep: () => site.sweep(),
    async close() {
      clearInterval(sweeping);
      await opened.app.close();
      opened.db.close();
      lock.release();
    },
  };
}
