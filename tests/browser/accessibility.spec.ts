// Keyboard paths to everything, focus that comes back, and axe-core with WCAG 2.1 A/AA and best practice.
import { expect, test } from '@playwright/test';
import { SituationViewer } from './driver';
import { axeViolations } from './axe';

test('axe finds no violations in the default state', async ({ page }) => {
  await new SituationViewer(page).given.viewer();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violations with the details open', async ({ page }) => {
  const viewer = new SituationViewer(page);
  const { given, when } = viewer;
  await given.viewer();
  await when.clickPhrase(/barricaded themselves in a monastery/);
  await expect(viewer.details()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violations with an event of the timeline chosen, one after the article too', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when } = viewer;
  await given.viewer();
  // The strip's buttons are named by date (24 Sep: the attack near Banjska; 6 Oct: after the article).
  await expect(viewer.event('banjska-attack')).toHaveAccessibleName(/^24 Sep:/);
  await when.chooseEvent('banjska-attack');
  await expect(page.getByTestId('event-details')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expect(viewer.event('uk-troops-arrive')).toHaveAccessibleName(/^6 Oct:/);
  await when.chooseEvent('uk-troops-arrive');
  await expect(page.getByTestId('event-details')).toContainText('After this article');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('axe finds no violations, and the article and layers share a bottom sheet without overlap', async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    await viewer.given.viewer();
    expect(await axeViolations(page)).toEqual([]);
    const map = (await viewer.map().boundingBox())!;
    const article = (await page.locator('.article-pane').boundingBox())!;
    expect(map.y + map.height).toBeLessThanOrEqual(article.y + 1);
    expect(article.y + article.height).toBeLessThanOrEqual(844 + 1);
    await page.getByRole('button', { name: 'Layers and features' }).click();
    await expect(page.getByTestId('toggle-border')).toBeVisible();
    await expect(page.locator('.article-pane')).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the keyboard reaches toggles, features and phrases; Enter selects, Esc closes and returns focus', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then } = viewer;
  await given.viewer();
  // Skip links first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();

  // A phrase of the article: Enter opens its details with focus inside, Esc returns to the phrase.
  const phrase = viewer.phrase(/four municipalities with a Serb majority/);
  await phrase.focus();
  await when.press('Enter', { settle: true });
  await then.detailsShow('North Mitrovica');
  await expect(viewer.detailsHeading()).toBeFocused();
  await when.closeDetails();
  await then.detailsClosed();
  await expect(phrase).toBeFocused();

  // The layers panel opens from the keyboard; a layer toggle with the space bar.
  const panelButton = page.getByTestId('layer-panel').getByRole('button', { name: /Layers and features/ });
  await panelButton.focus();
  await page.keyboard.press('Enter');
  await expect(panelButton).toHaveAttribute('aria-expanded', 'true');
  const toggle = page.getByTestId('toggle-rivers');
  await toggle.focus();
  await when.press('Space', { settle: true });
  await expect(toggle).not.toBeChecked();

  // The feature list: every feature, reachable without the map.
  const list = page.getByTestId('layer-border').locator('summary');
  await list.focus();
  await page.keyboard.press('Enter');
  const item = page.getByTestId('layer-border').getByRole('button', { name: /Kosovo–Serbia border/ });
  await item.focus();
  await when.press('Enter', { settle: true });
  await then.detailsShow('Kosovo–Serbia border');
  await when.closeDetails();
  await expect(item).toBeFocused();
});

test('the map canvas has a meaningful label and focus styles are visible', async ({ page }) => {
  const viewer = new SituationViewer(page);
  await viewer.given.viewer();
  await expect(viewer.map().locator('canvas')).toHaveAttribute(
    'aria-label',
    /northern Kosovo and the Kosovo–Serbia border/,
  );
  await viewer.when.openLayers();
  const toggle = page.getByTestId('toggle-border');
  await toggle.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
