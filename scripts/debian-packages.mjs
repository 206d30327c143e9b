// Installs the Debian packages the tests use when their commands are missing: as root with apt-get
// (CI's fresh machines), otherwise it stops and says what to install. Chromium (browser tests),
// poppler-utils (reading printed PDFs back) and caddy (the production server's header test).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** `needs`: command → Debian package. Returns nothing; throws with what to install when it cannot. */
export function ensureDebianPackages(needs) {
  const missing = Object.entries(needs).filter(([command]) => !onPath(command));
  if (!missing.length) return;
  const packages = [...new Set(missing.map(([, pkg]) => pkg))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get'))
    throw new Error(
      `Missing ${missing.map(([c]) => c).join(', ')}: install the Debian/Ubuntu package(s) ${packages.join(', ')} (sudo apt-get install ${packages.join(' ')}).`,
    );
  console.log(`Installing Debian package(s) ${packages.join(', ')} (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = missing.filter(([command]) => !onPath(command));
  if (still.length) throw new Error(`Still missing after apt-get: ${still.map(([c]) => c).join(', ')}`);
}

/** What the browser and deploy tests use besides Chromium. */
export const TEST_TOOLS = {
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  caddy: 'caddy',
};
