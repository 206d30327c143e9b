// Numbered migrations: server/db/migrations/NNNN-what-it-does.sql, applied in order on start. The
// database's `PRAGMA user_version` is the number of the last one applied. Each runs in a transaction
// with the version it sets, so a failing one leaves the database exactly as it was (SQLite's schema
// changes are transactional) and the server stops naming the file and SQLite's reason. A migration may
// hold only statements that run inside a transaction (no VACUUM, no PRAGMA journal_mode/foreign_keys).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_FILE = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.sql$/;

export interface Migration {
  version: number;
  file: string;
  path: string;
}

export class MigrationError extends Error {}

/** The migrations of a folder, in order; numbered 1, 2, 3… without gap or repeat. */
export function migrationsIn(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match) throw new MigrationError(`${join(dir, file)}: a migration is named NNNN-what-it-does.sql`);
      return { version: Number(match[1]), file, path: join(dir, file) };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new MigrationError(
        `${m.path}: expected migration number ${i + 1} (they count 1, 2, 3… in ${dir})`,
      );
  });
  return migrations;
}

/** Applies the migrations the database has not had; returns how many. */
export function migrate(db: Database, dir = MIGRATIONS_DIR): number {
  const migrations = migrationsIn(dir);
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.length;
  if (current > newest)
    throw new MigrationError(
      `the database is at migration ${current}, newer than this server's newest (${newest}, ${dir}): run the newer server, or restore a backup made for this one`,
    );
  const pending = migrations.filter((m) => m.version > current);
  for (const m of pending) {
    const sql = readFileSync(m.path, 'utf8');
    try {
      db.transaction(() => {
        db.exec(sql);
        db.pragma(`user_version = ${m.version}`);
      })();
    } catch (error) {
      throw new MigrationError(
        `migration ${m.path} failed, and the database is left as it was (at migration ${current}): ${(error as Error).message}`,
      );
    }
  }
  return pending.length;
}
