// Installs the npm packages when they are missing or older than package-lock.json,
// so that `npm start` and `npm test` work on a fresh clone with nothing but Node.
import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
  if (!stale) return;
  console.log('Installing npm packages (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
