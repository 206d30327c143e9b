// For each of the four required layers: toggling changes what is drawn; clicking a feature opens its
// popup with its names and the article's words about it; clicking a phrase moves the map there.
import { expect, test } from '@playwright/test';
import * as turf from '@turf/turf';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { changedShare, shippedFeatures, Viewer } from './driver';

const border = shippedFeatures('border.geojson')[0].geometry as LineString;
const municipalities = shippedFeatures('municipalities.geojson');
const monastery = shippedFeatures('monastery.geojson').find((f) => f.properties.id === 'banjska-monastery')!
  .geometry as Point;
const inside = (id: string) => {
  const f = municipalities.find((m) => m.properties.id === id)! as unknown as Feature<Polygon>;
  return turf.centerOfMass(f).geometry.coordinates as [number, number];
};
// A border vertex west of Zubin Potok, away from the crossing symbols and labels.
const borderPoint = border.coordinates.reduce((best, p) =>
  turf.distance(p, [20.6, 42.84]) < turf.distance(best, [20.6, 42.84]) ? p : best,
) as [number, number];

const CASES = [
  {
    layer: 'border',
    click: { at: borderPoint, hide: [] as string[] },
    name: 'Kosovo–Serbia border',
    passage: 'on the border with Kosovo Liberation',
    phrase: /along the border with Kosovo/,
    phraseTarget: 'Kosovo–Serbia border',
  },
  {
    layer: 'northKosovo',
    click: { at: inside('municipality-leposavic'), hide: ['municipalities'] },
    name: 'Northern Kosovo',
    passage: 'in the north of the territory',
    phrase: /redeployment of KFOR troops to northern Kosovo/,
    phraseTarget: 'Northern Kosovo',
  },
  {
    layer: 'municipalities',
    click: { at: inside('municipality-leposavic'), hide: [] },
    name: 'Leposavić',
    passage: 'four municipalities with a Serb majority',
    phrase: /four municipalities with a Serb majority/,
    phraseTarget: 'North Mitrovica',
  },
  {
    layer: 'monastery',
    click: { at: monastery.coordinates as [number, number], hide: [] },
    name: 'Banjska Monastery',
    passage: 'barricaded themselves in a monastery',
    phrase: /barricaded themselves in a monastery/,
    phraseTarget: 'Banjska Monastery',
  },
];

for (const c of CASES) {
  test.describe(`layer ${c.layer}`, () => {
    test('toggling it off and on changes what the map draws', async ({ page }) => {
      const viewer = new Viewer(page);
      await viewer.open();
      const before = await viewer.mapPixels();
      await viewer.setLayer(c.layer, false);
      await expect(page.getByTestId(`toggle-${c.layer}`)).not.toBeChecked();
      const off = await viewer.mapPixels();
      expect(changedShare(before, off)).toBeGreaterThan(0.0005);
      await viewer.setLayer(c.layer, true);
      const on = await viewer.mapPixels();
      expect(changedShare(before, on)).toBeLessThan(changedShare(before, off) / 4);
    });

    test('clicking one of its features opens a popup with its name and the article passage', async ({
      page,
    }) => {
      const viewer = new Viewer(page);
      await viewer.open();
      for (const other of c.click.hide) await viewer.setLayer(other, false);
      await viewer.clickMapAt(...c.click.at);
      await expect(viewer.popup()).toBeVisible();
      await expect(viewer.popup().getByRole('heading', { level: 2 })).toHaveText(c.name);
      await expect(viewer.popup().getByTestId('popup-passage').filter({ hasText: c.passage })).toHaveCount(1);
      await expect(viewer.popup().locator('mark', { hasText: c.passage })).toBeVisible();
      // The article marks the passages about the selected feature.
      await expect(page.locator('.passage.is-marked').filter({ hasText: c.passage })).toHaveCount(1);
    });

    test('clicking a linked phrase in the article moves the map to it and opens its popup', async ({
      page,
    }) => {
      const viewer = new Viewer(page);
      await viewer.open('#map=7.00/44.00/21.50');
      const before = await viewer.currentView();
      await viewer.andSettle(() => viewer.phrase(c.phrase).first().click());
      await expect(viewer.popup().getByRole('heading', { level: 2 })).toHaveText(c.phraseTarget);
      await expect.poll(async () => (await viewer.currentView()).zoom).not.toBe(before.zoom);
      // The selected feature is in view: its popup anchor lies inside the map.
      const box = (await viewer.map().boundingBox())!;
      const popupBox = (await page.locator('.maplibregl-popup-tip').boundingBox())!;
      expect(popupBox.x).toBeGreaterThan(box.x);
      expect(popupBox.x).toBeLessThan(box.x + box.width);
      expect(popupBox.y).toBeGreaterThan(box.y);
      expect(popupBox.y).toBeLessThan(box.y + box.height);
      await expect(page).toHaveURL(/feature=/);
    });
  });
}
