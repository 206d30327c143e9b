// The timeline of the situation, and "follow the article": a reader moves through time and through
// the text, and the map follows.
import { expect, test } from '@playwright/test';
import { PHONE, shippedFeatures, SituationViewer } from './driver';
import { scaled } from './timing';

const monastery = shippedFeatures('monastery.geojson').find((f) => f.properties.id === 'banjska-monastery')!;
const [MONASTERY_LON, MONASTERY_LAT] = monastery.geometry.coordinates as number[];

/** Kilometres between the map's centre and the monastery (equirectangular: enough at this scale). */
async function centreToMonasteryKm(viewer: SituationViewer): Promise<number> {
  const c = await viewer.get.camera();
  const dx = (c.lon - MONASTERY_LON) * 111.32 * Math.cos((MONASTERY_LAT * Math.PI) / 180);
  const dy = (c.lat - MONASTERY_LAT) * 110.57;
  return Math.hypot(dx, dy);
}

test.describe('the timeline', () => {
  test('lists the events in date order, from the background to Friday 29 September', async ({ page }) => {
    const viewer = new SituationViewer(page);
    await viewer.given.viewer();
    const ids = await viewer
      .timeline()
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
    await expect(viewer.timeline().locator('.timeline-break').first()).toBeVisible();
  });

  test('choosing 24 September frames the Banjska area, opens its details, marks its passage and says who reports it', async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    const { given, when, then } = viewer;
    await given.viewer();
    await when.chooseEvent('banjska-attack');
    expect(await centreToMonasteryKm(viewer)).toBeLessThan(5);
    const details = viewer.details();
    await then.detailsShow(/Attack near Banjska/);
    await expect(details).toContainText('Reported by');
    await expect(details).toContainText('The Kosovo police');
    await expect(page.locator('[data-passage-id="banjska-attack"]')).toHaveClass(/is-marked/);
    await expect(page).toHaveURL(/event=banjska-attack/);
    await then.seen(details, 'the details');
  });

  test('&event= round-trips through a reload; feature= beside it opens the feature; map= wins over the framing', async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    const { given, when, then, get } = viewer;
    await given.viewer({ event: 'zvecan-clashes' });
    await then.detailsShow(/Clashes in Zvečan/);
    await when.reload();
    await then.detailsShow(/Clashes in Zvečan/);
    await expect(viewer.event('zvecan-clashes')).toHaveAttribute('aria-pressed', 'true');

    await given.viewer({ event: 'zvecan-clashes', feature: 'banjska-monastery' });
    await then.detailsShow('Banjska Monastery');

    await given.viewer({ map: '9.00/43.20000/20.40000', event: 'banjska-attack' });
    const c = await get.camera();
    expect(Math.abs(c.lat - 43.2)).toBeLessThan(0.01);
    expect(Math.abs(c.lon - 20.4)).toBeLessThan(0.01);
  });

  test('an event both sides tell gives each side’s words under its name, and says what was not found', async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    const { given, then } = viewer;
    await given.viewer({ event: 'white-house-statement' });
    await then.detailsShow(/White House warns/);
    const sources = viewer.details().getByTestId('event-sources');
    const sides = await sources
      .locator('[data-side]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-side')));
    // The event's main account first (the United States'), then each side's answer.
    expect(sides).toEqual(['other', 'serbia', 'kosovo']);
    const serbia = sources.locator('[data-side="serbia"]');
    await expect(serbia.locator('.side-name')).toHaveText('Serbia');
    const vucic = serbia.locator('[data-claimant="serbian-president"]');
    await expect(vucic.locator('.claimant-name')).toHaveText(/Aleksandar Vučić/);
    await expect(vucic.locator('blockquote').first()).toContainText('I simply did not sign that');
    await expect(sources.locator('[data-side="kosovo"]')).toContainText('three different directions');
    await vucic.scrollIntoViewIfNeeded();
    await then.seen(vucic.locator('.claimant-name'), 'the name over Serbia’s words');

    await given.viewer({ event: 'radoicic-detained' });
    await then.detailsShow(/Radoičić detained/);
    const missing = viewer.details().getByTestId('no-answer');
    await expect(missing).toContainText('was found in the stored pages');
    await missing.scrollIntoViewIfNeeded();
    await then.seen(missing, 'what was not found');
  });

  test('works with the keyboard alone: arrows move between events, Enter chooses, previous/next step', async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    const { given, when, then } = viewer;
    await given.viewer();
    await viewer.event('local-elections').focus();
    await when.press('ArrowRight');
    await expect(viewer.event('mayors-take-office')).toBeFocused();
    await when.press('Enter', { settle: true });
    await then.detailsShow(/mayors take office/);
    await when.stepEvent('Next');
    // The next event in date order: Serbia's army on alert, 26 May (after "May 2023", which sorts first).
    await expect(viewer.event('serbia-army-highest-alert')).toHaveAttribute('aria-pressed', 'true');
    await when.stepEvent('Previous', { settle: false });
    await expect(viewer.event('mayors-take-office')).toHaveAttribute('aria-pressed', 'true');
    await then.detailsShow(/mayors take office/);
  });

  test.describe('on a 390×844 phone', () => {
    test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
    test('the strip is usable and covers no details', async ({ page }) => {
      const viewer = new SituationViewer(page);
      const { given, when, then } = viewer;
      await given.viewer();
      const strip = viewer.timeline();
      await expect(strip).toBeVisible();
      const box = (await strip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const button = viewer.event('banjska-attack');
      await button.scrollIntoViewIfNeeded();
      const target = (await button.boundingBox())!;
      expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
      await when.chooseEvent('banjska-attack', { tap: true });
      await expect(viewer.details()).toBeVisible();
      await then.seen(viewer.details(), 'the details');
      await then.detailsShow(/Attack near Banjska/);
    });
  });
});

test.describe('follow the article', () => {
  test('scrolling to the Banjska passage frames the Banjska area; turning it off stops it', async ({
    page,
  }) => {
    const viewer = new SituationViewer(page);
    const { given, when, then, get } = viewer;
    await given.viewer();
    const before = await centreToMonasteryKm(viewer);
    await when.scrollArticleTo('banjska-attack');
    await expect.poll(() => centreToMonasteryKm(viewer), { timeout: scaled(15_000) }).toBeLessThan(5);
    expect(before).toBeGreaterThan(5);
    await then.mapDrawn();

    await page.getByRole('checkbox', { name: 'Follow the article on the map' }).uncheck();
    const still = await get.camera();
    await when.scrollArticleTo('kfor-presence');
    await when.nextFrames();
    const after = await get.camera();
    expect(after.lat).toBeCloseTo(still.lat, 5);
    expect(after.lon).toBeCloseTo(still.lon, 5);
  });

  test('a shared view is kept until the reader scrolls the article', async ({ page }) => {
    const { given, get } = new SituationViewer(page);
    await given.viewer({ map: '9.00/43.20000/20.40000' });
    const c = await get.camera();
    expect(Math.abs(c.lat - 43.2)).toBeLessThan(0.01);
  });

  // The suite runs with reduced motion (playwright.config.ts: a jump draws far fewer frames in software
  // WebGL than a 900 ms flight); the reader who did not ask for it gets the flight, checked here.
  test.describe('without reduced motion', () => {
    test.use({ reducedMotion: 'no-preference' });
    test('the map flies to a clicked phrase’s places', async ({ page }) => {
      const viewer = new SituationViewer(page);
      const { given, when, get } = viewer;
      await given.viewer();
      const start = await get.framesInMotion();
      await when.clickPhrase(/barricaded themselves in a monastery/);
      expect(await centreToMonasteryKm(viewer)).toBeLessThan(5);
      // A flight draws frames on its way; a jump draws none with the camera moving.
      expect((await get.framesInMotion()) - start).toBeGreaterThan(0);
    });
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('the map jumps to the passage’s places instead of flying', async ({ page }) => {
      const viewer = new SituationViewer(page);
      const { given, when, get } = viewer;
      await given.viewer();
      const start = await get.moveEvents();
      const startFrames = await get.framesInMotion();
      await when.scrollArticleTo('banjska-attack');
      await expect.poll(() => centreToMonasteryKm(viewer), { timeout: scaled(15_000) }).toBeLessThan(5);
      // A jump is a handful of move events (the camera and its padding); a 900 ms flight is dozens
      // where frames are fast (a few in software WebGL, so also:) and it draws frames on its way.
      expect((await get.moveEvents()) - start).toBeLessThanOrEqual(5);
      expect((await get.framesInMotion()) - startFrames).toBe(0);
    });
  });
});
