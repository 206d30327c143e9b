// `npm run backup -- <file>`: a consistent copy of the newsroom's database while the server runs,
// made by SQLite's online backup (better-sqlite3's .backup()): it copies the pages of one committed
// state, starting again if another process commits meanwhile, and never blocks the server's writes
// for longer than a step. The copy is written beside <file>, checked (integrity_check), made private
// (it holds password and session hashes) and only then given its name; an existing file is never
// written over. The published story files need no backup of their own: the database holds their
// bytes, and the server writes them again from it (server/site/site.ts).
import Sqlite from 'better-sqlite3';
import { chmodSync, existsSync, linkSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { databasePath } from '../db/database.ts';
import { fsyncPath, onlyArgument, Refusal, runTool, type CliIo } from './io.ts';
import { BACKUP } from './operationsWords.ts';

export function runBackup(args: string[], io: CliIo): Promise<number> {
  return runTool(io, async (config) => {
    const target = resolve(onlyArgument(args, BACKUP.usage));
    const source = databasePath(config.dataDir);
    if (!existsSync(source)) throw new Refusal(BACKUP.noDatabase(source));
    if (existsSync(target)) throw new Refusal(BACKUP.exists(target));
    const partial = join(dirname(target), `.${basename(target)}.partial-${randomBytes(6).toString('hex')}`);
    const db = new Sqlite(source, { fileMustExist: true, timeout: 5000 });
    try {
      await db.backup(partial);
    } finally {
      db.close();
    }
    try {
      const copy = new Sqlite(partial, { readonly: true });
      const report = copy.pragma('integrity_check', { simple: true }) as string;
      copy.close();
      if (report !== 'ok') throw new Refusal(BACKUP.damaged(target, report));
      chmodSync(partial, 0o600);
      fsyncPath(partial);
      // Linked, not renamed: a file given that name meanwhile is not replaced (EEXIST).
      try {
        linkSync(partial, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Refusal(BACKUP.exists(target));
        throw error;
      }
      fsyncPath(dirname(target));
    } finally {
      rmSync(partial, { force: true });
    }
    return BACKUP.done(source, target, statSync(target).size);
  });
}
