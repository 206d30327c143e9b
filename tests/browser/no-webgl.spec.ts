// Without WebGL the interactive map cannot be drawn: a static map of the same data stands in (features
// reachable by Tab, Enter opens their details); the article and the features with their passages work.
import { expect, test } from '@playwright/test';
import { SituationViewer, WITHOUT_WEBGL } from './driver';

test.use(WITHOUT_WEBGL);

test('the page says so and still offers the article and every feature with its passages', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then } = viewer;
  await given.pageAt();
  await expect(page.getByTestId('no-webgl')).toContainText('this browser has no WebGL');
  await expect(page.getByTestId('article')).toContainText('barricaded themselves in a monastery');
  // The static map draws the base map too: its credits are given.
  await expect(page.getByTestId('base-map-credits')).toContainText('© OpenStreetMap contributors');
  await expect(page.getByTestId('base-map-credits')).toContainText('August 2021');
  await when.chooseFromList('monastery', /Banjska Monastery/);
  const details = viewer.details().getByTestId('feature-details');
  await then.detailsShow('Banjska Monastery');
  await expect(details.getByTestId('details-passage')).toContainText('barricaded themselves in a monastery');
  // No map to wait for: the phrase's click is not followed by the map's idle.
  await when.clickPhrase(/four municipalities with a Serb majority/, { settle: false });
  await then.detailsShow('North Mitrovica');
  await expect(details).toBeVisible();
  expect(viewer.errors).toEqual([]);
});

test('the static map shows the four situation layers; Tab reaches a municipality, Enter opens its details', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  await viewer.given.pageAt();
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
  await viewer.when.press('Enter');
  const details = viewer.details().getByTestId('feature-details');
  await viewer.then.detailsShow('Zvečan');
  await expect(details).toBeVisible();
  await expect(details.getByTestId('details-passage').first()).toBeVisible();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  test(`the static map draws the base map's roads and water from its tiles, quietly (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const tiles: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/basemap/')) tiles.push(`${r.status()} ${r.url()}`);
    });
    const viewer = new SituationViewer(page);
    await viewer.given.pageAt();
    const map = page.getByTestId('static-map');
    const road = map.locator('path[data-source-layer="transportation"]');
    await expect(road.first()).toBeAttached();
    expect(await road.count()).toBeGreaterThan(5);
    expect(await map.locator('path[data-source-layer="water"]').count()).toBeGreaterThan(0);
    // Inside aria-hidden groups, under the story's layers (drawn before them), never a focus stop.
    expect(await map.locator('g[aria-hidden="true"] [data-source-layer]').count()).toBe(
      await map.locator('[data-source-layer]').count(),
    );
    expect(await map.locator('[data-source-layer][tabindex], g.base-map [tabindex]').count()).toBe(0);
    // Fetched from the site itself, every one a tile.
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.filter((t) => !t.startsWith('200 '))).toEqual([]);
    await expect(page.getByTestId('base-map-credits')).toContainText('© OpenMapTiles');
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `docs/no-webgl-base-map-${viewport.width}x${viewport.height}.png` });
    expect(viewer.errors).toEqual([]);
  });
