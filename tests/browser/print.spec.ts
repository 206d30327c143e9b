// Print: a selected feature printed to PDF in Chromium, on A4 and on Letter, read back with poppler
// (pdftotext, pdfinfo; `npm test` installs poppler-utils): the map of the view (its labels are
// vector text), the legend, the scale, the attributions, the details and the article's footnotes.
// The pages are also written as PNGs (pdftoppm) under test-results/print/ for looking at.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { join } from 'node:path';
import { SituationViewer } from './driver';
import { BASE_MAP_COLORS } from '../../src/cartography/basemap/colors';

const OUT = join(import.meta.dirname, '../../test-results/print');

for (const format of ['A4', 'Letter'] as const) {
  test(`a selected municipality prints on ${format}: map, legend, scale, attributions, details, footnotes`, async ({
    page,
  }) => {
    const { given, then } = new SituationViewer(page);
    await given.viewer({ feature: 'municipality-zvecan' });
    await then.detailsShow('Zvečan');
    mkdirSync(OUT, { recursive: true });
    const pdf = join(OUT, `zvecan-${format}.pdf`);
    await page.pdf({ path: pdf, format, printBackground: true });
    // The print-only figure is gone again once printing is over.
    await expect(page.getByTestId('print-figure')).toHaveCount(0);

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    const [pw, ph] = format === 'A4' ? [595.3, 841.9] : [612, 792];
    expect(Math.abs(w - pw)).toBeLessThan(1);
    expect(Math.abs(h - ph)).toBeLessThan(1);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const firstPage = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], {
      encoding: 'utf8',
    });
    const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    // The map and its furniture on the first page: place labels drawn as text, the legend, the scale.
    for (const label of ['Leposavić', 'Zubin Potok', 'Serb-majority municipality', 'Kosovo–Serbia border'])
      expect(firstPage, label).toContain(label);
    expect(firstPage).toMatch(/\b\d+ km\b/);
    expect(firstPage).toContain('North');
    expect(all).toContain('© OpenStreetMap contributors');
    expect(all).toContain('geoBoundaries');
    // The details of the selection, and the article with its links as footnotes.
    expect(all).toMatch(/Zvečan[\s\S]*Zveçan/);
    expect(all).toContain('In the article');
    expect(all).toMatch(/“four municipalities with a Serb majority”: .*North Mitrovica/);
    // Nothing of the screen's controls.
    expect(all).not.toContain('Layers and features');
    expect(all).not.toContain('Timeline: choose an event');

    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, `zvecan-${format}`)]);
    expect(pages).toBeGreaterThanOrEqual(2);
  });
}

test('the printed map shows the base map: roads, water and forest drawn from tiles fetched before printing', async ({
  page,
}) => {
  const { given, then } = new SituationViewer(page);
  await given.viewer({ feature: 'municipality-zvecan' });
  await then.detailsShow('Zvečan');
  // The browser does not wait in `beforeprint`: the print camera's tiles are fetched while the screen
  // is read. Printed once the page has nothing more to fetch.
  await page.waitForLoadState('networkidle');
  mkdirSync(OUT, { recursive: true });
  const pdf = join(OUT, 'base-map-A4.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const firstPage = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], {
    encoding: 'utf8',
  });
  // Its legend rows and credits.
  for (const row of ['Motorway or trunk road (OSM)', 'Railway (OSM)', 'Forest (OSM)'])
    expect(firstPage, row).toContain(row);
  expect(firstPage).toContain('© OpenMapTiles');
  // The map on paper, read back as pixels: the base map's colours of roads, water and forest.
  execFileSync('pdftoppm', [
    '-r',
    '96',
    '-f',
    '1',
    '-l',
    '1',
    '-png',
    '-singlefile',
    pdf,
    join(OUT, 'base-map-A4'),
  ]);
  const png = PNG.sync.read(readFileSync(join(OUT, 'base-map-A4.png')));
  const count = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (Math.abs(png.data[i] - r) + Math.abs(png.data[i + 1] - g) + Math.abs(png.data[i + 2] - b) <= 6) n++;
    return n;
  };
  expect(count(BASE_MAP_COLORS.majorRoadCasing), 'major roads').toBeGreaterThan(200);
  expect(count(BASE_MAP_COLORS.forest), 'forest').toBeGreaterThan(2000);
  expect(count(BASE_MAP_COLORS.water), 'water').toBeGreaterThan(20);
  if (process.env.SCREENSHOTS) copyFileSync(join(OUT, 'base-map-A4.png'), 'docs/print-base-map-a4.png');
});
