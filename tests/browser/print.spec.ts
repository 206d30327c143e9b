// Print: a selected feature printed to PDF in Chromium, on A4 and on Letter, read back with poppler
// (pdftotext, pdfinfo; `npm test` installs poppler-utils): the map of the view (its labels are
// vector text), the legend, the scale, the attributions, the details and the article's footnotes.
// The pages are also written as PNGs (pdftoppm) under test-results/print/ for looking at.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SituationViewer } from './driver';

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
