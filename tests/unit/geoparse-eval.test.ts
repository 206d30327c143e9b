// The geoparser's evaluation as a test: precision ≥ 0.90, recall ≥ 0.85 and ≥ 0.80 of the required
// mentions placed correctly, on the team's gold set (tests/geoparse/gold/) and on the unseen texts.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateGold, GOLD_DIR, totals } from '../../scripts/geoparse/evaluateGold';
import { parseGold } from '../../src/geoparse/evaluate';
import { placeIndex } from '../../scripts/geoparse/gazetteerFile';
import { loadTargets } from '../../scripts/geoparse/targets';
import { LOADS_GAZETTEER_MS } from './helpers/budgets';

const TARGETS = { precision: 0.9, recall: 0.85, placed: 0.8 };

describe('the geoparser against the gold set', () => {
  // The sources, read once for both sets: the gazetteer and every source a gold target may name.
  beforeAll(() => {
    placeIndex();
    loadTargets();
  }, LOADS_GAZETTEER_MS);

  it('reproduces the story’s article from its gold marks, byte for byte', () => {
    const gold = parseGold(readFileSync(join(GOLD_DIR, 'liberation-2023-09-29.txt'), 'utf8'));
    expect(gold.text).toBe(
      readFileSync(join(import.meta.dirname, '../../stories/liberation-2023-09-29/article.txt'), 'utf8'),
    );
  });

  it.each([
    ['gold set', GOLD_DIR],
    ['unseen texts', join(GOLD_DIR, 'unseen')],
  ])('meets the targets on the %s', (_, dir) => {
    if (!existsSync(dir)) return;
    const results = evaluateGold(dir);
    expect(results.length).toBeGreaterThan(0);
    const t = totals(results.map((r) => r.score));
    expect(t.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(t.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(t.placed).toBeGreaterThanOrEqual(TARGETS.placed);
  });
});
