// `npm run restore -- <file>`: puts a backup in place of the newsroom's database, only while no server
// runs on the data folder (it takes the data folder's lock, server/db/lock.ts, so none can start
// meanwhile either), keeping the database it replaces beside it. At every moment
// DATA_DIR/newsroom.sqlite is the old database or the new one, whole:
//   1. the backup is checked (integrity_check; a newsroom's tables; a migration this server knows)
//      and copied by SQLite's backup into a temporary file in DATA_DIR, flushed;
//   2. the current database's journal is folded into it (a server killed with SIGKILL leaves one),
//      and the file is linked under newsroom.sqlite.before-restore-<time>;
//   3. the copy is renamed over newsroom.sqlite, and the folder flushed.
// At its next start the server writes the stories readers get from the restored database.
import Sqlite from 'better-sqlite3';
import { chmodSync, existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { databasePath } from '../db/database.ts';
import { DataDirLock, LockedError } from '../db/lock.ts';
import { migrationsIn, MIGRATIONS_DIR } from '../db/migrate.ts';
import { fsyncPath, onlyArgument, Refusal, runTool, type CliIo } from './io.ts';
import { RESTORE } from './operationsWords.ts';

const NEWSROOM_TABLES = ['users', 'sessions', 'blobs', 'stories', 'revisions', 'audit'];

/** Why a file is not a database this server can run on, or null. */
function problemOf(file: string): string | null {
  let db: Sqlite.Database;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return (error as Error).message;
  }
  try {
    const report = db.pragma('integrity_check', { simple: true }) as string;
    if (report !== 'ok') return `integrity_check: ${report}`;
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const missing = NEWSROOM_TABLES.filter((t) => !tables.has(t));
    if (missing.length) return `it has no table ${missing.join(', ')}`;
    const version = db.pragma('user_version', { simple: true }) as number;
    const newest = migrationsIn(MIGRATIONS_DIR).length;
    if (version > newest)
      return `it is at migration ${version}, newer than this server's newest (${newest}): restore it with the newer server`;
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    db.close();
  }
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

export function runRestore(args: string[], io: CliIo): Promise<number> {
  return runTool(io, async (config) => {
    const source = resolve(onlyArgument(args, RESTORE.usage));
    let lock: DataDirLock;
    try {
      lock = DataDirLock.acquire(config.dataDir, 'restore');
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      const holder = error.holder;
      throw new Refusal(
        holder?.what === 'restore'
          ? RESTORE.otherRestore(holder.pid)
          : RESTORE.serverRunning(holder?.pid ?? 'unknown', holder?.since ?? 'at an unknown time'),
      );
    }
    const target = databasePath(config.dataDir);
    const copy = join(config.dataDir, `.newsroom.sqlite.restoring-${randomBytes(6).toString('hex')}`);
    try {
      if (!existsSync(source)) throw new Refusal(RESTORE.missing(source));
      const problem = problemOf(source);
      if (problem) throw new Refusal(RESTORE.notNewsroom(source, problem));
      const from = new Sqlite(source, { readonly: true });
      try {
        await from.backup(copy);
      } finally {
        from.close();
      }
      // The backup's sessions stay behind: an account removed, or a password changed, since the backup
      // must not sign in again with a cookie it held then (the security review). Everyone signs in.
      const restoredDb = new Sqlite(copy, { fileMustExist: true });
      try {
        restoredDb.prepare('DELETE FROM sessions').run();
      } finally {
        restoredDb.close();
      }
      chmodSync(copy, 0o600);
      fsyncPath(copy);
      let aside: string | null = null;
      if (existsSync(target)) {
        const current = new Sqlite(target, { fileMustExist: true });
        current.pragma('wal_checkpoint(TRUNCATE)');
        current.close();
        for (const suffix of ['-wal', '-shm']) {
          const path = target + suffix;
          if (!existsSync(path)) continue;
          if (suffix === '-wal' && statSync(path).size > 0) throw new Refusal(RESTORE.walLeft(target));
          rmSync(path);
        }
        aside = `${target}.before-restore-${stamp()}`;
        linkSync(target, aside);
      }
      renameSync(copy, target);
      fsyncPath(config.dataDir);
      return RESTORE.done(source, target, aside);
    } finally {
      rmSync(copy, { force: true });
      lock.release();
    }
  });
}
