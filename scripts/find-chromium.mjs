// Finds a Chromium/Chrome for the browser tests. Order: $CHROME_PATH, then the usual install
// locations. On Debian as root with nothing found, it installs Debian's `chromium` (Playwright cannot
// download its own browsers on these machines). Anywhere else it stops with what to install.
import { existsSync } from 'node:fs';
import { ensureDebianPackages } from './debian-packages.mjs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function firstInstalled() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

export function findChromium() {
  const found = firstInstalled();
  if (found) return found;
  // On Debian as root (CI's fresh machines): Debian's package.
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    ensureDebianPackages({ chromium: 'chromium' });
    const installed = firstInstalled();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium or Chrome found for the browser tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: install Google Chrome or Chromium and set CHROME_PATH=/path/to/the/browser',
  );
}
