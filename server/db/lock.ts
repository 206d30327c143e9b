// The data folder's lock: one newsroom server at a time on a DATA_DIR, and no restore while it runs.
// An operating-system lock, so a crashed holder never blocks anyone: DATA_DIR/newsroom.lock is a small
// SQLite file the holder opens in exclusive locking mode and writes once, which keeps SQLite's
// (fcntl) lock on it until the connection closes or the process ends, however it ends (SIGKILL
// included); the kernel releases it then. A second holder, in another process or this one, is told
// at once (SQLITE_BUSY, no waiting). Who holds it is written beside it, newsroom.lock.holder (JSON:
// what, pid, since), only to say so in the refusal; the file is never removed (removing a lock file
// while another process opens it lets two hold it).
import Sqlite, { type Database } from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'newsroom.lock';
const HOLDER_FILE = 'newsroom.lock.holder';

export type Holder = 'server' | 'restore';
export interface HolderInfo {
  what: Holder;
  pid: number;
  since: string;
}

export class LockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: HolderInfo | null,
  ) {
    super(`${join(dataDir, LOCK_FILE)} is held${holder ? ` by the ${holder.what} (pid ${holder.pid})` : ''}`);
  }
}

export class DataDirLock {
  private constructor(private db: Database | null) {}

  /** Takes the lock, or throws a LockedError naming who has it. */
  static acquire(dataDir: string, what: Holder): DataDirLock {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const db = new Sqlite(join(dataDir, LOCK_FILE), { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      db.exec('CREATE TABLE IF NOT EXISTS lock (x)');
      db.exec('COMMIT');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY')
        throw new LockedError(dataDir, DataDirLock.holder(dataDir));
      throw error;
    }
    const info: HolderInfo = { what, pid: process.pid, since: new Date().toISOString() };
    writeFileSync(join(dataDir, HOLDER_FILE), `${JSON.stringify(info)}\n`, { mode: 0o600 });
    return new DataDirLock(db);
  }

  /** Who last took the lock (what it wrote), or null. */
  static holder(dataDir: string): HolderInfo | null {
    try {
      return JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as HolderInfo;
    } catch {
      return null;
    }
  }

  release(): void {
    this.db?.close();
    this.db = null;
  }
}
