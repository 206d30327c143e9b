// Reference screenshots for a change that should not change what the reader sees: the first view once
// the map is drawn, a selection (the Banjska area's details open) and the layers panel (on a phone, the
// bottom sheet's layers tab), at 1280×800 and 390×844. Skipped unless VISUAL_REFERENCE_DIR is set, so
// `npm test` does not run it.
//
//   Save:    VISUAL_REFERENCE_DIR=/work/visual-reference VISUAL_UPDATE=1 npx playwright test tests/browser/visual
//   Compare: VISUAL_REFERENCE_DIR=/work/visual-reference npx playwright test tests/browser/visual
//
// Comparing prints the share of differing pixels per image (pixelmatch, per-pixel threshold 0.1, its
// default; anti-aliased pixels counted) and fails above VISUAL_MAX_SHARE (default 0.005, 0.5 % of
// the pixels); a screenshot of another size fails as changed. The diff images go to test-results/visual/.
// Self-contained on purpose (Playwright and pixelmatch only, not the driver): the same script took
// the reference before the driver was rewritten and compares after.
import { expect, test, type Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = process.env.VISUAL_REFERENCE_DIR;
const UPDATE = process.env.VISUAL_UPDATE === '1';
const MAX_SHARE = Number(process.env.VISUAL_MAX_SHARE ?? 0.005);
const PIXEL_THRESHOLD = 0.1;
const DIFFS = resolve(import.meta.dirname, '../../../test-results/visual');
const DRAWN = '[data-testid="map"][data-idle="true"]:not([data-layers-pending])';

test.skip(!DIR, 'set VISUAL_REFERENCE_DIR to save or compare reference screenshots');
test.use({ reducedMotion: 'reduce' });

async function drawn(page: Page): Promise<void> {
  await expect(page.locator(DRAWN)).toBeVisible({ timeout: 60_000 });
  // Two frames after idle: nothing left to paint.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function shoot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const file = join(DIR!, `${name}.png`);
  if (UPDATE) {
    mkdirSync(DIR!, { recursive: true });
    writeFileSync(file, png);
    console.log(`visual: saved ${file}`);
    return;
  }
  expect(existsSync(file), `no reference ${file}: run with VISUAL_UPDATE=1 first`).toBe(true);
  const before = PNG.sync.read(readFileSync(file));
  const after = PNG.sync.read(png);
  if (before.width !== after.width || before.height !== after.height) {
    console.log(
      `visual: ${name} changed size ${before.width}×${before.height} → ${after.width}×${after.height}`,
    );
    throw new Error(
      `${name}: the screenshot is ${after.width}×${after.height}, the reference ${before.width}×${before.height}`,
    );
  }
  const diff = new PNG({ width: after.width, height: after.height });
  const differing = pixelmatch(before.data, after.data, diff.data, after.width, after.height, {
    threshold: PIXEL_THRESHOLD,
    includeAA: true,
  });
  const share = differing / (after.width * after.height);
  mkdirSync(DIFFS, { recursive: true });
  writeFileSync(join(DIFFS, `${name}-diff.png`), PNG.sync.write(diff));
  writeFileSync(join(DIFFS, `${name}-now.png`), png);
  console.log(`visual: ${name} differs in ${(share * 100).toFixed(3)} % of its pixels (${differing})`);
  expect(share, `${name}: share of differing pixels`).toBeLessThanOrEqual(MAX_SHARE);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  test.describe(`at ${size}`, () => {
    test.use({ viewport });

    test('the first view', async ({ page }) => {
      await page.goto('/');
      await drawn(page);
      await shoot(page, `first-view-${size}`);
    });

    test('a selection: the Banjska area', async ({ page }) => {
      await page.goto('/#feature=banjska-area');
      await drawn(page);
      await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toBeVisible();
      await drawn(page);
      await shoot(page, `selection-banjska-${size}`);
    });

    test('the layers panel (on a phone, the sheet)', async ({ page }) => {
      await page.goto('/');
      await drawn(page);
      await page
        .getByRole('button', { name: /^Layers and features/ })
        .filter({ visible: true })
        .click();
      await expect(page.getByTestId('toggle-border')).toBeVisible();
      await drawn(page);
      await shoot(page, `layers-${size}`);
    });
  });
}
