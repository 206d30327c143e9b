// Operations (issue 41): `npm run backup -- <file>` copies the database while the server runs (SQLite's
// online backup); `npm run restore -- <file>` refuses while a server runs on the data folder (its lock)
// and otherwise replaces the database, keeping the old one beside it. In process (the CLIs' functions,
// their streams given) and through npm, against a real server and its data folder.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Sqlite from 'better-sqlite3';
import { runBackup } from '../../server/cli/backup';
import { runRestore } from '../../server/cli/restore';
import { databasePath } from '../../server/db/database';
import { tempDir, testNewsroom, type TestNewsroom } from './helpers/newsroom';
import { draftBody } from './helpers/drafts';
import { fixtureDistWithStories, publish, readerView, realDraft, saveDraft } from './helpers/stories';
import { STARTS_NPM_SCRIPT_MS, RUNS_NEWSROOM_TWICE_MS } from '../unit/helpers/budgets';

let newsroom: TestNewsroom | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await newsroom?.stop();
  newsroom = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const dir = (name: string) => {
  const made = tempDir(name);
  dirs.push(made);
  return made;
};

type Cli = typeof runBackup;
async function run(cli: Cli, args: string[], dataDir: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await cli(args, { stdout, stderr, env: { DATA_DIR: dataDir } });
  return { code, out, err };
}

function npm(script: string, args: string[], dataDir: string) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      env: { ...process.env, DATA_DIR: dataDir },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const revisionsIn = (file: string) => {
  const db = new Sqlite(file, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      revisions: (db.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
};

describe('npm run backup', () => {
  it(
    'copies the database while the server runs and saves go on: the copy is whole and checked',
    async () => {
      newsroom = await testNewsroom();
      await newsroom.addUser('Ana', 'editor');
      const ana = newsroom.client();
      await ana.signIn('Ana');
      let revision = await saveDraft(ana, 'border-report', draftBody('border-report'));
      const before = revision;
      let saving = true;
      const saves = (async () => {
        while (saving)
          revision = await saveDraft(
            ana,
            'border-report',
            draftBody('border-report', { changes: revision }),
            revision,
          );
      })();
      const file = join(dir('backup'), 'newsroom-backup.sqlite');
      const backup = await npm('backup', [file], newsroom.dataDir);
      saving = false;
      await saves;
      expect(backup.err).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.out).toContain(`Backed up ${databasePath(newsroom.dataDir)} to ${file}`);
      const copy = revisionsIn(file);
      expect(copy.integrity).toBe('ok');
      // Every save committed before the backup began is in it; those after may be.
      expect(copy.revisions).toBeGreaterThanOrEqual(before);
      expect(copy.revisions).toBeLessThanOrEqual(revision);
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx: see tests/unit/helpers/budgets.ts

  it('refuses to write over a file, or without a file named', async () => {
    newsroom = await testNewsroom();
    const file = join(dir('backup'), 'taken.sqlite');
    writeFileSync(file, 'a file someone needs\n');
    const over = await run(runBackup, [file], newsroom.dataDir);
    expect(over.code).toBe(1);
    expect(over.err).toContain('exists');
    expect(readFileSync(file, 'utf8')).toBe('a file someone needs\n');
    const none = await run(runBackup, [], newsroom.dataDir);
    expect(none.code).toBe(2);
    expect(none.err).toContain('npm run backup -- <file>');
  });
});

describe('npm run restore', () => {
  it(
    'refuses while the server runs, and changes nothing',
    async () => {
      newsroom = await testNewsroom();
      await newsroom.addUser('Ana', 'editor');
      const file = join(dir('backup'), 'b.sqlite');
      expect((await run(runBackup, [file], newsroom.dataDir)).code).toBe(0);
      const refused = await npm('restore', [file], newsroom.dataDir);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('The newsroom server is running on this data folder');
      expect(refused.err).toContain(`pid ${process.pid}`);
      expect(readdirSync(newsroom.dataDir).filter((f) => f.includes('before-restore'))).toEqual([]);
      // In process too (a second connection of the same process is refused by the same lock).
      expect((await run(runRestore, [file], newsroom.dataDir)).code).toBe(1);
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx: see tests/unit/helpers/budgets.ts

  it(
    'replaces the database when the server is stopped, keeps the old one beside it, and readers get the restored stories',
    async () => {
      const distDir = fixtureDistWithStories();
      dirs.push(distDir);
      newsroom = await testNewsroom({ distDir });
      const { dataDir } = newsroom;
      await newsroom.addUser('Ana', 'editor');
      const ana = newsroom.client();
      await ana.signIn('Ana');
      const first = await saveDraft(ana, 'border-story', realDraft('border-story', { title: 'Backed up' }));
      await publish(ana, 'border-story', first);
      const file = join(dir('backup'), 'b.sqlite');
      expect((await run(runBackup, [file], dataDir)).code).toBe(0);
      const second = await saveDraft(
        ana,
        'border-story',
        realDraft('border-story', { title: 'Later' }),
        first,
      );
      await publish(ana, 'border-story', second);
      await newsroom.close();
      newsroom = null;

      const restored = await run(runRestore, [file], dataDir);
      expect(restored.err).toBe('');
      expect(restored.code).toBe(0);
      const kept = readdirSync(dataDir).filter((f) => f.startsWith('newsroom.sqlite.before-restore-'));
      expect(kept).toHaveLength(1);
      expect(restored.out).toContain(kept[0]);
      // The old database, whole, beside the new one (with the later publish).
      expect(revisionsIn(join(dataDir, kept[0]!))).toEqual({ integrity: 'ok', revisions: 4 });
      expect(revisionsIn(databasePath(dataDir))).toEqual({ integrity: 'ok', revisions: 2 });

      // The backup's sessions are not brought back: everyone signs in again (a removed account's, or one
      // whose password changed since, would otherwise live on).
      expect(restored.out).toContain('sign in again');
      newsroom = await testNewsroom({ dataDir, distDir });
      const again = newsroom.client();
      for (const [name, value] of ana.jar) again.jar.set(name, value);
      expect((await again.send('GET', '/api/session')).status).toBe(401);
      expect((await readerView(newsroom.url, 'border-story')).story!.meta.title).toBe('Backed up');
    },
    RUNS_NEWSROOM_TWICE_MS,
  ); // in process, twice: see tests/unit/helpers/budgets.ts

  it('refuses a file that is not a newsroom’s database, and leaves the data folder as it was', async () => {
    newsroom = await testNewsroom();
    const { dataDir } = newsroom;
    dirs.push(dataDir);
    await newsroom.close();
    newsroom = null;
    const notes = join(dir('backup'), 'notes.sqlite');
    writeFileSync(notes, 'not a database\n'.repeat(100));
    const empty = join(dir('backup'), 'empty.sqlite');
    const other = new Sqlite(empty);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const before = readFileSync(databasePath(dataDir));
    for (const file of [notes, empty, join(dataDir, 'missing.sqlite')]) {
      const refused = await run(runRestore, [file], dataDir);
      expect(refused.code, file).toBe(1);
      expect(refused.err, file).toContain(file);
    }
    expect(readFileSync(databasePath(dataDir)).equals(before)).toBe(true);
    expect(existsSync(join(dataDir, 'newsroom.sqlite-wal'))).toBe(false);
    expect(readdirSync(dataDir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});

describe('the data folder’s lock', () => {
  it('refuses a second server on the same data folder while the first runs, naming it', async () => {
    newsroom = await testNewsroom();
    await expect(testNewsroom({ dataDir: newsroom.dataDir })).rejects.toThrow(
      new RegExp(`in use by another newsroom server \\(pid ${process.pid}, started `),
    );
    // The first one is unharmed.
    expect((await fetch(newsroom.url)).status).toBe(200);
  });
});
