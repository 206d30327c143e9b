// The timeline of the situation, and "follow the article": a reader moves through time and through
// the text, and the map follows.
import { expect, test, type Page } from '@playwright/test';
import { isUncovered, shippedFeatures, Viewer } from './driver';
import { scaled } from './timing';

const monastery = shippedFeatures('monastery.geojson').find((f) => f.properties.id === 'banjska-monastery')!;
const [MONASTERY_LON, MONASTERY_LAT] = monastery.geometry.coordinates as number[];

/** Kilometres between the map's centre and the monastery (equirectangular: enough at this scale). */
async function centreToMonasteryKm(page: Page): Promise<number> {
  const c = await page.evaluate(() => window.__situationMap!.camera());
  const dx = (c.lon - MONASTERY_LON) * 111.32 * Math.cos((MONASTERY_LAT * Math.PI) / 180);
  const dy = (c.lat - MONASTERY_LAT) * 110.57;
  return Math.hypot(dx, dy);
}

const timeline = (page: Page) => page.getByTestId('timeline');
const eventButton = (page: Page, id: string) => timeline(page).locator(`[data-event-id="${id}"]`);

test.describe('the timeline', () => {
  test('lists the events in date order, from the background to Friday 29 September', async ({ page }) => {
    const viewer = new Viewer(page);
    await viewer.open();
    const ids = await timeline(page)
      .locator('[data-event-id]')
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-event-id'), el.getAttribute('data-date')] as const),
      );
    const dates = ids.map(([, date]) => date!);
    expect(dates).toEqual([...dates].sort());
    for (const id of [
      'kosovo-war',
      'independence',
      'local-elections',
      'mayors-take-office',
      'zvecan-clashes',
      'police-officers-arrested',
      'banjska-attack',
      'nac-authorises-forces',
      'white-house-statement',
      'blinken-vucic-call',
      'stoltenberg-uk-battalion',
    ])
      expect(ids.map(([id]) => id)).toContain(id);
    // A long gap is drawn as a break, not to scale.
    await expect(timeline(page).locator('.timeline-break').first()).toBeVisible();
  });

  test('choosing 24 September frames the Banjska area, opens its details, marks its passage and says who reports it', async ({
    page,
  }) => {
    const viewer = new Viewer(page);
    await viewer.open();
    await viewer.andSettle(() => eventButton(page, 'banjska-attack').click());
    expect(await centreToMonasteryKm(page)).toBeLessThan(5);
    const details = viewer.details();
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Attack near Banjska');
    await expect(details).toContainText('Reported by');
    await expect(details).toContainText('The Kosovo police');
    await expect(page.locator('[data-passage-id="banjska-attack"]')).toHaveClass(/is-marked/);
    await expect(page).toHaveURL(/event=banjska-attack/);
    expect(await isUncovered(page, '[data-testid="details"]')).toBeNull();
  });

  test('&event= round-trips through a reload; feature= beside it opens the feature; map= wins over the framing', async ({
    page,
  }) => {
    const viewer = new Viewer(page);
    await viewer.open('#event=zvecan-clashes');
    await expect(viewer.details().getByRole('heading', { level: 2 })).toContainText('Clashes in Zvečan');
    await page.reload();
    await viewer.waitForMapIdle();
    await expect(viewer.details().getByRole('heading', { level: 2 })).toContainText('Clashes in Zvečan');
    await expect(eventButton(page, 'zvecan-clashes')).toHaveAttribute('aria-pressed', 'true');

    await viewer.open('#event=zvecan-clashes&feature=banjska-monastery');
    await expect(viewer.details().getByRole('heading', { level: 2 })).toHaveText('Banjska Monastery');

    await viewer.open('#map=9.00/43.20000/20.40000&event=banjska-attack');
    const c = await page.evaluate(() => window.__situationMap!.camera());
    expect(Math.abs(c.lat - 43.2)).toBeLessThan(0.01);
    expect(Math.abs(c.lon - 20.4)).toBeLessThan(0.01);
  });

  test('works with the keyboard alone: arrows move between events, Enter chooses, previous/next step', async ({
    page,
  }) => {
    const viewer = new Viewer(page);
    await viewer.open();
    await eventButton(page, 'local-elections').focus();
    await page.keyboard.press('ArrowRight');
    await expect(eventButton(page, 'mayors-take-office')).toBeFocused();
    await viewer.andSettle(() => page.keyboard.press('Enter'));
    await expect(viewer.details().getByRole('heading', { level: 2 })).toContainText('mayors take office');
    await viewer.andSettle(() => timeline(page).getByRole('button', { name: 'Next event' }).click());
    // The next event in date order: Serbia's army on alert, 26 May (after "May 2023", which sorts first).
    await expect(eventButton(page, 'serbia-army-highest-alert')).toHaveAttribute('aria-pressed', 'true');
    await timeline(page).getByRole('button', { name: 'Previous event' }).click();
    await expect(eventButton(page, 'mayors-take-office')).toHaveAttribute('aria-pressed', 'true');
  });

  test.describe('on a 390×844 phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('the strip is usable and covers no details', async ({ page }) => {
      const viewer = new Viewer(page);
      await viewer.open();
      const strip = timeline(page);
      await expect(strip).toBeVisible();
      const box = (await strip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const button = eventButton(page, 'banjska-attack');
      await button.scrollIntoViewIfNeeded();
      const target = (await button.boundingBox())!;
      expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
      await viewer.andSettle(() => button.tap());
      await expect(viewer.details()).toBeVisible();
      expect(await isUncovered(page, '[data-testid="details"]')).toBeNull();
    });
  });
});

test.describe('follow the article', () => {
  async function scrollArticleTo(page: Page, passageId: string) {
    // A reader's scroll: the wheel over the article, until the passage is at the reading line.
    const article = page.locator('#article-region');
    await article.hover();
    for (let i = 0; i < 40; i++) {
      const top = await page.locator(`[data-passage-id="${passageId}"]`).evaluate((el) => {
        const pane = el.closest('#article-region')!.getBoundingClientRect();
        return el.getBoundingClientRect().top - pane.top - pane.height * 0.3;
      });
      if (Math.abs(top) < 60) return;
      await page.mouse.wheel(0, Math.max(-400, Math.min(400, top)));
      await page.waitForFunction(() => true); // let the scroll event run
    }
    throw new Error(`could not scroll to ${passageId}`);
  }

  test('scrolling to the Banjska passage frames the Banjska area; turning it off stops it', async ({
    page,
  }) => {
    const viewer = new Viewer(page);
    await viewer.open();
    const before = await centreToMonasteryKm(page);
    await scrollArticleTo(page, 'banjska-attack');
    await expect.poll(() => centreToMonasteryKm(page), { timeout: scaled(15_000) }).toBeLessThan(5);
    expect(before).toBeGreaterThan(5);
    await viewer.waitForMapIdle();

    await page.getByRole('checkbox', { name: 'Follow the article on the map' }).uncheck();
    const still = await page.evaluate(() => window.__situationMap!.camera());
    await scrollArticleTo(page, 'kfor-presence');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await page.evaluate(() => window.__situationMap!.camera());
    expect(after.lat).toBeCloseTo(still.lat, 5);
    expect(after.lon).toBeCloseTo(still.lon, 5);
  });

  test('a shared view is kept until the reader scrolls the article', async ({ page }) => {
    const viewer = new Viewer(page);
    await viewer.open('#map=9.00/43.20000/20.40000');
    const c = await page.evaluate(() => window.__situationMap!.camera());
    expect(Math.abs(c.lat - 43.2)).toBeLessThan(0.01);
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('the map jumps to the passage’s places instead of flying', async ({ page }) => {
      const viewer = new Viewer(page);
      await viewer.open();
      const moves = () => page.evaluate(() => window.__situationMap!.moveEvents());
      const start = await moves();
      await scrollArticleTo(page, 'banjska-attack');
      await expect.poll(() => centreToMonasteryKm(page), { timeout: scaled(15_000) }).toBeLessThan(5);
      // A jump is a handful of move events (the camera and its padding); a 900 ms flight is dozens.
      expect((await moves()) - start).toBeLessThanOrEqual(5);
    });
  });
});
