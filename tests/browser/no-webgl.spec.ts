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
  // The static map draws no base map (yet): its credits are not claimed.
  await expect(page.getByTestId('attribution')).toContainText('© OpenStreetMap contributors');
  await expect(page.getByTestId('base-map-credits')).toHaveCount(0);
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
