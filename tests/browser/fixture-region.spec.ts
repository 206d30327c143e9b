// A story of another region opens with no code change: the fixture region North Macedonia (tests/fixtures/,
// Natural Earth and cities500 only) and its story, in a build made with SITUATION_FIXTURES=1 (the
// story is reachable by its slug there, and listed nowhere; the default build does not have it).
import { expect, test } from '@playwright/test';
import { SituationViewer } from './driver';

test("the fixture region's story opens: its article, its map, a town's details in the region's order", async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then, get } = viewer;
  await given.story('macedonia-rain');
  await expect(page).toHaveTitle(/Rain closes roads around Skopje/);
  await expect(page.getByTestId('article')).toContainText('A test article of the Situation Viewer, not news');
  // The map draws the story's own layer: the towns from cities500.
  expect((await get.styleLayerIds()).some((id) => id.startsWith('story-places'))).toBe(true);

  await when.clickPhrase('Čair');
  // Framed on the map, labelled in the region's order.
  expect((await get.labels()).find((l) => l.id === 'town-cair')?.text).toBe('Čair');
  // The heading is the English name; the local forms follow it in the region's order.
  await then.detailsShow('Cair');
  const details = viewer.details();
  await expect(details.getByTestId('local-names')).toHaveText('Čair');
  await expect(details).toContainText('Macedonian (Latin script)');
  await expect(details).toContainText('GeoNames cities500 833262');
  await expect(page).toHaveURL(/feature=town-cair/);
  // The region's own account of what the map lacks, not the Kosovo one.
  await expect(page.getByTestId('map-gaps')).toContainText('this test region has towns only');
  expect(viewer.errors).toEqual([]);
});
