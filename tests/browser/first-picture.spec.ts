// The first picture: the static map (d3-geo, the same style as the interactive map) drawn before
// MapLibre's code has arrived, and handed over to the interactive map without a jump. (Without WebGL:
// no-webgl.spec.ts.)
import { expect, test } from '@playwright/test';
import { shippedFeatures, SituationViewer } from './driver';
import { scaled } from './timing';

test('the first picture comes before MapLibre’s code, and the map takes over without moving', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, then, get } = viewer;
  const release = await given.mapLibreHeld();
  await given.pageAt('', { waitUntil: 'commit' });
  const picture = page.getByTestId('first-picture').getByTestId('static-map');
  await expect(picture).toBeVisible({ timeout: scaled(20_000) });
  // MapLibre has not run: no map container, no maplibregl global, and its chunk is held.
  expect(await page.locator('.maplibregl-map').count()).toBe(0);
  for (const layer of ['border', 'northKosovo', 'municipalities', 'monastery'])
    await expect(picture.locator(`[data-owner="${layer}"]`).first(), layer).toBeVisible();
  // A few projected points in the picture: the monastery's and the crossings' symbols.
  const points = [
    ...shippedFeatures('monastery.geojson').filter((f) => f.geometry.type === 'Point'),
    ...shippedFeatures('crossings.geojson'),
  ].map((f) => ({ id: f.properties.id, at: f.geometry.coordinates as [number, number] }));
  const before = await get.firstPicturePoints(points.map((p) => p.id));
  expect(before.filter(Boolean).length).toBeGreaterThanOrEqual(3);
  release();
  await then.mapDrawn();
  await expect(page.getByTestId('first-picture')).toHaveCount(0);
  for (const [i, p] of points.entries()) {
    if (!before[i]) continue;
    const after = await get.screenPoint(...p.at);
    expect(Math.abs(after.x - before[i]!.x), `${p.id} x`).toBeLessThanOrEqual(1);
    expect(Math.abs(after.y - before[i]!.y), `${p.id} y`).toBeLessThanOrEqual(1);
  }
});

test('the first picture shows the story first, then the base map as its tiles arrive; the map fetches none of them again', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, then } = viewer;
  const tiles: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/basemap/')) tiles.push(new URL(r.url()).pathname);
  });
  const release = await given.mapLibreHeld();
  await given.pageAt('', { waitUntil: 'commit' });
  const picture = page.getByTestId('first-picture').getByTestId('static-map');
  await expect(picture.locator('[data-owner="border"]').first()).toBeVisible({ timeout: scaled(20_000) });
  // The mark still means the first picture: the story's layers, whether or not the base map had come.
  expect(await page.evaluate(() => performance.getEntriesByName('map-first-picture').length)).toBe(1);
  await expect(picture.locator('path[data-source-layer="transportation"]').first()).toBeAttached();
  expect(await picture.locator('g[aria-hidden="true"] [data-source-layer="water"]').count()).toBeGreaterThan(
    0,
  );
  const firstPictureTiles = [...tiles];
  expect(firstPictureTiles.length).toBeGreaterThan(0);
  release();
  await then.mapDrawn();
  // Each tile fetched once: the interactive map took the first picture's from it.
  expect(tiles.filter((t, i) => tiles.indexOf(t) !== i)).toEqual([]);
  expect(viewer.errors).toEqual([]);
});
