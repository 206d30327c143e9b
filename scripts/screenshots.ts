// Screenshots of the built app for the README and for looking at what we ship:
// `npx tsx scripts/screenshots.ts [outDir]` with `npm run preview` running.
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
async function shot(
  name: string,
  width: number,
  height: number,
  hash = '',
  action?: (page: import('@playwright/test').Page) => Promise<void>,
) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console:`, m.text()));
  page.on('pageerror', (e) => console.log(`[${name}] pageerror:`, e.message));
  await page.goto(`${base}${hash}`);
  await page.locator('[data-testid="map"][data-idle="true"]').waitFor({ timeout: 30_000 });
  if (action) await action(page);
  await page.waitForTimeout(600);
  await page.locator('[data-testid="map"][data-idle="true"]').waitFor({ timeout: 30_000 });
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await shot('desktop', 1280, 800);
await shot('desktop-popup', 1280, 800, '', async (page) => {
  await page.getByRole('link', { name: /barricaded themselves in a monastery/ }).click();
});
await shot('phone', 390, 844);
await browser.close();
