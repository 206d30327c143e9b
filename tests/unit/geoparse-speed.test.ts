// The geoparser's work grows linearly with the text (issue 27: it grew with its square, 1 MB took ten
// minutes), and a long parse reports its progress. Counted, not timed: the parse reports how many
// tokens, names and candidate comparisons it made, so the test says the same on a quiet machine and
// on a busy one.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geoparse, geoparseSteps } from '../../src/geoparse/geoparse';
import { placeIndex } from '../../scripts/geoparse/gazetteerFile';
import { PIPELINE_REGION, readRegion } from '../../scripts/region/readRegion';
import { geoparseText } from '../../bench/geoparse';

const index = placeIndex();
const region = readRegion(PIPELINE_REGION).geoparser;

describe('the geoparser’s work', () => {
  it('grows linearly: 20,000 words take at most 2.5 times the work of 10,000', () => {
    const small = geoparse(geoparseText(10_000), index, { region, adjectives: true }).work;
    const large = geoparse(geoparseText(20_000), index, { region, adjectives: true }).work;
    expect(large.tokens / small.tokens).toBeCloseTo(2, 1);
    expect(large.names / small.names).toBeCloseTo(2, 1);
    expect(small.comparisons).toBeGreaterThan(small.names);
    expect(large.comparisons / small.comparisons).toBeLessThanOrEqual(2.5);
  });

  it('reports its progress, rising from 0 to 1, and gives the same result step by step', () => {
    const text = geoparseText(10_000);
    const heard: number[] = [];
    const result = geoparse(text, index, { region, onProgress: (f) => heard.push(f) });
    expect(heard.length).toBeGreaterThanOrEqual(10);
    expect(heard[0]).toBe(0);
    expect(heard.at(-1)).toBe(1);
    for (let i = 1; i < heard.length; i++) expect(heard[i]).toBeGreaterThanOrEqual(heard[i - 1]);
    // No step takes more than a fifth of the work.
    for (let i = 1; i < heard.length; i++) expect(heard[i] - heard[i - 1]).toBeLessThanOrEqual(0.2);

    const steps = geoparseSteps(text, index, { region });
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value.mentions).toEqual(result.mentions);
  });

  it('runs in a Web Worker: src/geoparse/ imports nothing of Node, the DOM or the map libraries', () => {
    const dir = resolve(import.meta.dirname, '../../src/geoparse');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
      const imports = [...source.matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
      for (const from of imports)
        expect(from, `${file} imports ${from}`).toMatch(/^(\.\/|\.\.\/text\/|zod$)/);
      expect(source, file).not.toMatch(/\b(window|document|process|self|globalThis)\.|\brequire\(/);
    }
  });
});
