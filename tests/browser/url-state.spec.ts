import { expect, test } from '@playwright/test';
import { Viewer } from './driver';

test('a shared link restores the view, the visible layers and the selected feature', async ({ page }) => {
  const viewer = new Viewer(page);
  await viewer.open('#map=11.50/42.97000/20.78000&layers=border,monastery,places&feature=banjska-monastery');
  const v = await viewer.currentView();
  expect(v).toEqual({ zoom: 11.5, lat: 42.97, lon: 20.78 });
  await expect(page.getByTestId('toggle-border')).toBeChecked();
  await expect(page.getByTestId('toggle-monastery')).toBeChecked();
  await expect(page.getByTestId('toggle-municipalities')).not.toBeChecked();
  await expect(page.getByTestId('toggle-northKosovo')).not.toBeChecked();
  await expect(viewer.details().getByRole('heading', { level: 2 })).toHaveText('Banjska Monastery');
});

test('the URL follows panning and toggling, and a reload comes back to the same state', async ({ page }) => {
  const viewer = new Viewer(page);
  await viewer.open();
  const start = await viewer.currentView();
  const box = (await viewer.map().boundingBox())!;
  await viewer.andSettle(async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 80, { steps: 8 });
    await page.mouse.up();
  });
  await expect.poll(async () => (await viewer.currentView()).lon).toBeGreaterThan(start.lon);
  await viewer.setLayer('rivers', false);
  await expect(page).toHaveURL(/layers=(?!.*rivers)/);
  const url = page.url();
  const moved = viewer.view();
  await page.reload();
  await viewer.waitForMapIdle();
  expect(page.url()).toBe(url);
  expect(viewer.view()).toEqual(moved);
  await expect(page.getByTestId('toggle-rivers')).not.toBeChecked();
  await expect(page.getByTestId('toggle-border')).toBeChecked();
});

test('invalid URL values fall back to the defaults without errors', async ({ page }) => {
  const viewer = new Viewer(page);
  await viewer.open('#map=abc/99/-500&layers=nope,&feature=<script>');
  const v = await viewer.currentView();
  expect(v.lat).toBeGreaterThan(42.85);
  expect(v.lat).toBeLessThan(43.2);
  await expect(page.getByTestId('toggle-border')).toBeChecked();
  await expect(viewer.details()).toHaveCount(0);
  expect(viewer.errors).toEqual([]);
});
