// Installs the npm packages when they are missing or older than package-lock.json, so that `npm start`
// and `npm test` work on a fresh clone with nothing but Node (and, for better-sqlite3, which npm builds
// from source where no prebuilt binary can be fetched, python3, make and a C++ compiler). npm's own
// output (hundreds of lines of compiler and engine notices) goes to a log file, shown only if it fails.
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
  if (!stale) return;
  console.log(
    'Installing npm packages (npm ci; the first time takes a few minutes: it compiles better-sqlite3)…',
  );
  const log = join(tmpdir(), `situation-viewer-npm-ci-${process.pid}.log`);
  const fd = openSync(log, 'w');
  const started = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (result.status !== 0) {
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
    console.error(lines.slice(-40).join('\n'));
    console.error(`\nnpm ci failed (the last 40 lines above; all of it in ${log}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`Installed in ${Math.round((Date.now() - started) / 1000)} s (npm's log: ${log}).`);
}
