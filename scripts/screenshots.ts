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
// Each situation layer alone over the base map (for reviewing the geo layers).
const BASE = 'countries,kosovo,kosovoMunicipalities,rivers,places';
await shot('layer-border', 1280, 800, `#map=7.90/42.75000/20.90000&layers=${BASE},border,crossings`);
await shot('layer-north-kosovo', 1280, 800, `#layers=${BASE},northKosovo`);
await shot('layer-municipalities', 1280, 800, `#layers=${BASE},municipalities`);
await shot(
  'layer-monastery',
  1280,
  800,
  `#map=12.80/42.97300/20.80500&layers=${BASE},monastery,municipalities`,
);
await browser.close();
