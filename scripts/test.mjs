// `npm test`: every check the project has, in order: types, lint and format, unit tests (Vitest),
// build, browser tests (Playwright in Chromium). Reports go to test-results/; the last line printed
// is `N passed, N failed` computed from them.
import { spawnSync } from 'node:child_process';
import { rmSync, mkdirSync } from 'node:fs';
import { ensureDependencies } from './ensure-deps.mjs';
import { findChromium } from './find-chromium.mjs';
import { ensureDebianPackages, TEST_TOOLS } from './debian-packages.mjs';
import { REPORTS } from './test-summary.mjs';

ensureDependencies();
const chrome = findChromium();
ensureDebianPackages(TEST_TOOLS);
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const failures = [];
function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(name);
}

step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
step('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS.vitest}`,
]);
// The fixture stories (tests/fixtures/stories) are written too, `listed: false`: tests/browser/fixture-region.spec.ts
// opens one. A build without SITUATION_FIXTURES (npm run build, deploys) has none of them.
step('build', 'npx', ['vite', 'build'], { SITUATION_FIXTURES: '1' });
step('browser tests', 'npx', ['playwright', 'test'], { CHROME_PATH: chrome });

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
// The closing line comes last: CI reads the final line.
const summary = spawnSync('node', ['scripts/test-summary.mjs'], { stdio: 'inherit' });
process.exit(failures.length || summary.status !== 0 ? 1 : 0);
