// Bad input gets a clear message, never a blank page or a silent wrong map; nothing from data runs.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SituationViewer } from './driver';

const dataFile = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../public/data', name), 'utf8');

test('the built app is served with a strict Content-Security-Policy and breaks none of it in normal use', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then } = viewer;
  const violations = await given.cspViolationsRecorded();
  const response = await given.pageAt();
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await then.mapDrawn();
  await when.clickPhrase(/barricaded themselves in a monastery/);
  await expect(viewer.details()).toBeVisible();
  await when.toggleLayer('border', false);
  await when.clickMap(20.8, 43.1);
  expect(violations).toEqual([]);
  expect(viewer.errors).toEqual([]);
});

test('names, notes and sources containing markup and script render as plain text and nothing runs', async ({
  page,
}) => {
  const hostile = JSON.parse(dataFile('municipalities.geojson'));
  const attack = '<img src=x onerror="window.__pwned=1">';
  const p = hostile.features[3].properties;
  p.name.en = `Leposavić ${attack}`;
  p.note = `<script>window.__pwned=2</script>`;
  p.derivation = `<a href="javascript:window.__pwned=3">click</a>`;
  p.sources[0].name = `<b onmouseover="window.__pwned=4">geoBoundaries</b>`;
  p.sources[0].url = 'javascript:window.__pwned=5';
  p.sources[0].attribution = `<img src=y onerror="window.__pwned=6">`;
  const viewer = new SituationViewer(page);
  const { given, when, then } = viewer;
  await given.dataFile('municipalities.geojson', { body: hostile });
  await given.viewer();
  await when.chooseFromList('municipalities', /Leposavić/);
  await then.detailsShow(`Leposavić ${attack}`);
  await expect(viewer.details()).toContainText('<script>window.__pwned=2</script>');
  await viewer.details().getByText('Sources and how it was drawn').click();
  await expect(viewer.details()).toContainText('<b onmouseover="window.__pwned=4">geoBoundaries</b>');
  await page.getByTestId('attribution').locator('summary').click();
  await expect(page.getByTestId('attribution')).toContainText('<img src=y onerror="window.__pwned=6">');
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(
    await page
      .locator('[data-testid="details"] img, [data-testid="attribution"] img, [data-testid="details"] script')
      .count(),
  ).toBe(0);
  // No img or script element exists, so no handler in the data can run later; none has run.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

const BROKEN = [
  {
    name: 'missing',
    file: 'border.geojson',
    layer: 'border',
    reply: { status: 404, body: 'Not found' },
    message: /border.geojson is missing \(HTTP 404\)/,
  },
  {
    name: 'truncated',
    file: 'monastery.geojson',
    layer: 'monastery',
    reply: { status: 200, body: dataFile('monastery.geojson').slice(0, 900) },
    message: /monastery.geojson is not valid JSON/,
  },
  {
    name: 'schema-invalid',
    file: 'municipalities.geojson',
    layer: 'municipalities',
    reply: {
      status: 200,
      body: dataFile('municipalities.geojson').replace('"precision":"derived"', '"precision":"guessed"'),
    },
    message: /municipalities.geojson does not match the layer schema: features.0.properties.precision/,
  },
];

for (const broken of BROKEN) {
  test(`a ${broken.name} layer file is reported by name while the rest keeps working`, async ({ page }) => {
    const viewer = new SituationViewer(page);
    const { given, when, then } = viewer;
    await given.dataFile(broken.file, broken.reply);
    await given.viewer();
    await expect(page.getByTestId('load-problems')).toContainText(broken.message);
    await when.openLayers();
    await expect(page.getByTestId(`layer-${broken.layer}`).getByRole('alert')).toContainText(broken.message);
    await expect(page.getByTestId(`toggle-${broken.layer}`)).toBeDisabled();
    // The article and its links still work, and another layer's feature still opens.
    await expect(page.getByTestId('article')).toContainText('Climbing in the Balkans');
    await when.clickPhrase(/redeployment of KFOR troops to northern Kosovo/);
    await then.detailsShow('Northern Kosovo');
    expect(viewer.errors).toEqual([]);
  });
}

test('a phrase whose feature failed to load says so instead of doing nothing', async ({ page }) => {
  const { given, when, then } = new SituationViewer(page);
  await given.dataFile('border.geojson', { status: 404, body: '' });
  await given.viewer();
  await when.clickPhrase(/along the border with Kosovo/, { settle: false });
  await expect(page.getByTestId('notice')).toContainText('its layer could not be loaded');
  await then.detailsClosed();
});

test('if the map code cannot be fetched, the map pane says so and the article still works', async ({
  page,
}) => {
  const { given } = new SituationViewer(page);
  await given.assetBlocked('maplibre');
  await given.pageAt();
  await expect(page.getByTestId('map-error')).toContainText('The map could not be drawn');
  await expect(page.getByTestId('article')).toContainText('barricaded themselves in a monastery');
  await expect(page.getByTestId('toggle-border')).toBeEnabled();
});

test('if the layer loader cannot be fetched, every layer says so and the article still reads', async ({
  page,
}) => {
  const { given } = new SituationViewer(page);
  await given.assetBlocked('loadLayers');
  await given.pageAt();
  await expect(page.getByTestId('load-problems')).toContainText('the layer loader could not be loaded');
  await expect(page.getByTestId('toggle-border')).toBeDisabled();
  await expect(page.getByTestId('article')).toContainText('Climbing in the Balkans');
});

// The parser's own fuzz (500 hashes, tests/unit/url-state.test.ts) covers parsing; this covers what a
// pasted link does to a running viewer (layers, selection, camera, notices): 40 are enough for that.
test('40 hostile or stale links pasted into an open viewer fall back without an uncaught error', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then } = viewer;
  await given.viewer();
  const hashes = await page.evaluate(() => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const parts = [
      'map=',
      'layers=',
      'feature=',
      '&',
      '/',
      '%',
      '%zz',
      'NaN',
      '-1',
      '99',
      '42.9',
      '20.8',
      '12',
      'border',
      'places',
      'nope',
      'banjska-monastery',
      'kosovo',
      '<svg onload=alert(1)>',
      'x'.repeat(3000),
      '__proto__',
      ',',
    ];
    return Array.from(
      { length: 40 },
      () =>
        '#' +
        Array.from(
          { length: 1 + Math.floor(random() * 10) },
          () => parts[Math.floor(random() * parts.length)],
        ).join(''),
    );
  });
  await when.pasteLinks(hashes);
  await when.pasteLinks(['map=10/42.97/20.78&layers=border,monastery&feature=banjska-monastery']);
  await then.detailsShow('Banjska Monastery');
  await expect(page.getByTestId('toggle-municipalities')).not.toBeChecked();
  expect(viewer.errors).toEqual([]);
});
