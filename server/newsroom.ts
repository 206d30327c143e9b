// The newsroom server, started: the database opened (checked, migrated), the HTTP server listening.
// server/main.ts (npm start) runs it with the environment's settings; tests run it in process on an
// ephemeral port with a temporary data folder and their own clock.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase, databasePath, type Database } from './db/database.ts';
import { buildApp } from './http/app.ts';
import { originOf, type ServerConfig } from './config.ts';
import { systemClock, type Clock } from './clock.ts';
import { Users } from './accounts/users.ts';
import type { ScryptCost } from './accounts/passwords.ts';

export interface Newsroom {
  app: FastifyInstance;
  db: Database;
  /** The URL it serves at, e.g. http://127.0.0.1:4173/ */
  url: string;
  /** The public origin the API checks Origin against. */
  origin: string;
  /** What a newcomer reads when it starts: where it serves, where the data is, how to add an account. */
  lines: string[];
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

export async function startNewsroom(config: ServerConfig, options: NewsroomOptions = {}): Promise<Newsroom> {
  if (!existsSync(join(config.distDir, 'index.html')))
    throw new StartError(
      `There is no built viewer in ${config.distDir}: run npm run build first (npm start does).`,
    );
  const db = openDatabase({ dataDir: config.dataDir, migrationsDir: options.migrationsDir });
  const clock = options.clock ?? systemClock;
  let origin = config.publicOrigin ?? '';
  let app: FastifyInstance;
  try {
    app = await buildApp({
      db,
      clock,
      distDir: config.distDir,
      storiesDir: options.storiesDir,
      publicOrigin: () => origin,
      embedFrameAncestors: config.embedFrameAncestors,
      passwordCost: options.passwordCost,
      log: options.log ?? ((line) => console.error(line)),
      extraRoutes: options.extraRoutes,
    });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    db.close();
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
  const lines = [`Situation Viewer's newsroom at ${url} (Ctrl-C stops it)`];
  if (config.publicOrigin) lines.push(`Public origin: ${config.publicOrigin}`);
  lines.push(`Data: ${shown(databasePath(config.dataDir))} (SQLite; DATA_DIR moves it)`);
  if (new Users(db, clock).count() === 0)
    lines.push(
      'No account yet. Add the first editor (it asks for a password), then sign in at /#login:',
      '  npm run users -- add <name> --role editor',
    );
  return {
    app,
    db,
    url,
    origin,
    lines,
    async close() {
      await app.close();
      db.close();
    },
  };
}
