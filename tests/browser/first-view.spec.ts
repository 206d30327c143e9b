// The first view and first use (issue 11): labels of the situation, the reader kept near the region,
// a hint for first-time readers, skip links, and links that name a missing or hidden feature.
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, SituationViewer } from './driver';

test('the first view labels the four municipalities and the monastery, all uncovered', async ({ page }) => {
  const { given, get } = new SituationViewer(page);
  await given.viewer();
  const labels = await get.labels();
  const labelled = new Set(labels.map((l) => l.id));
  for (const id of [
    'municipality-north-mitrovica',
    'municipality-zvecan',
    'municipality-zubin-potok',
    'municipality-leposavic',
    'banjska-monastery',
    'kosovo-serbia-border',
    'north-kosovo',
  ])
    expect(labelled, id).toContain(id);
  // A town and the municipality named after it are not both labelled at this zoom.
  const names = labels.map((l) => l.text);
  expect(names.filter((n) => n.includes('Leposavić'))).toHaveLength(1);
  // The layers panel starts closed: nothing covers the municipalities.
  await expect(
    page.getByTestId('layer-panel').getByRole('button', { name: /Layers and features/ }),
  ).toHaveAttribute('aria-expanded', 'false');
});

test('the reader stays near the region: no zoom to an empty world, no clipping edge in view', async ({
  page,
}) => {
  const { given, when, get } = new SituationViewer(page);
  await given.viewer({ map: '0/0/0' });
  const camera = await get.camera();
  const limits = await get.limits();
  expect(camera.zoom).toBeGreaterThanOrEqual(limits.minZoom);
  // The context layers are clipped to 17.5–24 E, 40.5–45.5 N: the view stays inside that frame.
  const [w, s, e, n] = camera.bounds;
  expect(w).toBeGreaterThanOrEqual(17.5);
  expect(s).toBeGreaterThanOrEqual(40.5);
  expect(e).toBeLessThanOrEqual(24);
  expect(n).toBeLessThanOrEqual(45.5);
  // Kosovo is labelled at low zoom like its neighbours.
  await when.goTo('6.5/42.6/20.9');
  const labels = await get.labels();
  expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(['kosovo', 'serbia']));
});

test('a first-time reader gets one hint, which can be dismissed and stays dismissed', async ({ page }) => {
  const { given, when } = new SituationViewer(page);
  await given.viewer();
  const hint = page.getByTestId('first-use-hint');
  await expect(hint).toContainText('Click a marked phrase');
  for (const style of ['dashed', 'double', 'solid', 'dotted']) await expect(hint).toContainText(style);
  await hint.getByRole('button', { name: /hide/ }).click();
  await expect(hint).toHaveCount(0);
  await when.reload();
  await expect(page.getByTestId('article')).toBeVisible();
  await expect(page.getByTestId('first-use-hint')).toHaveCount(0);
});

test('three skip links take the keyboard to the article, the map and the layers', async ({ page }) => {
  const { given, then } = new SituationViewer(page);
  await given.viewer();
  const links = [
    ['Skip to the article', 'article-region'],
    ['Skip to the map', 'map-region'],
    ['Skip to the layers', 'layers-region'],
  ] as const;
  // They come first in the tab order, and each is visible when focused.
  for (const [name, region] of links) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name })).toBeFocused();
    await then.seen(page.locator(`a[href="#${region}"]`), name);
  }
  for (const [name, region] of links) {
    await page.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${region}`)).toBeFocused();
  }
});

test('a link to a feature that does not exist says “link not found”', async ({ page }) => {
  const { given, then } = new SituationViewer(page);
  await given.viewer({ feature: 'does-not-exist' });
  await expect(page.getByTestId('notice')).toContainText('Link not found');
  await expect(page.getByTestId('notice')).toContainText('does-not-exist');
  await then.detailsClosed();
});

for (const viewport of [DESKTOP, PHONE]) {
  test(`at ${viewport.width}×${viewport.height} a link to a feature whose layer is hidden turns the layer on, and the URL says so`, async ({
    page,
  }) => {
    const { given, then } = new SituationViewer(page);
    await given.viewport(viewport);
    await given.viewer({ layers: ['border'], feature: 'banjska-monastery' });
    await then.detailsShow('Banjska Monastery');
    await expect(page.getByTestId('toggle-monastery')).toBeChecked();
    await expect(page).toHaveURL(/layers=[^&]*monastery/);
    await then.styleLayer('monastery-point', 'visible');
  });
}
