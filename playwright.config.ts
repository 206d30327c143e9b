import { defineConfig } from '@playwright/test';
import { scaled, TIME_SCALE } from './tests/browser/timing';
import { ORIGIN, PREVIEW_PORT } from './tests/browser/origin';
import { NEWSROOM_ORIGIN } from './tests/browser/newsroom';

// The browser is Debian's Chromium (or $CHROME_PATH): Playwright cannot download its own here.
// `npm test` finds or installs it and sets CHROME_PATH; running `npx playwright test` directly needs it set.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/playwright-artifacts',
  timeout: scaled(60_000),
  expect: { timeout: scaled(15_000) },
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: ORIGIN,
    viewport: { width: 1280, height: 800 },
    // The reader who asks for less motion: the map jumps instead of flying 900 ms, which in software
    // WebGL (SwiftShader) is several frames of ~0.4 CPU s each. The flight is checked where it is the
    // subject (timeline.spec, `reducedMotion: 'no-preference'`).
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      url: ORIGIN,
      reuseExistingServer: false,
      timeout: scaled(60_000),
    },
    // The newsroom server over the same build, for the journeys of the newsroom (tests/browser/newsroom.ts):
    // a temporary data folder and test accounts, NEWSROOM_PORT.
    {
      command: 'node --import tsx tests/browser/newsroomServer.ts',
      url: `${NEWSROOM_ORIGIN}/stories/index.json`,
      reuseExistingServer: false,
      timeout: scaled(60_000),
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});

console.log(`browser tests: timeouts × ${TIME_SCALE.toFixed(2)} (load average per core at start)`);
