// The ground context layers: each toggles and opens its details; the locator shows the main map's
// extent and hides on request.
import { expect, test } from '@playwright/test';
import { PHONE, shippedFeatures, SituationViewer } from './driver';

interface Case {
  layer: string;
  file: string;
  id: string;
  heading: RegExp;
  /** Where to click: the feature's point, or a point inside an area. */
  at?: [number, number];
  zoom: number;
}

const CASES: Case[] = [
  {
    layer: 'safetyZone',
    file: 'ground-safety-zone.geojson',
    id: 'ground-safety-zone',
    heading: /Ground Safety Zone/,
    at: [20.62, 43.24],
    zoom: 10,
  },
  { layer: 'landmarks', file: 'landmarks.geojson', id: 'lake-gazivode', heading: /Lake Gazivode/, zoom: 11 },
  { layer: 'landmarks', file: 'landmarks.geojson', id: 'ibar-bridge', heading: /Ibar bridge/, zoom: 14 },
  { layer: 'stations', file: 'rail-stations.geojson', id: 'station-lesak', heading: /Lešak/, zoom: 12 },
  { layer: 'terrain', file: 'terrain.geojson', id: '', heading: /Mokra Gora/, zoom: 11 },
  {
    layer: 'rivers',
    file: 'rivers.geojson',
    id: 'river-ibar-serbia',
    heading: /Ibar \(in Serbia\)/,
    zoom: 11,
  },
];

// Every point feature the map may label: a click on a line must not land on one of their labels,
// whose side of the point MapLibre chooses by what it placed before (it keeps a label's previous
// anchor), so by timing. Seen on a busy machine: the Ibar's middle vertex lay under "Rvati".
const POINTS = [
  'places.geojson',
  'rail-stations.geojson',
  'terrain.geojson',
  'crossings.geojson',
  'landmarks.geojson',
  'monastery.geojson',
]
  .flatMap((file) => shippedFeatures(file))
  .flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates as [number, number]] : []));

/** The line's vertex farthest from any labelled point (equirectangular distance, enough to rank). */
function clearestVertex(line: [number, number][]): [number, number] {
  const clearance = ([lon, lat]: [number, number]) =>
    Math.min(...POINTS.map(([x, y]) => Math.hypot((x - lon) * Math.cos((lat * Math.PI) / 180), y - lat)));
  return line.slice(1, -1).reduce((best, v) => (clearance(v) > clearance(best) ? v : best), line[1]);
}

// The six cases in one page: each goes to its view by a pasted link (as a reader who follows one),
// instead of a page load each; each turns its layer back on after the toggle, for the cases after it.
test('each layer of the ground context opens its details from the map, and toggles', async ({ page }) => {
  test.slow();
  const viewer = new SituationViewer(page);
  const { given, when, then, get } = viewer;
  await given.viewer();
  const styleLayerIds = await get.styleLayerIds();
  for (const c of CASES)
    await test.step(`${c.layer}: ${c.heading.source} opens its details from the map, and the layer toggles`, async () => {
      const features = shippedFeatures(c.file);
      const feature = c.id
        ? features.find((f) => f.properties.id === c.id)!
        : features.find((f) => c.heading.test(f.properties.name.en))!;
      const [lon, lat] =
        c.at ??
        (feature.geometry.type === 'Point'
          ? (feature.geometry.coordinates as [number, number])
          : feature.geometry.type === 'LineString'
            ? clearestVertex(feature.geometry.coordinates as [number, number][])
            : feature.properties.labelPoint);
      await when.goTo(`${c.zoom}.00/${lat.toFixed(5)}/${lon.toFixed(5)}`);
      await when.clickMap(lon, lat);
      await then.detailsShow(c.heading);
      await expect(viewer.details()).toContainText(/Sources and how it was drawn/);
      await when.closeDetails();
      await then.detailsClosed();
      await when.openLayers();
      const prefix = c.layer.replace(/[A-Z]/g, (x) => `-${x.toLowerCase()}`);
      const styleLayer = styleLayerIds.find((id) => id.startsWith(`${prefix}-`))!;
      expect(await get.visibility(styleLayer)).toBe('visible');
      await when.toggleLayer(c.layer, false);
      expect(await get.visibility(styleLayer)).toBe('none');
      await when.toggleLayer(c.layer, true);
      expect(await get.visibility(styleLayer)).toBe('visible');
    });
});

test('the lake’s details say its drawn outline is smaller than the reservoir; the zone’s say no army positions are drawn', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, then } = viewer;
  await given.viewer({ feature: 'lake-gazivode' });
  await then.detailsShow(/Lake Gazivode/);
  await expect(viewer.details()).toContainText('smaller');
  // The zone by a link pasted into the same page.
  await viewer.when.followLink('#feature=ground-safety-zone');
  await then.detailsShow(/Ground Safety Zone/);
  await expect(viewer.details()).toContainText('No army positions are public');
});

test('the locator shows the main map’s extent, follows it, and hides on request', async ({ page }) => {
  const viewer = new SituationViewer(page);
  const { given, when, get } = viewer;
  await given.viewer();
  const locator = page.getByTestId('locator');
  await expect(locator).toBeVisible();
  const camera = await get.camera();
  const shown = (await locator.getAttribute('data-extent'))!.split(',').map(Number);
  camera.bounds.forEach((v, i) => expect(Math.abs(v - shown[i])).toBeLessThan(0.01));
  await expect(page.getByTestId('locator-extent')).toBeVisible();
  // It never stands on the details or the layers panel.
  await when.clickPhrase(/significant deployment/);
  const [l, d] = [await locator.boundingBox(), await viewer.details().boundingBox()];
  if (l && d && (await locator.isVisible()))
    expect(
      l.x + l.width <= d.x || d.x + d.width <= l.x || l.y + l.height <= d.y || d.y + d.height <= l.y,
    ).toBe(true);
  await page.getByRole('button', { name: 'Hide the locator map' }).click();
  await expect(locator).toHaveCount(0);
  await when.reload();
  await expect(page.getByTestId('locator')).toHaveCount(0);
  await page.getByTestId('locator-show').click();
  await expect(page.getByTestId('locator')).toBeVisible();
});

test.describe('on a phone under 480 px wide', () => {
  test.use({ viewport: PHONE });
  test('the locator is off at first', async ({ page }) => {
    await new SituationViewer(page).given.viewer();
    await expect(page.getByTestId('locator')).toHaveCount(0);
    await expect(page.getByTestId('locator-show')).toBeVisible();
  });
});

test('the first picture comes without waiting for the ground context, which follows it unasked', async ({
  page,
}) => {
  const { given, when } = new SituationViewer(page);
  await given.viewer();
  const timing = await page.evaluate(() => {
    const startOf = (file: string) =>
      performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/data/${file}`))?.startTime ??
      NaN;
    return {
      firstIdle: performance.getEntriesByName('map-first-idle')[0]?.startTime ?? NaN,
      allLayers: performance.getEntriesByName('map-all-layers-idle')[0]?.startTime ?? NaN,
      border: startOf('border.geojson'),
      deferred: [
        'ground-safety-zone.geojson',
        'terrain.geojson',
        'rail-stations.geojson',
        'landmarks.geojson',
        'locator.json',
      ].map(startOf),
    };
  });
  expect(timing.border).toBeLessThan(timing.firstIdle);
  for (const start of timing.deferred) expect(start).toBeGreaterThan(timing.firstIdle);
  expect(timing.allLayers).toBeGreaterThan(timing.firstIdle);
  // They arrived (the cases above click each one on the map after the same open()).
  await when.openLayers();
  const stations = shippedFeatures('rail-stations.geojson').length;
  await expect(page.getByTestId('layer-stations').locator('summary')).toHaveText(`List ${stations} features`);
});

test('a link to a feature of the ground context opens it, though that layer loads late', async ({ page }) => {
  const viewer = new SituationViewer(page);
  await viewer.given.viewer({ feature: 'station-lesak' });
  await expect(viewer.details()).toContainText('Lešak');
  await viewer.then.detailsShow(/Lešak/);
  await expect(page.getByTestId('notice')).toHaveCount(0);
});
