// The ground a reader expects (issue 36): roads with their numbers, the railway, Lake Gazivode and the
// forests are drawn from the OpenStreetMap tiles the site serves itself, under the story's layers; the
// base map is credited, switched off like any layer, and when its tiles cannot be read the story is
// drawn as before and the attributions say why. The points below lie on features of the tiles
// (OpenStreetMap, 6 Aug 2021; z14 geometry of public/basemap/north, z10 of public/basemap/region).
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, SituationViewer } from './driver';
import { axeViolations } from './axe';

type Found = Awaited<ReturnType<SituationViewer['get']['featuresAt']>>;

/** Whether a base-map feature of this tile layer (and class) is among those found. */
const hasBaseMap = (found: Found, sourceLayer: string, cls?: string) =>
  found.some((f) => f.sourceLayer === sourceLayer && (cls === undefined || f.properties.class === cls));

const GROUND = [
  // The Ibar road at the Jarinje crossing: OSM's M-22.3, a primary road.
  { what: 'the M-22.3 at Jarinje', lon: 20.699476, lat: 43.225175, layer: 'transportation', cls: 'primary' },
  // The road into Banjska from Zvečan: OSM's R-217, a secondary road.
  { what: 'the R-217 at Banjska', lon: 20.780538, lat: 42.976001, layer: 'transportation', cls: 'secondary' },
  // The Kraljevo–Kosovska Mitrovica railway along the Ibar, north of Zvečan.
  {
    what: 'the railway along the Ibar',
    lon: 20.799439,
    lat: 42.999859,
    layer: 'transportation',
    cls: 'rail',
  },
  { what: 'Lake Gazivode', lon: 20.63, lat: 42.94, layer: 'water', cls: 'lake' },
  { what: 'the forest west of Banjska', lon: 20.765, lat: 42.97, layer: 'landcover', cls: 'wood' },
] as const;

for (const size of [DESKTOP, PHONE])
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('draws the roads, the railway, Lake Gazivode and a forest from the base map, under the story', async ({
      page,
    }) => {
      const viewer = new SituationViewer(page);
      const { given, when, get } = viewer;
      await given.viewer({ map: '14/42.9760/20.7790' });
      for (const { what, lon, lat, layer, cls } of GROUND) {
        await when.goTo(`14/${lat}/${lon}`);
        const found = await get.featuresAt(lon, lat);
        expect(hasBaseMap(found, layer, cls), `${what}: ${JSON.stringify(found.map((f) => f.layer))}`).toBe(
          true,
        );
      }
      // The road numbers along the roads: the M-22.3 up the Ibar valley at Leposavić.
      await when.goTo('12/43.1200/20.7800');
      await expect.poll(async () => (await get.labels()).map((l) => l.text)).toContain('M-22.3');
      expect(viewer.errors).toEqual([]);
      expect(get.externalRequests()).toEqual([]);
    });
  });

test('outside the street-detail rectangle the z10 base map is drawn at higher zooms: Belgrade at zoom 12, no tile failed or read as HTML', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, get } = viewer;
  await given.viewer({ map: '12/44.8000/20.4600' });
  // A motorway of Belgrade's bypass, from the region's z10 tiles.
  expect(hasBaseMap(await get.featuresAt(20.497055, 44.780708, 4), 'transportation', 'motorway')).toBe(true);
  const tiles = await get.tileResponses();
  expect(tiles.length).toBeGreaterThan(0);
  for (const tile of tiles) {
    expect(tile.status, tile.url).toBe(200);
    expect(tile.contentType, tile.url).not.toMatch(/html/);
    // The stored gzip file, sent as it is: no Content-Encoding, so the protocol decompresses it.
    expect(tile.contentEncoding, tile.url).toBeNull();
    expect(tile.gzip, tile.url).toBe(true);
  }
  // Only the region's tiles, none deeper than z10, and none of the north's.
  for (const { url } of tiles) expect(url).toMatch(/\/basemap\/region\/(\d|10)\/\d+\/\d+\.pbf$/);
  expect(viewer.errors).toEqual([]);
});

test('credits OpenStreetMap and OpenMapTiles with the data’s date, and is switched off like any layer', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then, get } = viewer;
  await given.viewer({ map: '14/42.9760/20.7790' });
  const credits = page.getByTestId('base-map-credits');
  await expect(credits).toHaveText('© OpenStreetMap contributors · © OpenMapTiles · August 2021');
  await expect(credits.getByRole('link', { name: '© OpenStreetMap contributors' })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/copyright',
  );
  await then.seen(credits, 'the base map’s credits');

  await when.openLayers();
  const layer = page.getByTestId('layer-baseMap');
  await expect(layer).toContainText('Base map (OpenStreetMap, August 2021)');
  for (const row of [
    'Motorway',
    'Primary road',
    'Secondary or tertiary',
    'Street',
    'Railway',
    'Water',
    'Forest',
    'Built-up',
  ])
    await expect(layer.getByRole('list', { name: /^Legend/ })).toContainText(row);
  const road = GROUND[1];
  expect(hasBaseMap(await get.featuresAt(road.lon, road.lat), road.layer, road.cls)).toBe(true);

  await when.toggleLayer('baseMap', false);
  await then.styleLayer('base-map-road-secondary-north', 'none');
  expect(hasBaseMap(await get.featuresAt(road.lon, road.lat), road.layer)).toBe(false);
  await expect(page).toHaveURL(/layers=[^&]*/);
  expect(new URL(page.url()).hash).not.toMatch(/layers=[^&]*baseMap/);
  // The link keeps it off.
  await when.reload();
  await then.styleLayer('base-map-road-secondary-north', 'none');
  await when.toggleLayer('baseMap', true);
  await then.styleLayer('base-map-road-secondary-north', 'visible');
  expect(new URL(page.url()).hash).toMatch(/layers=[^&]*baseMap/);
});

test('labels nothing twice: no base-map name repeats one of the story’s, at the first view, at Banjska and at Jarinje', async ({
  page,
}) => {
  const { given, when, get } = new SituationViewer(page);
  await given.viewer();
  const repeated = async () => {
    const labels = await get.labels();
    const story = new Set(
      labels.filter((l) => !l.layer.startsWith('base-map-')).flatMap((l) => l.text.split(' / ')),
    );
    return labels
      .filter((l) => l.layer.startsWith('base-map-'))
      .filter((l) => l.text.split(' / ').some((name) => story.has(name)))
      .map((l) => `${l.layer}: ${l.text}`);
  };
  expect(await repeated()).toEqual([]);
  await when.goTo('14/42.9760/20.7790');
  const labels = await get.labels();
  expect(labels.some((l) => l.layer.startsWith('base-map-'))).toBe(true);
  expect(await repeated()).toEqual([]);
  // The story's own names are placed.
  expect(labels.map((l) => l.id)).toContain('banjska-monastery');
  // The Ibar and its villages at the crossing, in Kosovo and in Serbia.
  await when.goTo('13/43.2252/20.6995');
  expect(await repeated()).toEqual([]);
});

test('axe finds no violations with the base map drawn, at the first view and at Banjska at zoom 14', async ({
  page,
}) => {
  const { given, when } = new SituationViewer(page);
  await given.viewer();
  expect(await axeViolations(page, 'first view')).toEqual([]);
  await when.goTo('14/42.9760/20.7790');
  expect(await axeViolations(page, 'Banjska z14')).toEqual([]);
});

for (const size of [DESKTOP, PHONE])
  test(`with the base map’s tiles unreachable the story is drawn as before and the attributions say why (${size.width}×${size.height})`, async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    const { given, when, then, get } = viewer;
    await given.viewport(size);
    await given.baseMapBlocked();
    await given.viewer();
    const credits = page.getByTestId('base-map-credits');
    await expect(credits).toHaveText('Base map unavailable');
    await then.seen(credits, '“Base map unavailable”');
    // The story's layers are drawn: its names are placed, its border is there.
    const labels = await get.labels();
    expect(labels.filter((l) => !l.layer.startsWith('base-map-')).length).toBeGreaterThan(3);
    const border = await get.featuresAt(20.6995, 43.2252, 6);
    expect(border.some((f) => f.sourceLayer === null)).toBe(true);
    expect(border.some((f) => f.sourceLayer !== null)).toBe(false);
    // The details say why.
    await page.getByTestId('attribution').locator('summary').click();
    await expect(page.getByTestId('base-map-problem')).toContainText(
      /Base map unavailable: \/basemap\/region\/\d+\/\d+\/\d+\.pbf: could not be fetched/,
    );
    await when.openLayers();
    await expect(page.getByTestId('layer-baseMap')).toContainText('Base map unavailable');
    expect(viewer.errors).toEqual([]);
  });
