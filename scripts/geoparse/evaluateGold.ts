// Scores the geoparser on every gold text (tests/geoparse/gold/, and unseen/ apart).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geoparse } from '../../src/geoparse/geoparse';
import { parseGold, scoreText, totals, type Score } from '../../src/geoparse/evaluate';
import { placeIndex } from './gazetteerFile';
import { targetChecker } from './targets';
import { PIPELINE_REGION, readRegion } from '../region/readRegion';

export const GOLD_DIR = resolve(import.meta.dirname, '../../tests/geoparse/gold');

/** The sets the evaluation reports, apart: the one tuned on, and the texts written to be unseen. */
export const GOLD_SETS = [
  { label: 'gold set (written before the parser; two texts of issue 27 tuned on)', dir: GOLD_DIR },
  {
    label: 'unseen texts (issue 15: written after the parser, never tuned on)',
    dir: join(GOLD_DIR, 'unseen'),
  },
  {
    label: 'unseen texts, second set (issue 27: written before its changes, never tuned on)',
    dir: join(GOLD_DIR, 'unseen-2'),
  },
] as const;

export function evaluateGold(dir = GOLD_DIR): { file: string; score: Score }[] {
  const index = placeIndex();
  // The gold texts are of the shipped stories' region, which the gazetteer covers.
  const region = readRegion(PIPELINE_REGION).geoparser;
  const placedAt = targetChecker();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const gold = parseGold(readFileSync(join(dir, file), 'utf8'));
      const { mentions } = geoparse(gold.text, index, { region });
      return { file, score: scoreText(gold, mentions, placedAt) };
    });
}

export { totals };
