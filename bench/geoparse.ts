// The geoparser's speed: loading the gazetteer and building its index once, then a 2,000-word text
// (the gold texts, repeated to length) parsed `runs` times. In Node, as `npm run story -- new` runs it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGold } from '../src/geoparse/evaluate';
import { geoparse } from '../src/geoparse/geoparse';
import { buildPlaceIndex } from '../src/geoparse/placeIndex';
import { readGazetteer } from '../scripts/geoparse/gazetteerFile';
import { PIPELINE_REGION, readRegion } from '../scripts/region/readRegion';

const GOLD = resolve(import.meta.dirname, '../tests/geoparse/gold');
export const BENCH_WORDS = 2000;

export function geoparseText(words = BENCH_WORDS): string {
  const texts = readdirSync(GOLD)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseGold(readFileSync(join(GOLD, f), 'utf8')).text);
  const all = texts.join('\n\n').split(/(\s+)/);
  const out: string[] = [];
  for (let i = 0, n = 0; n < words; i++) {
    const piece = all[i % all.length];
    out.push(piece);
    if (/\S/.test(piece)) n++;
  }
  return out.join('');
}

export function measureGeoparse(runs: number): {
  indexMs: number;
  parseMs: number[];
  mentions: number;
  words: number;
} {
  const t0 = performance.now();
  const index = buildPlaceIndex(readGazetteer());
  const indexMs = performance.now() - t0;
  const text = geoparseText();
  const region = readRegion(PIPELINE_REGION).geoparser;
  const parseMs: number[] = [];
  let mentions = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    mentions = geoparse(text, index, { region }).mentions.length;
    parseMs.push(performance.now() - start);
  }
  return { indexMs, parseMs, mentions, words: text.split(/\s+/).filter(Boolean).length };
}
