// server/main.ts as `npm start` runs it (after installing and building): what it prints, and that it
// refuses to start on a database it cannot trust. A process of its own (node with tsx), on an
// ephemeral port (PORT=0), a temporary data folder and a small built viewer.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { databasePath } from '../../server/db/database';
import { fixtureDist, tempDir } from './helpers/newsroom';
import { STARTS_NPM_SCRIPT_MS } from '../unit/helpers/budgets';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the server; resolves once it printed its URL (then stops it) or exited. */
function start(dataDir: string) {
  const distDir = fixtureDist();
  dirs.push(dataDir, distDir);
  return new Promise<{ code: number | null; out: string; err: string; served: number | null }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, DIST_DIR: distDir, PORT: '0', HOST: '127.0.0.1' },
    });
    let out = '';
    let err = '';
    let served: number | null = null;
    child.stdout.on('data', async (chunk: Buffer) => {
      out += chunk;
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url && served === null && out.endsWith('\n')) {
        served = (await fetch(url)).status;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('close', (code) => resolve({ code, out, err, served }));
  });
}

describe('starting the newsroom server', () => {
  it(
    'prints a few lines for a newcomer: the URL, where the data is, how to add the first account; Ctrl-C stops it',
    async () => {
      const dataDir = tempDir('start');
      const run = await start(dataDir);
      expect(run.err).toBe('');
      expect(run.served).toBe(200);
      expect(run.code).toBe(0);
      const lines = run.out.trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(5);
      expect(lines[0]).toMatch(
        /^Situation Viewer's newsroom at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C stops it\)$/,
      );
      expect(run.out).toContain(`Data: ${databasePath(dataDir)}`);
      expect(run.out).toContain('npm run users -- add <name> --role editor');
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts node and tsx: see tests/unit/helpers/budgets.ts

  it(
    'refuses to start on a file that is not a database, with a clear message and nothing served',
    async () => {
      const dataDir = tempDir('start');
      writeFileSync(databasePath(dataDir), 'not a database at all, but someone’s notes\n'.repeat(100));
      const run = await start(dataDir);
      expect(run.code).toBe(1);
      expect(run.served).toBeNull();
      expect(run.out).toBe('');
      expect(run.err.trim()).toBe(
        `Cannot open the database ${databasePath(dataDir)}: file is not a database. The server did not start and changed nothing. Restore the file from a backup, or move it away to start an empty newsroom.`,
      );
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts node and tsx: see tests/unit/helpers/budgets.ts
});
