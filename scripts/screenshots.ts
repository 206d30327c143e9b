// Screenshots of the built app for the README and for looking at what we ship:
// `npx tsx scripts/screenshots.ts [outDir]` with `npm run preview` running. Each waits for the map to
// have drawn everything after the last step (its idle event), never for a fixed time.
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { parseGold } from '../src/geoparse/evaluate';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

const idleCount = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-idle-count') ?? 0),
  );

async function settled(page: Page, since: number) {
  await page.waitForFunction(
    (n) => {
      const map = document.querySelector('[data-testid="map"]');
      return (
        map?.getAttribute('data-idle') === 'true' &&
        !map.hasAttribute('data-layers-pending') &&
        Number(map.getAttribute('data-idle-count')) > n
      );
    },
    since,
    { timeout: 60_000 },
  );
}

async function shot(
  name: string,
  width: number,
  height: number,
  hash = '',
  action?: (page: Page) => Promise<void>,
  pagePath = '',
) {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
  page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console:`, m.text()));
  page.on('pageerror', (e) => console.log(`[${name}] pageerror:`, e.message));
  await page.goto(`${base}${pagePath}${hash}`);
  await settled(page, 0);
  if (action) {
    const before = await idleCount(page);
    await action(page);
    await settled(page, before);
  }
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}

// The base map (issue 36): the first view, Banjska at zoom 14 and Lake Gazivode, at both sizes.
// `SCREENSHOTS=basemap` takes only these.
for (const [w, h] of [
  [1280, 800],
  [390, 844],
]) {
  await shot(`basemap-first-view-${w}x${h}`, w, h);
  await shot(`basemap-banjska-z14-${w}x${h}`, w, h, '#map=14.00/42.97600/20.77900');
  await shot(`basemap-lake-${w}x${h}`, w, h, '#map=12.00/42.94000/20.62000');
}
if (process.env.SCREENSHOTS === 'basemap') {
  await browser.close();
  process.exit(0);
}

const phrase = (text: RegExp) => (page: Page) =>
  page.getByTestId('article').getByRole('link', { name: text }).first().click();

for (const [w, h] of [
  [1280, 800],
  [1440, 900],
  [1024, 768],
  [390, 844],
  [360, 640],
]) {
  await shot(`viewport-${w}x${h}`, w, h);
  await shot(`viewport-${w}x${h}-details`, w, h, '', phrase(/four municipalities with a Serb majority/));
}
await shot('desktop', 1280, 800);
await shot('desktop-details', 1280, 800, '', phrase(/barricaded themselves in a monastery/));
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
// The embed at its smallest supported size, with a feature's details open.
await shot('embed-400x300', 400, 300, '#feature=municipality-leposavic', undefined, 'embed.html');
// The printed page (A4), first page, as an image: printed to PDF by Chromium, rasterised by poppler.
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}#feature=municipality-zvecan`);
  await settled(page, 0);
  const pdf = `${out}/print-a4.pdf`;
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  execFileSync('pdftoppm', ['-r', '80', '-f', '1', '-l', '1', '-png', '-singlefile', pdf, `${out}/print-a4`]);
  rmSync(pdf);
  await page.close();
}
// The editor's path: the front door, the new-story page filled in, and the desk on what it found.
const ARTICLE = parseGold(readFileSync('tests/geoparse/gold/unseen-2/mitrovica-bridge.txt', 'utf8')).text;
async function fillNewStory(page: Page) {
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Title').fill('A plan to reopen the Mitrovica bridge');
  await page.getByLabel('Date').fill('2026-11-30');
  await page.getByLabel('Source name').fill('Test Wire');
  await page.getByLabel('Source URL').fill('https://example.org/mitrovica-bridge');
}
for (const [w, h] of [
  [1280, 800],
  [390, 844],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  page.on('pageerror', (e) => console.log('[editor] pageerror:', e.message));
  await page.goto(`${base}#stories`);
  await page.locator('img.story-thumb').first().waitFor();
  await page.screenshot({ path: `${out}/stories-${w}x${h}.png` });
  await page.goto(`${base}#new`);
  await fillNewStory(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/new-story-${w}x${h}.png` });
  await page.getByRole('button', { name: 'Find places' }).click();
  await page.getByTestId('review-card').waitFor();
  await settled(page, 0);
  await page.keyboard.press('j');
  await page.screenshot({ path: `${out}/desk-${w}x${h}.png` });
  // Leave nothing behind in this browser profile for the next size.
  await page.evaluate(() => localStorage.clear());
  await page.close();
}
await browser.close();

// Without WebGL: the static map stands in.
const noWebgl = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-3d-apis', '--disable-webgl'],
});
for (const [w, h] of [
  [1280, 800],
  [390, 844],
]) {
  const page = await noWebgl.newPage({ viewport: { width: w, height: h } });
  await page.goto(base);
  await page.getByTestId('static-map').waitFor();
  await page.screenshot({ path: `${out}/no-webgl-${w}x${h}.png` });
  await page.close();
}
await noWebgl.close();
