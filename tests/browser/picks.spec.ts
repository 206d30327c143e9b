// Picks that hit what the reader points at (issue 11): a line or point near the pointer wins over the
// area under it, the smaller area wins, a label picks its feature, and the details offer the others
// that were under the pointer. One page: each case moves the view through the URL.
import { expect, test } from '@playwright/test';
import type { LineString } from 'geojson';
import { shippedFeatures, SituationViewer } from './driver';

test.use({ reducedMotion: 'reduce' });

const border = shippedFeatures('border.geojson')[0].geometry as LineString;
const nearest = (points: number[][], to: [number, number]) =>
  points.reduce((best, p) =>
    Math.hypot(p[0] - to[0], p[1] - to[1]) < Math.hypot(best[0] - to[0], best[1] - to[1]) ? p : best,
  ) as [number, number];
// A border vertex on Leposavić's northern edge, away from crossings and labels.
const borderPoint = nearest(border.coordinates, [20.8355, 43.2615]);
// A border vertex near Jarinje that is also a vertex of northern Kosovo's outline.
const northOutline = new Set(
  (
    shippedFeatures('north-kosovo.geojson')[0].geometry as unknown as { coordinates: number[][][] }
  ).coordinates[0].map((p) => p.join()),
);
const sharedVertex = nearest(
  border.coordinates.filter((p) => northOutline.has(p.join())),
  [20.6994, 43.2253],
);
const ibar = shippedFeatures('rivers.geojson').find((f) => f.properties.id === 'river-ibar')!
  .geometry as LineString;
const ibarPoint = nearest(ibar.coordinates, [20.8322, 43.0259]);
// Bresnica, a village next to the Banjska incident area.
const bresnica = shippedFeatures('places.geojson').find((f) => f.properties.name.en === 'Bresnica')!.geometry
  .coordinates as [number, number];

test('clicks pick the feature the reader points at, and the details offer the others under the pointer', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then, get } = viewer;
  await given.viewer();
  const { goTo } = when;
  const clickAt = async (at: [number, number], offset = { x: 0, y: 0 }) => {
    await when.clickMap(at[0], at[1], { offset, settle: true });
  };

  // 3–5 px off the border line, over Leposavić: the border, not the municipality under the pointer.
  await goTo(`11/${borderPoint[1]}/${borderPoint[0]}`);
  const vertex = await get.screenPoint(...borderPoint);
  const offsets = [-4, 0, 4].flatMap((x) => [-4, 0, 4].map((y) => ({ x, y })));
  const candidates = [];
  for (const o of offsets) candidates.push({ o, c: await get.candidatesAt(vertex.x + o.x, vertex.y + o.y) });
  const offBorderOverLeposavic = candidates.find(
    ({ c }) =>
      c.some((x) => x.featureId === 'kosovo-serbia-border' && x.distancePx >= 3 && x.distancePx <= 5) &&
      c.some((x) => x.featureId === 'municipality-leposavic' && x.kind === 'area'),
  );
  expect(offBorderOverLeposavic, JSON.stringify(candidates)).toBeDefined();
  await clickAt(borderPoint, offBorderOverLeposavic!.o);
  await then.detailsShow('Kosovo–Serbia border');
  await expect(viewer.details().getByTestId('details-also-here')).toContainText('Leposavić');

  // A vertex of both the border and northern Kosovo's outline: the border (drawn on top).
  await goTo(`11/${sharedVertex[1]}/${sharedVertex[0]}`);
  await clickAt(sharedVertex);
  await then.detailsShow('Kosovo–Serbia border');
  await expect(viewer.details().getByTestId('details-also-here')).toContainText('Northern Kosovo');

  // On the Ibar inside a municipality: the river.
  await goTo(`12/${ibarPoint[1]}/${ibarPoint[0]}`);
  await clickAt(ibarPoint);
  await then.detailsShow(/Ibar/);

  // On a village's name (drawn to the right of its point), over Zvečan municipality: the village.
  await goTo(`12.5/42.97333/20.78083`);
  const onLabel = await get.screenPoint(...bresnica);
  const under = await get.candidatesAt(onLabel.x + 25, onLabel.y - 6);
  expect(under.map((c) => `${c.kind}:${c.featureId}`)).toEqual(
    expect.arrayContaining(['area:municipality-zvecan', 'label:geonames-830267']),
  );
  await clickAt(bresnica, { x: 25, y: -6 });
  await then.detailsShow('Bresnica');

  // Serbia, where nothing else is drawn.
  await goTo('9/43.5/20.3');
  await clickAt([20.3, 43.5]);
  await then.detailsShow('Serbia');

  // Inside Leposavić: the municipality (the smallest area), with northern Kosovo and Kosovo offered.
  await goTo('9.5/43.12/20.83');
  await clickAt([20.83, 43.12]);
  await then.detailsShow('Leposavić');
  const alsoHere = viewer.details().getByTestId('details-also-here');
  // Named as everywhere else: both official forms in the reader's order, then the English name.
  await expect(alsoHere.getByRole('button')).toHaveText([
    'Sever Kosova / Veriu i Kosovës (Northern Kosovo)',
    'Kosova / Kosovo',
  ]);
  await alsoHere.getByRole('button', { name: 'Northern Kosovo' }).click();
  await then.detailsShow('Northern Kosovo');
  await expect(page).toHaveURL(/feature=north-kosovo/);
  expect(viewer.errors).toEqual([]);
});
