// `npm run users -- add|list|remove|password`: the accounts of the newsroom. In process (runUsers, with
// its standard streams given) against a running server's data folder, and once through npm itself,
// which also checks the production scrypt cost.
import { afterEach, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { runUsers } from '../../server/cli/users';
import { verifyPassword } from '../../server/accounts/passwords';
import { databasePath } from '../../server/db/database';
import { PASSWORD, TEST_COST, tempDir, testNewsroom, type TestNewsroom } from './helpers/newsroom';
import { STARTS_NPM_SCRIPT_MS } from '../unit/helpers/budgets';

let newsroom: TestNewsroom | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await newsroom?.stop();
  newsroom = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const dataDir = () => {
  const dir = tempDir('users');
  dirs.push(dir);
  return dir;
};

/** Runs the CLI in process with `input` on its standard input; returns its exit code and output. */
async function users(dir: string, args: string[], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  stdin.end(input);
  const code = await runUsers(args, { stdin, stdout, stderr, env: { DATA_DIR: dir }, cost: TEST_COST });
  return { code, out, err };
}

describe('npm run users', () => {
  it('adds an account with the password on standard input, and lists it without password or hash', async () => {
    const dir = dataDir();
    const added = await users(dir, ['add', 'Ana', '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toContain('Ana');
    await users(dir, ['add', 'Bojan', '--role', 'reporter', '--password-stdin'], `${PASSWORD}\r\n`);
    const listed = await users(dir, ['list']);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/Ana\s+editor/);
    expect(listed.out).toMatch(/Bojan\s+reporter/);
    expect(listed.out).not.toContain('$scrypt');
    expect(listed.out).not.toContain(PASSWORD);
  });

  it('wants --password-stdin when there is no terminal to ask the password on', async () => {
    const piped = await users(dataDir(), ['add', 'Vesna', '--role', 'editor'], `${PASSWORD}\n${PASSWORD}\n`);
    expect(piped.code).toBe(1);
    expect(piped.err).toContain('--password-stdin');
  });

  it('refuses a password shorter than 12 or longer than 1,024 characters, a bad role, a taken or bad name', async () => {
    const dir = dataDir();
    const short = await users(dir, ['add', 'Ana', '--role', 'editor', '--password-stdin'], 'short pass\n');
    expect(short.code).toBe(1);
    expect(short.err).toContain('12 to 1,024 characters');
    const long = await users(
      dir,
      ['add', 'Ana', '--role', 'editor', '--password-stdin'],
      `${'p'.repeat(1025)}\n`,
    );
    expect(long.err).toContain('12 to 1,024 characters');
    const role = await users(dir, ['add', 'Ana', '--role', 'admin', '--password-stdin'], `${PASSWORD}\n`);
    expect(role.code).not.toBe(0);
    expect(role.err).toContain('editor or reporter');
    await users(dir, ['add', 'Ana', '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
    const taken = await users(dir, ['add', 'ANA', '--role', 'reporter', '--password-stdin'], `${PASSWORD}\n`);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('taken');
    for (const name of ['a\u0007b', 'x'.repeat(65), '-dash', 'tab\tname']) {
      const bad = await users(dir, ['add', name, '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
      expect(bad.code, name).not.toBe(0);
    }
    expect((await users(dir, ['list'])).out.match(/editor|reporter/g)).toHaveLength(1);
  });

  it('ends the sessions of an account it removes', async () => {
    newsroom = await testNewsroom();
    await users(newsroom.dataDir, ['add', 'Ana', '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
    const ana = newsroom.client();
    expect((await ana.signIn('Ana')).status).toBe(204);
    const removed = await users(newsroom.dataDir, ['remove', 'Ana']);
    expect(removed.code).toBe(0);
    expect(removed.out).toContain('1 session');
    expect((await ana.send('GET', '/api/session')).status).toBe(401);
    expect((await newsroom.client().signIn('Ana')).status).toBe(401);
    expect((await users(newsroom.dataDir, ['remove', 'Ana'])).code).toBe(1);
    // An account added next (SQLite may give it the removed one's id) is not signed in by the old cookie.
    await users(
      newsroom.dataDir,
      ['add', 'Dragana', '--role', 'editor', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect((await ana.send('GET', '/api/session')).status).toBe(401);
    expect(newsroom.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('ends the sessions of an account whose password it changes; the new password signs in', async () => {
    newsroom = await testNewsroom();
    await users(newsroom.dataDir, ['add', 'Ana', '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`);
    const ana = newsroom.client();
    await ana.signIn('Ana');
    const changed = await users(
      newsroom.dataDir,
      ['password', 'Ana', '--password-stdin'],
      'a brand new passphrase\n',
    );
    expect(changed.code).toBe(0);
    expect((await ana.send('GET', '/api/session')).status).toBe(401);
    expect((await newsroom.client().signIn('Ana')).status).toBe(401);
    expect((await newsroom.client().signIn('Ana', 'a brand new passphrase')).status).toBe(204);
    const actions = newsroom.db.prepare("SELECT action FROM audit WHERE actor = 'Ana' ORDER BY id").all();
    expect(actions.map((a) => (a as { action: string }).action)).toEqual([
      'user-add',
      'sign-in',
      'password',
      'sign-in-refused',
      'sign-in',
    ]);
  });

  it('says how to use it when the command is unknown', async () => {
    const unknown = await users(dataDir(), ['promote', 'Ana']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('npm run users -- add <name> --role editor|reporter');
  });

  it(
    'asks for the password twice on a terminal (a pseudo-terminal made by script(1)) without echoing it',
    async () => {
      const dir = dataDir();
      const typed = (second: string) =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(
            'script',
            ['-qefc', 'npm run --silent users -- add Ana --role editor', '/dev/null'],
            {
              env: { ...process.env, DATA_DIR: dir },
            },
          );
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            const text = chunk.toString();
            out += text;
            if (text.includes('Password for Ana')) child.stdin.write(`${PASSWORD}\r`);
            if (text.includes('again')) child.stdin.write(`${second}\r`);
          });
          child.on('close', (code) => resolve({ code, out }));
        });
      const mismatch = await typed('not the same password');
      expect(mismatch.out).toContain('did not match');
      expect(mismatch.code).toBe(1);
      const added = await typed(PASSWORD);
      expect(added.out).toContain('Added Ana (editor)');
      expect(added.code).toBe(0);
      expect(added.out + mismatch.out).not.toContain(PASSWORD);
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx twice: see tests/unit/helpers/budgets.ts

  it(
    'runs through npm, and hashes with the production cost (scrypt N = 2^17, r = 8, p = 1)',
    async () => {
      const dir = dataDir();
      const run = spawnSync(
        'npm',
        ['run', '--silent', 'users', '--', 'add', 'Vesna', '--role', 'reporter', '--password-stdin'],
        {
          input: `${PASSWORD}\n`,
          env: { ...process.env, DATA_DIR: dir },
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const db = new Sqlite(databasePath(dir), { readonly: true });
      const { password_hash: hash } = db
        .prepare("SELECT password_hash FROM users WHERE name = 'Vesna'")
        .get() as {
        password_hash: string;
      };
      db.close();
      expect(hash).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
      expect(await verifyPassword(hash, PASSWORD)).toBe(true);
      expect(await verifyPassword(hash, `${PASSWORD}!`)).toBe(false);
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx: see tests/unit/helpers/budgets.ts
});
