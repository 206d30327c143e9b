import { expect, test } from '@playwright/test';
import { SituationViewer } from './driver';

test('the built app draws the map offline: no request leaves 127.0.0.1', async ({ page }) => {
  const viewer = new SituationViewer(page);
  await viewer.given.viewer();
  await expect(page.getByRole('heading', { level: 2, name: /concerned about/ })).toContainText(
    'The United States is concerned about the deployment of Serbian',
  );
  await expect(viewer.map().locator('canvas')).toBeVisible();
  expect(viewer.requests.some((u) => u.endsWith('/data/border.geojson'))).toBe(true);
  expect(viewer.get.externalRequests()).toEqual([]);
  expect(viewer.errors).toEqual([]);
});

test('opens framed on northern Kosovo and the border, with scale bar, zoom buttons and attributions', async ({
  page,
}) => {
  const { given, get } = new SituationViewer(page);
  await given.viewer();
  const v = await get.currentView();
  expect(v.lat).toBeGreaterThan(42.85);
  expect(v.lat).toBeLessThan(43.2);
  expect(v.lon).toBeGreaterThan(20.6);
  expect(v.lon).toBeLessThan(20.9);
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  const attribution = page.getByTestId('attribution');
  await expect(attribution).toContainText('© OpenStreetMap contributors');
  await attribution.locator('summary').click();
  for (const credit of [
    'geoBoundaries (Runfola et al. 2020)',
    'GeoNames (geonames.org)',
    'Made with Natural Earth',
    'EU-Hydro v1.3',
    'Wikipedia',
  ]) {
    await expect(attribution).toContainText(credit);
  }
});

test('hovering a linked phrase highlights its features on the map', async ({ page }) => {
  const { given, when, then, get } = new SituationViewer(page);
  await given.viewer();
  const before = await get.mapPicture();
  await when.hoverPhrase(/four municipalities with a Serb majority/);
  then.mapChanged(before, await get.mapPicture(), { moreThan: 0.01 });
  await when.pointAway();
  then.mapAlike(before, await get.mapPicture(), { lessThan: 0.005 });
});
