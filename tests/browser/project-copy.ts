// A temporary copy of the project (its node_modules linked, not copied), for tests that author a story
// the way an editor would: `npm run story -- new`, `check`, `npm run build`, then `vite preview`.
import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scaled } from './timing';

// The escape character, written out: a control character in a regex literal is easy to misread.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set([
  'node_modules',
  'dist',
  'dist-bench',
  '.git',
  'test-results',
  'playwright-report',
  '.scratch',
]);

export class ProjectCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'situation-viewer-'));
  private server: ChildProcess | null = null;

  constructor() {
    cpSync(ROOT, this.dir, {
      recursive: true,
      filter: (source) => !SKIP.has(source.slice(ROOT.length + 1).split('/')[0]),
    });
    symlinkSync(join(ROOT, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  /** Runs an npm script there; throws with its output if it fails. */
  npm(...args: string[]): string {
    return execFileSync('npm', ['run', '--silent', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      timeout: scaled(180_000),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** The build without its type check (`npm run build` is `tsc --noEmit && vite build`). */
  viteBuild(): void {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: this.dir,
      timeout: scaled(180_000),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Serves the copy's dist/ and resolves when vite preview prints that it listens (its own event). */
  serve(port: number): Promise<string> {
    const server = spawn(
      'npx',
      ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    this.server = server;
    const origin = `http://127.0.0.1:${port}`;
    return new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`vite preview did not start on ${origin}:\n${output}`)),
        scaled(60_000),
      );
      const read = (chunk: Buffer) => {
        // Without colour codes (Playwright's workers set FORCE_COLOR, and vite then bolds the port).
        output += chunk.toString().replace(ANSI_COLOUR, '');
        if (output.includes(`${origin}/`)) {
          clearTimeout(timer);
          resolve(origin);
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`vite preview exited (${code}):\n${output}`));
      });
    });
  }

  /** Stops the server and serves dist/ again (after a rebuild: vite preview lists the files at start). */
  async restart(port: number): Promise<string> {
    const server = this.server;
    if (server?.pid && server.exitCode === null) {
      server.removeAllListeners('exit');
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid);
      await exited;
    }
    this.server = null;
    return this.serve(port);
  }

  dispose(): void {
    if (this.server?.pid) {
      try {
        process.kill(-this.server.pid);
      } catch {
        // already gone
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
