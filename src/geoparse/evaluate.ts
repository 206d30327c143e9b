// Scoring the geoparser against a gold text (tests/geoparse/gold/README.md): precision and recall of
// finding the required mentions, and the share of them placed correctly. Pure: where a target is
// (polygon or point) is the caller's `placedAt`.

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
}

export interface Score {
  required: number;
  found: number;
  placed: number;
  predicted: number;
  truePositives: number;
  falsePositives: number;
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
    misses: [],
    wrong: [],
    misplaced: [],
  };
  for (const p of predicted) {
    const hits = gold.mentions.filter((g) => overlaps(g, p));
    if (hits.some((g) => g.required)) {
      score.truePositives++;
      score.predicted++;
    } else if (hits.length === 0) {
      score.falsePositives++;
      score.predicted++;
      score.wrong.push(`${gold.text.slice(p.start, p.end)} @${p.start}`);
    }
    // Overlapping only optional mentions: neither rewarded nor penalised.
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
  const sum = (k: 'required' | 'found' | 'placed' | 'truePositives' | 'falsePositives') =>
    scores.reduce((n, s) => n + s[k], 0);
  const tp = sum('truePositives');
  const fp = sum('falsePositives');
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: sum('required') === 0 ? 1 : sum('found') / sum('required'),
    placed: sum('required') === 0 ? 1 : sum('placed') / sum('required'),
    required: sum('required'),
    truePositives: tp,
    falsePositives: fp,
  };
}
