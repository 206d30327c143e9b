// The front door (#stories, and `/` when there are several stories): the stories as cards with a
// thumbnail of their map, title, date, source and first sentence; "New story" leading to #new; the
// stories started in this browser, which can be opened at the desk or deleted. Desktop and phone.
import { expect, test } from '@playwright/test';
import { SituationViewer } from './driver';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the list shows each story with its map, and leads to a new one`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/#stories');
    const card = page.locator('.story-card', { has: page.getByTestId('story-link') }).first();
    await expect(card.getByRole('heading')).toHaveText(/significant deployment/);
    await expect(card).toContainText('Friday 29 September 2023 · Libération');
    await expect(card).toContainText('The United States claims to have detected');
    const thumb = card.locator('img.story-thumb');
    await expect(thumb).toHaveJSProperty('complete', true);
    expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(360);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    await page.getByTestId('new-story-link').click();
    await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
    await page.getByRole('link', { name: '← All stories' }).click();
    await expect(page.getByTestId('story-list')).toBeVisible();
  });
}

test('a story started in this browser is listed apart, opens at the desk, and can be deleted', async ({
  page,
}) => {
  const { authoring, desk } = new SituationViewer(page);
  await authoring.given.newStoryPage();
  await authoring.when.fill({
    'Article text': 'Quiet at Jarinje\n\nTraffic through Jarinje was light on Sunday.',
  });
  await authoring.when.startStory();
  await page.goto('/#stories');
  const local = page.getByTestId('local-stories');
  await expect(local).toContainText('Quiet at Jarinje');
  await local.getByRole('link', { name: 'Quiet at Jarinje' }).click();
  await expect(desk.card()).toBeVisible();
  await page.goto('/#stories');
  await local.getByRole('button', { name: 'Delete…' }).click();
  await local
    .getByRole('group', { name: 'Delete “Quiet at Jarinje”?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(local).toHaveCount(0);
  expect(await authoring.get.keysAbout('quiet-at-jarinje')).toEqual([]);
});
