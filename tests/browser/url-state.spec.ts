import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, SituationViewer } from './driver';

for (const viewport of [DESKTOP, PHONE]) {
  test(`at ${viewport.width}×${viewport.height} a shared link restores the view, the visible layers and the selected feature`, async ({
    page,
  }) => {
    const { given, then, get } = new SituationViewer(page);
    await given.viewport(viewport);
    await given.viewer({
      map: '11.50/42.97000/20.78000',
      layers: ['border', 'monastery', 'places'],
      feature: 'banjska-monastery',
    });
    const v = await get.currentView();
    expect(v).toEqual({ zoom: 11.5, lat: 42.97, lon: 20.78 });
    await expect(page.getByTestId('toggle-border')).toBeChecked();
    await expect(page.getByTestId('toggle-monastery')).toBeChecked();
    await expect(page.getByTestId('toggle-municipalities')).not.toBeChecked();
    await expect(page.getByTestId('toggle-northKosovo')).not.toBeChecked();
    await then.detailsShow('Banjska Monastery');
  });
}

test('the URL follows panning and toggling, and a reload comes back to the same state', async ({ page }) => {
  const { given, when, get } = new SituationViewer(page);
  await given.viewer();
  const start = await get.currentView();
  await when.dragMap(-150, 80);
  await expect.poll(async () => (await get.currentView()).lon).toBeGreaterThan(start.lon);
  await when.toggleLayer('rivers', false);
  await expect(page).toHaveURL(/layers=(?!.*rivers)/);
  const url = page.url();
  const moved = get.view();
  await when.reload();
  expect(page.url()).toBe(url);
  expect(get.view()).toEqual(moved);
  await expect(page.getByTestId('toggle-rivers')).not.toBeChecked();
  await expect(page.getByTestId('toggle-border')).toBeChecked();
});

test('invalid URL values fall back to the defaults without errors', async ({ page }) => {
  const viewer = new SituationViewer(page);
  const { given, then, get } = viewer;
  await given.viewer('#map=abc/99/-500&layers=nope,&feature=<script>');
  const v = await get.currentView();
  expect(v.lat).toBeGreaterThan(42.85);
  expect(v.lat).toBeLessThan(43.2);
  await expect(page.getByTestId('toggle-border')).toBeChecked();
  await then.detailsClosed();
  expect(viewer.errors).toEqual([]);
});
