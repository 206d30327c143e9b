// The database on start: created in WAL mode and migrated; a failing migration leaves it as it was;
// a file that is not a database, or a damaged one, stops the server with a clear message and is left
// untouched (never an empty newsroom in its place).
import { afterEach, describe, expect, it } from 'vitest';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { openDatabase, databasePath, DatabaseError } from '../../server/db/database';
import { MIGRATIONS_DIR } from '../../server/db/migrate';
import { tempDir } from './helpers/newsroom';

const dirs: string[] = [];
const temp = (name: string) => {
  const dir = tempDir(name);
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const MIGRATIONS = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length;

/** The real migrations and one more, numbered after them. */
function migrationsWith(extra: string, sql: string): string {
  const dir = temp('migrations');
  for (const file of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, file), join(dir, file));
  writeFileSync(join(dir, `${String(MIGRATIONS + 1).padStart(4, '0')}-${extra}.sql`), sql);
  return dir;
}

const tables = (db: Sqlite.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);

function errorOf(run: () => unknown): DatabaseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseError);
    return error as DatabaseError;
  }
  throw new Error('it opened');
}

describe('opening the database', () => {
  it('keeps the database and its journal to their owner even in a folder that already existed, open to all', () => {
    // The security review: in an existing folder (0755) the files had followed the umask (0644).
    const dataDir = temp('open-folder');
    chmodSync(dataDir, 0o755);
    const db = openDatabase({ dataDir });
    db.prepare("INSERT INTO audit (at, actor, action) VALUES ('2026-01-01T00:00:00Z', 'x', 'test')").run();
    for (const suffix of ['', '-wal', '-shm'])
      expect(statSync(databasePath(dataDir) + suffix).mode & 0o777, suffix || 'the database').toBe(0o600);
    db.close();
  });

  it('creates it in DATA_DIR in WAL mode, with every migration applied', () => {
    const dataDir = join(temp('data'), 'not-yet');
    const db = openDatabase({ dataDir });
    expect(existsSync(databasePath(dataDir))).toBe(true);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(tables(db)).toEqual([
      'audit',
      'blobs',
      'publications',
      'revisions',
      'sessions',
      'stories',
      'users',
    ]);
    db.close();
    // Opened again: nothing more to apply.
    const again = openDatabase({ dataDir });
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS);
    again.close();
  });

  it('stops at a failing migration, naming its file and the reason, and leaves the database as it was', () => {
    const dataDir = temp('data');
    const db = openDatabase({ dataDir });
    db.prepare(
      "INSERT INTO users (name, role, password_hash, created_at, password_changed_at) VALUES ('Ana', 'editor', 'x', 'now', 'now')",
    ).run();
    db.close();
    const before = readFileSync(databasePath(dataDir));
    const broken = migrationsWith(
      'half-done',
      'CREATE TABLE half_done (id INTEGER);\nALTER TABLE users ADD COLUMN nickname TEXT;\nINSERT INTO no_such_table VALUES (1);\n',
    );
    const error = errorOf(() => openDatabase({ dataDir, migrationsDir: broken }));
    expect(error.message).toContain(join(broken, `${String(MIGRATIONS + 1).padStart(4, '0')}-half-done.sql`));
    expect(error.message).toContain('no such table: no_such_table');
    expect(error.message).toContain(`left as it was (at migration ${MIGRATIONS})`);
    const after = new Sqlite(databasePath(dataDir), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS);
    expect(tables(after)).not.toContain('half_done');
    expect(after.prepare('SELECT * FROM users').all()[0] as object).not.toHaveProperty('nickname');
    expect(after.prepare('SELECT name FROM users').all()).toEqual([{ name: 'Ana' }]);
    after.close();
    expect(readFileSync(databasePath(dataDir)).equals(before)).toBe(true);
  });

  it('removes a database it created when a migration fails, leaving the folder as it was', () => {
    const dataDir = temp('data');
    errorOf(() => openDatabase({ dataDir, migrationsDir: migrationsWith('broken', 'THIS IS NOT SQL;') }));
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses migrations that are not numbered 1, 2, 3…', () => {
    const dir = temp('migrations');
    copyFileSync(join(MIGRATIONS_DIR, readdirSync(MIGRATIONS_DIR)[0]!), join(dir, '0001-newsroom.sql'));
    writeFileSync(join(dir, '0003-skips-two.sql'), 'SELECT 1;');
    expect(errorOf(() => openDatabase({ dataDir: temp('data'), migrationsDir: dir })).message).toContain(
      'expected migration number 2',
    );
  });

  it('refuses a database newer than this server', () => {
    const dataDir = temp('data');
    openDatabase({ dataDir }).close();
    const db = new Sqlite(databasePath(dataDir));
    db.pragma(`user_version = ${MIGRATIONS + 5}`);
    db.close();
    expect(errorOf(() => openDatabase({ dataDir })).message).toContain('newer than this server');
  });

  it('refuses a file that is not a database, says so, and leaves it untouched', () => {
    const dataDir = temp('data');
    const garbage = Buffer.from('These are the minutes of Tuesday’s meeting, not a database.\n'.repeat(200));
    writeFileSync(databasePath(dataDir), garbage);
    const error = errorOf(() => openDatabase({ dataDir }));
    expect(error.message).toContain(databasePath(dataDir));
    expect(error.message).toMatch(/not a database/);
    expect(error.message).toContain('The server did not start and changed nothing');
    expect(readFileSync(databasePath(dataDir)).equals(garbage)).toBe(true);
    expect(readdirSync(dataDir)).toEqual(['newsroom.sqlite']);
  });

  it('refuses a damaged database (PRAGMA integrity_check), says so, and leaves it untouched', () => {
    const dataDir = temp('data');
    const db = openDatabase({ dataDir });
    const insert = db.prepare('INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`2026-12-07T09:${i}`, `actor ${i}`, 'save', 'x'.repeat(50));
    })();
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(databasePath(dataDir));
    const pageSize = bytes.readUInt16BE(16);
    // Scramble the middle of the last page but one: a leaf of the audit table or its index.
    const page = bytes.length / pageSize - 2;
    for (let i = 200; i < 1200; i++) bytes[page * pageSize + i] = (i * 7919) & 0xff;
    writeFileSync(databasePath(dataDir), bytes);
    const error = errorOf(() => openDatabase({ dataDir }));
    expect(error.message).toContain(databasePath(dataDir));
    expect(error.message).toMatch(/damaged|malformed/);
    expect(error.message).toContain('The server did not start and changed nothing');
    expect(readFileSync(databasePath(dataDir)).equals(bytes)).toBe(true);
  });

  it('says so when DATA_DIR cannot be made', () => {
    const file = join(temp('data'), 'a-file');
    writeFileSync(file, '');
    expect(errorOf(() => openDatabase({ dataDir: join(file, 'data') })).message).toContain(
      'Cannot open the database',
    );
  });
});
