// For each of the four required layers: toggling changes what is drawn; clicking a feature opens its
// details with its names and the article's words about it; clicking a phrase moves the map there.
import { expect, test } from '@playwright/test';
import * as turf from '@turf/turf';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { shippedFeatures, SituationViewer } from './driver';

const border = shippedFeatures('border.geojson')[0].geometry as LineString;
const municipalities = shippedFeatures('municipalities.geojson');
const monastery = shippedFeatures('monastery.geojson').find((f) => f.properties.id === 'banjska-monastery')!
  .geometry as Point;
const inside = (id: string) => {
  const f = municipalities.find((m) => m.properties.id === id)! as unknown as Feature<Polygon>;
  return turf.centerOfMass(f).geometry.coordinates as [number, number];
};
const labelPointOf = (file: string, id: string) =>
  shippedFeatures(file).find((f) => f.properties.id === id)!.properties.labelPoint as [number, number];
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
    labelPoint: labelPointOf('border.geojson', 'kosovo-serbia-border'),
    styleLayer: 'border-line',
  },
  {
    layer: 'northKosovo',
    click: { at: inside('municipality-leposavic'), hide: ['municipalities'] },
    name: 'Northern Kosovo',
    passage: 'in the north of the territory',
    phrase: /redeployment of KFOR troops to northern Kosovo/,
    phraseTarget: 'Northern Kosovo',
    labelPoint: labelPointOf('north-kosovo.geojson', 'north-kosovo'),
    styleLayer: 'north-kosovo-line',
  },
  {
    layer: 'municipalities',
    click: { at: inside('municipality-leposavic'), hide: [] },
    name: 'Leposavić',
    passage: 'four municipalities with a Serb majority',
    phrase: /four municipalities with a Serb majority/,
    phraseTarget: 'North Mitrovica',
    labelPoint: labelPointOf('municipalities.geojson', 'municipality-north-mitrovica'),
    styleLayer: 'municipalities-fill',
  },
  {
    layer: 'monastery',
    click: { at: monastery.coordinates as [number, number], hide: [] },
    name: 'Banjska Monastery',
    passage: 'barricaded themselves in a monastery',
    phrase: /barricaded themselves in a monastery/,
    phraseTarget: 'Banjska Monastery',
    labelPoint: labelPointOf('monastery.geojson', 'banjska-monastery'),
    styleLayer: 'monastery-point',
  },
];

// One page per layer: the three checks are one reader's steps, moving the view through the URL.
for (const c of CASES) {
  test(`layer ${c.layer}: a phrase frames it, a click opens its details, toggling changes the map`, async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    const { given, when, then, get } = viewer;
    await given.viewer({ map: '7.00/44.00/21.50' });

    await test.step('clicking a linked phrase moves the map to it and opens its details', async () => {
      const before = await get.currentView();
      await when.clickPhrase(c.phrase);
      await then.detailsShow(c.phraseTarget);
      await expect.poll(async () => (await get.currentView()).zoom).not.toBe(before.zoom);
      // The selected feature is in view: its label point lies inside the map, left of the details.
      const box = (await viewer.map().boundingBox())!;
      const details = (await viewer.details().boundingBox())!;
      const at = await get.screenPoint(...c.labelPoint);
      expect(at.x).toBeGreaterThan(box.x);
      expect(at.x).toBeLessThan(details.x);
      expect(at.y).toBeGreaterThan(box.y);
      expect(at.y).toBeLessThan(box.y + box.height);
      await expect(page).toHaveURL(/feature=/);
    });

    await test.step('clicking one of its features opens its details with its name and passage', async () => {
      await when.goTo(`9.50/${c.click.at[1]}/${c.click.at[0]}`);
      await then.detailsClosed();
      for (const other of c.click.hide) await when.toggleLayer(other, false);
      await when.clickMap(...c.click.at);
      await then.detailsShow(c.name);
      await expect(
        viewer.details().getByTestId('details-passage').filter({ hasText: c.passage }),
      ).toHaveCount(1);
      await expect(viewer.details().locator('mark', { hasText: c.passage })).toBeVisible();
      // The article marks the passages about the selected feature.
      await expect(page.locator('.passage.is-marked').filter({ hasText: c.passage })).toHaveCount(1);
    });

    await test.step('toggling it off and on changes what the map draws, and back', async () => {
      // Pointer off the map and the details closed: no hover or selection highlight to change.
      await when.pointAwayAndClose();
      await when.openLayers();
      const before = await get.mapPicture();
      await when.toggleLayer(c.layer, false);
      await expect(page.getByTestId(`toggle-${c.layer}`)).not.toBeChecked();
      expect(await get.visibility(c.styleLayer)).toBe('none');
      const off = await get.mapPicture();
      const offShare = then.mapChanged(before, off, { moreThan: 0.0005 });
      await when.toggleLayer(c.layer, true);
      expect(await get.visibility(c.styleLayer)).toBe('visible');
      const on = await get.mapPicture();
      then.mapAlike(before, on, { lessThan: offShare / 4 });
    });
  });
}
