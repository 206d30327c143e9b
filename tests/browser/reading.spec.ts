// Reading the map (issue 11): at five window sizes, every linked phrase of the article opens details
// that are wholly in view and covered by nothing, with the first quote readable, and frames its
// places inside the part of the map no panel covers. One page per window size: the phrase clicks are
// one page's work. At the two sizes the README pictures (1280×800, 390×844) every phrase is clicked;
// at the three others, one phrase per distinct target (the same features, framed alike: 12 of 23),
// since what is checked — where the details and the framed places land — follows from the target and
// the window, which the two full sizes check phrase by phrase.
import { expect, test, type Page } from '@playwright/test';
import * as turf from '@turf/turf';
import type { Feature } from 'geojson';
import { axeViolations } from './axe';
import { shippedFeatures, SituationViewer } from './driver';

const FILES = [
  'border.geojson',
  'north-kosovo.geojson',
  'municipalities.geojson',
  'monastery.geojson',
  'countries.geojson',
  'kosovo.geojson',
  'kosovo-municipalities.geojson',
  'places.geojson',
  'crossings.geojson',
  'rivers.geojson',
];
const BBOX = new Map(
  FILES.flatMap((file) =>
    shippedFeatures(file).map((f) => [f.properties.id, turf.bbox(f as unknown as Feature)] as const),
  ),
);

const VIEWPORTS = [
  { width: 1280, height: 800, everyPhrase: true },
  { width: 1440, height: 900, everyPhrase: false },
  { width: 1024, height: 768, everyPhrase: false },
  { width: 390, height: 844, everyPhrase: true },
  { width: 360, height: 640, everyPhrase: false },
];

/** Screen rectangle of the framed features, asked of the map. */
async function framedRect(viewer: SituationViewer, ids: string[]) {
  const boxes = ids.map((id) => BBOX.get(id)!);
  const [w, s, e, n] = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  const a = await viewer.get.screenPoint(w, n);
  const b = await viewer.get.screenPoint(e, s);
  return { left: a.x, top: a.y, right: b.x, bottom: b.y };
}

/** The part of the map no overlay covers must contain the rectangle (1 px of rounding allowed). */
async function coveringOverlays(page: Page, r: { left: number; top: number; right: number; bottom: number }) {
  return page.evaluate((r) => {
    const problems: string[] = [];
    const map = document.querySelector('[data-testid="map"] canvas')!.getBoundingClientRect();
    if (r.left < map.left - 1 || r.top < map.top - 1 || r.right > map.right + 1 || r.bottom > map.bottom + 1)
      problems.push(`outside the map ${JSON.stringify(map)}`);
    const overlays = [
      ...document.querySelectorAll('[data-map-overlay], .maplibregl-ctrl, .sheet-tabs, .attribution'),
    ].filter((el) => (el as HTMLElement).offsetParent !== null);
    for (const el of overlays) {
      const o = el.getBoundingClientRect();
      const overlaps =
        o.left < r.right - 1 && o.right > r.left + 1 && o.top < r.bottom - 1 && o.bottom > r.top + 1;
      if (overlaps) problems.push(`under ${el.className || el.tagName}`);
    }
    return problems;
  }, r);
}

for (const { everyPhrase, ...viewport } of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} every linked ${everyPhrase ? 'phrase' : 'target'} opens details in full view and frames its places uncovered`, async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const viewer = new SituationViewer(page);
    const { given, when, then } = viewer;
    await given.viewer();
    const phone = viewport.width <= 640;
    // Accessibility once per state at this size: default, details open, layers (sheet) open.
    const violations = await axeViolations(page, 'default');
    const phrases = page.getByTestId('article').locator('a.phrase');
    const count = await phrases.count();
    expect(count).toBeGreaterThan(20);
    const targets = new Set<string>();
    for (let i = 0; i < count; i++) {
      const phrase = phrases.nth(i);
      const target = `${await phrase.getAttribute('data-features')}|${await phrase.getAttribute('data-framed')}`;
      if (!everyPhrase && targets.has(target)) continue;
      targets.add(target);
      if (phone) await when.showArticle();
      const label = `phrase ${i} “${await phrase.textContent()}”`;
      const framed = ((await phrase.getAttribute('data-framed')) ?? '').split(' ').filter(Boolean);
      await when.clickPhrase(phrase);
      await expect(viewer.details(), label).toBeVisible();
      await then.seen(viewer.details(), `${label}: the details`);
      // The first quote is visible, or comes into view inside the details' own scroller.
      const quote = viewer.details().getByTestId('details-passage').first().locator('q');
      await quote.scrollIntoViewIfNeeded();
      await then.seen(quote, `${label}: the first quote`);
      if (i === 0) violations.push(...(await axeViolations(page, 'details open')));
      if (framed.length) {
        const rect = await framedRect(viewer, framed);
        expect(await coveringOverlays(page, rect), `${label}: ${framed.join(', ')}`).toEqual([]);
      } else {
        // Nothing to frame: the details say why the place is not shown more precisely.
        await expect(viewer.details().locator('.viewer-note-inline').first(), label).toBeVisible();
      }
    }
    if (!everyPhrase) expect(targets.size, 'distinct targets').toBeGreaterThan(10);
    await when.openLayers();
    violations.push(...(await axeViolations(page, 'layers open')));
    expect(violations).toEqual([]);
    expect(viewer.errors).toEqual([]);
    await context.close();
  });
}
