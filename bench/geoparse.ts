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

/** A text of about `chars` UTF-16 units, the gold texts repeated. */
export function geoparseTextOfLength(chars: number): string {
  let words = Math.ceil(chars / 6);
  let text = geoparseText(words);
  while (text.length < chars) text = geoparseText((words = Math.ceil(words * 1.1)));
  return text.slice(0, chars);
}

/**
 * `npx tsx bench/geoparse.ts [runs]`: the parse of 2,000 words, 100 kB and 1 MB once the gazetteer is
 * loaded, in Node: median (min–max) of `runs` runs (default 7), and the first run (the code not yet
 * compiled by the engine, as in a worker's first parse).
 */
function main() {
  const runs = Number(process.argv[2] ?? 7);
  const t0 = performance.now();
  const index = buildPlaceIndex(readGazetteer());
  console.log(`gazetteer read and indexed: ${(performance.now() - t0).toFixed(0)} ms`);
  const region = readRegion(PIPELINE_REGION).geoparser;
  for (const [label, text] of [
    ['2,000 words', geoparseText(BENCH_WORDS)],
    ['100 kB', geoparseTextOfLength(100_000)],
    ['1 MB', geoparseTextOfLength(1_000_000)],
  ] as const) {
    const cold = performance.now();
    geoparse(text, index, { region });
    const first = performance.now() - cold;
    const ms: number[] = [];
    let mentions = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      mentions = geoparse(text, index, { region }).mentions.length;
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    const words = text.split(/\s+/).filter(Boolean).length;
    console.log(
      `${label.padEnd(12)} ${String(words).padStart(7)} words ${String(mentions).padStart(6)} mentions: ` +
        `${ms[ms.length >> 1].toFixed(0)} ms median (${ms[0].toFixed(0)}–${ms[ms.length - 1].toFixed(0)}) of ${runs}` +
        ` after a first run of ${first.toFixed(0)} ms`,
    );
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
