// Scoring the geoparser against a gold text (tests/geoparse/gold/README.md): precision and recall of
// finding the required mentions, and the share of them placed correctly. Pure: where a target is
// (polygon or point) is the caller's `placedAt`; and how right the proposals at each confidence were.
import { HIGH_CONFIDENCE, LOW_CONFIDENCE } from './confidence';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  required: boolean;
  /** f:<feature id>, gn:<GeoNames id>, c:<ISO alpha-2>, bbox:W,S,E,N, pt:LAT,LON; null for an untargeted optional. */
  target: string | null;
}

export interface GoldText {
  text: string;
  mentions: GoldMention[];
}

const MARK = /\[\[(\?)?([^|\]]+)(?:\|([^\]]*))?\]\]/g;

/** The text without its marks, and the marked mentions with their offsets in it. */
export function parseGold(marked: string): GoldText {
  let text = '';
  let last = 0;
  const mentions: GoldMention[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    mentions.push({ start, end: text.length, text: m[2], required: !m[1], target: m[3]?.trim() || null });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, mentions };
}

export interface PredictedMention {
  start: number;
  end: number;
  place: { lat: number; lon: number };
  /** The geoparser's confidence, for the calibration figures (absent: not counted there). */
  confidence?: number;
}

export interface Score {
  required: number;
  found: number;
  placed: number;
  predicted: number;
  truePositives: number;
  falsePositives: number;
  /**
   * Calibration: proposals at 0.8 or more, and under 0.5 (flagged), that were judged (overlapping a
   * required mention or none), and how many of them were right (a required mention, placed correctly).
   */
  high: number;
  highRight: number;
  low: number;
  lowRight: number;
  /** What went wrong, for reading: missed required mentions, false positives, misplaced mentions. */
  misses: string[];
  wrong: string[];
  misplaced: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreText(
  gold: GoldText,
  predicted: PredictedMention[],
  placedAt: (target: string, lat: number, lon: number) => boolean,
): Score {
  const required = gold.mentions.filter((g) => g.required);
  const score: Score = {
    required: required.length,
    found: 0,
    placed: 0,
    predicted: 0,
    truePositives: 0,
    falsePositives: 0,
    high: 0,
    highRight: 0,
    low: 0,
    lowRight: 0,
    misses: [],
    wrong: [],
    misplaced: [],
  };
  for (const p of predicted) {
    const hits = gold.mentions.filter((g) => overlaps(g, p));
    const required = hits.find((g) => g.required);
    if (required) {
      score.truePositives++;
      score.predicted++;
    } else if (hits.length === 0) {
      score.falsePositives++;
      score.predicted++;
      score.wrong.push(`${gold.text.slice(p.start, p.end)} @${p.start}`);
    }
    // Overlapping only optional mentions: neither rewarded nor penalised, and not counted below.
    if (p.confidence === undefined || (!required && hits.length > 0)) continue;
    const right = required?.target ? placedAt(required.target, p.place.lat, p.place.lon) : false;
    if (p.confidence >= HIGH_CONFIDENCE) {
      score.high++;
      if (right) score.highRight++;
    } else if (p.confidence < LOW_CONFIDENCE) {
      score.low++;
      if (right) score.lowRight++;
    }
  }
  for (const g of required) {
    const hit = predicted.find((p) => overlaps(g, p));
    if (!hit) {
      score.misses.push(`${g.text} @${g.start}`);
      continue;
    }
    score.found++;
    if (g.target && placedAt(g.target, hit.place.lat, hit.place.lon)) score.placed++;
    else score.misplaced.push(`${g.text} @${g.start} → ${hit.place.lat},${hit.place.lon} (want ${g.target})`);
  }
  return score;
}

export function totals(scores: Score[]) {
  const sum = (
    k:
      | 'required'
      | 'found'
      | 'placed'
      | 'truePositives'
      | 'falsePositives'
      | 'high'
      | 'highRight'
      | 'low'
      | 'lowRight',
  ) => scores.reduce((n, s) => n + s[k], 0);
  const tp = sum('truePositives');
  const fp = sum('falsePositives');
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: sum('required') === 0 ? 1 : sum('found') / sum('required'),
    placed: sum('required') === 0 ? 1 : sum('placed') / sum('required'),
    required: sum('required'),
    truePositives: tp,
    falsePositives: fp,
    /** Of the proposals at 0.8 or more, the share right (1 when there is none), and how many. */
    highAccuracy: sum('high') === 0 ? 1 : sum('highRight') / sum('high'),
    high: sum('high'),
    /** Of the flagged proposals (under 0.5), the share right, and how many. */
    lowAccuracy: sum('low') === 0 ? 1 : sum('lowRight') / sum('low'),
    low: sum('low'),
  };
}
