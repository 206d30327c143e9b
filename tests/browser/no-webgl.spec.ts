// Without WebGL the interactive map cannot be drawn: a static map of the same data stands in (features
// reachable by Tab, Enter opens their details); the article and the features with their passages work.
import { expect, test } from '@playwright/test';

test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-3d-apis', '--disable-webgl'],
  },
});

test('the page says so and still offers the article and every feature with its passages', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('no-webgl')).toContainText('this browser has no WebGL');
  await expect(page.getByTestId('article')).toContainText('barricaded themselves in a monastery');
  await page
    .getByRole('button', { name: /^Layers and features/ })
    .filter({ visible: true })
    .click();
  const monastery = page.getByTestId('layer-monastery');
  await monastery.getByText(/^List/).click();
  await monastery.getByRole('button', { name: /Banjska Monastery/ }).click();
  const details = page.getByTestId('details').getByTestId('feature-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Banjska Monastery');
  await expect(details.getByTestId('details-passage')).toContainText('barricaded themselves in a monastery');
  await page
    .getByTestId('article')
    .getByRole('link', { name: /four municipalities with a Serb majority/ })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('North Mitrovica');
  expect(errors).toEqual([]);
});

test('the static map shows the four situation layers; Tab reaches a municipality, Enter opens its details', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('no-webgl')).toContainText('this browser has no WebGL');
  const map = page.getByTestId('static-map');
  await expect(map).toBeVisible();
  for (const layer of ['border', 'northKosovo', 'municipalities', 'monastery'])
    await expect(map.locator(`[data-owner="${layer}"]`).first(), layer).toBeVisible();
  // The zoom buttons are drawn over the map, not under it.
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  const box = (await zoomOut.boundingBox())!;
  expect(
    await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('aria-label'),
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    ),
  ).toBe('Zoom out');
  // Tab from the zoom buttons until a municipality has the focus.
  await page.getByRole('button', { name: 'Zoom out' }).focus();
  let name = '';
  for (let i = 0; i < 40 && !/^Zvečan/.test(name); i++) {
    await page.keyboard.press('Tab');
    name = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
  }
  expect(name).toMatch(/^Zvečan .*\(Four Serb-majority municipalities\)/);
  const focused = await page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: innerWidth, h: innerHeight };
  });
  expect(focused.x).toBeGreaterThan(0);
  expect(focused.x).toBeLessThan(focused.w);
  await page.keyboard.press('Enter');
  const details = page.getByTestId('details').getByTestId('feature-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Zvečan');
  await expect(details.getByTestId('details-passage').first()).toBeVisible();
});
