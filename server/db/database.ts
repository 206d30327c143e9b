// The newsroom's database: one SQLite file in DATA_DIR, opened in WAL mode (readers never wait for a
// writer), checked (`PRAGMA integrity_check`) and migrated on open. A file that cannot be opened or is
// damaged stops the server with a DatabaseError saying so: it is never replaced by an empty newsroom.
import Sqlite from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, MIGRATIONS_DIR, MigrationError } from './migrate.ts';

export type { Database };
export const DATABASE_FILE = 'newsroom.sqlite';

export class DatabaseError extends Error {}

export const databasePath = (dataDir: string) => join(dataDir, DATABASE_FILE);

const LEAVE_IT =
  'The server did not start and changed nothing. Restore the file from a backup, or move it away to start an empty newsroom.';

export interface OpenOptions {
  dataDir: string;
  /** Tests give a folder with a failing migration; the server uses its own. */
  migrationsDir?: string;
}

export function openDatabase({ dataDir, migrationsDir = MIGRATIONS_DIR }: OpenOptions): Database {
  const file = databasePath(dataDir);
  const isNew = !existsSync(file);
  let db: Database;
  try {
    // The folder holds password and session hashes: its owner only (when this call makes it).
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // fileMustExist: a file deleted between the check and here is not silently recreated.
    db = new Sqlite(file, { fileMustExist: !isNew });
    // Its owner only, whatever the folder's mode and the umask: SQLite gives the journal files it
    // makes later the database's mode (the security review found 0644 in a folder that existed).
    for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
  } catch (error) {
    throw new DatabaseError(`Cannot open the database ${file}: ${(error as Error).message}. ${LEAVE_IT}`);
  }
  try {
    // Reading the header first: a file that is not SQLite fails here, before anything is written.
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const report = problems.map((row) => row.integrity_check.replace(/\s*\n\s*/g, ' '));
    if (report.join() !== 'ok')
      throw new DatabaseError(
        `The database ${file} is damaged (PRAGMA integrity_check: ${report.slice(0, 5).join('; ')}${report.length > 5 ? '; …' : ''}). ${LEAVE_IT}`,
      );
    db.pragma('journal_mode = WAL');
    // FULL: the journal is flushed to disk at each commit, so a save or publish the server answered
    // survives a power cut too, not only a crash of the process (NORMAL, SQLite's usual choice with WAL,
    // may lose the last commits then). The newsroom commits little and rarely; the bench measures saves.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // The users CLI and the server write the same file: wait for the other's transaction, do not fail.
    db.pragma('busy_timeout = 5000');
    migrate(db, migrationsDir);
    return db;
  } catch (error) {
    db.close();
    // A database this call created and could not finish is removed: the folder is as it was.
    if (isNew) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    if (error instanceof DatabaseError) throw error;
    if (error instanceof MigrationError)
      throw new DatabaseError(`Cannot migrate the database ${file}: ${error.message}`);
    throw new DatabaseError(`Cannot open the database ${file}: ${(error as Error).message}. ${LEAVE_IT}`);
  }
}
