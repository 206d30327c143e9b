// Resolving a name: each candidate place is scored by its kind, population and region (the region's
// weights, regions/<id>.json), whether it is one of the story's features, the words around it, and how
// near it lies to the other places of the text; the confidence is the winner's share of the scores.
import { distance } from '@turf/turf';
import type { GazetteerPlace } from './gazetteer';
import { MUNICIPALITY_WORDS } from './lexicon';
import type { NameEntry } from './placeIndex';
import type { Token } from './text';
import { next, type Found } from './found';

/**
 * How much a place in each country is preferred when a name is ambiguous: the story's region's
 * (regions/<id>.json, `geoparser`), as data.
 */
export interface RegionWeights {
  countryWeights: Readonly<Record<string, number>>;
  /** A place in any other country. */
  otherCountryWeight: number;
  /** A place in no country (a border, a river across several). */
  noCountryWeight: number;
}

// Scores: what a candidate's kind, size and region say before the text's other places are known.
// A name that is both a country and a city is the country (Mexico, Luxembourg, Kuwait).
const KIND_WEIGHT: Record<string, number> = {
  country: 10,
  territory: 10,
  capital: 2.5,
  region: 2,
  town: 1.5,
  municipality: 1.2,
  border: 1.5,
  crossing: 1,
  monastery: 1,
  'incident-area': 0.2,
  river: 1,
  lake: 1,
  village: 0.5,
  mountain: 0.5,
  pass: 0.3,
  station: -1,
};
const KIND_CUES: Record<string, string[]> = {
  river: ['river', 'reka', 'lumi'],
  lake: ['lake', 'reservoir', 'jezero', 'liqeni'],
  mountain: ['mount', 'mountain', 'mountains', 'peak', 'planina'],
  village: ['village', 'hamlet', 'fshati', 'selo'],
  town: ['town', 'city', 'qyteti', 'grad'],
  monastery: ['monastery', 'manastir', 'manastiri'],
};

export function priorScore(place: GazetteerPlace, weights: RegionWeights): number {
  const region = place.country
    ? (weights.countryWeights[place.country] ?? weights.otherCountryWeight)
    : weights.noCountryWeight;
  return (
    (KIND_WEIGHT[place.kind] ?? 0) +
    0.5 * Math.log10(place.population + 1) +
    region +
    (place.featureId ? 1 : 0)
  );
}

/** Words before the name (within the sentence) that say what kind of place it is. */
export function cueScore(tokens: Token[], f: Found, place: GazetteerPlace): number {
  const window: string[] = [];
  for (let k = f.first - 1; k >= Math.max(0, f.first - 6); k--) {
    window.push(tokens[k].key);
    if (tokens[k].sentenceStart) break;
  }
  const after = next(tokens, f.last)?.key;
  let score = 0;
  const municipal = window.some((w) => MUNICIPALITY_WORDS.has(w)) || (after && MUNICIPALITY_WORDS.has(after));
  if (place.kind === 'municipality') score += municipal ? 3 : -0.5;
  for (const [kind, cues] of Object.entries(KIND_CUES))
    if (
      place.kind === kind &&
      (window.slice(0, 3).some((w) => cues.includes(w)) || (after && cues.includes(after)))
    )
      score += 2;
  return score;
}

/** Great-circle distance between two places, km. */
const km = (a: GazetteerPlace, b: GazetteerPlace) =>
  distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });

export interface Scored {
  found: Found;
  candidates: { entry: NameEntry; base: number; score: number }[];
}

/** Words after a name that place it by another: "Banjska, a village near Vushtrri", "Bare in Leposavić". */
const LOCATING_WORDS = new Set([
  'near',
  'in',
  'outside',
  'of',
  'by',
  'beside',
  'afër',
  'në',
  'kod',
  'blizu',
  'u',
]);

/** The mention a name is placed by, if the words after it (same sentence, a few words) say so. */
function locatedBy(all: Scored[], tokens: Token[], i: number): number | null {
  const s = all[i];
  for (let k = s.found.last + 1; k <= Math.min(tokens.length - 1, s.found.last + 6); k++) {
    if (tokens[k].sentenceStart) return null;
    if (!LOCATING_WORDS.has(tokens[k].key)) continue;
    const j = all.findIndex((o) => o.found.first === k + 1);
    if (j >= 0) return j;
  }
  return null;
}

/**
 * Places of the same text support each other: a candidate near the other places (the nearer in the
 * text, the more), in the same country as most of them, and near the place the words after it name
 * ("a village near Vushtrri") scores higher. Countries weigh only in the country share.
 */
export function withCoherence(all: Scored[], tokens: Token[]): void {
  const best = all.map((s) => s.candidates[0]?.entry.place);
  for (const [i, s] of all.entries()) {
    if (s.candidates.length < 2) continue;
    const here = tokens[s.found.first].start;
    const locator = locatedBy(all, tokens, i);
    for (const c of s.candidates) {
      let near = 0;
      let nearWeights = 0;
      let sameCountry = 0;
      let countryWeights = 0;
      for (const [j, other] of all.entries()) {
        const place = best[j];
        if (j === i || !place || other.found.entries === s.found.entries) continue;
        const w = Math.exp(-Math.abs(tokens[other.found.first].start - here) / 400);
        if (place.country) {
          sameCountry += w * (place.country === c.entry.place.country ? 1 : 0);
          countryWeights += w;
        }
        if (place.kind === 'country' || place.kind === 'territory' || place.country === null) continue;
        near += w * Math.exp(-km(c.entry.place, place) / 15);
        nearWeights += w;
      }
      const located =
        locator !== null && best[locator] ? 3 * Math.exp(-km(c.entry.place, best[locator]!) / 15) : 0;
      c.score =
        c.base +
        (nearWeights > 0 ? (2.5 * near) / nearWeights : 0) +
        (countryWeights > 0 ? (1.5 * sameCountry) / countryWeights : 0) +
        located;
    }
    s.candidates.sort((a, b) => b.score - a.score);
  }
}

export function confidenceOf(s: Scored, tokens: Token[]): number {
  const [top, ...rest] = s.candidates;
  const total = [top, ...rest].reduce((sum, c) => sum + Math.exp(c.score - top.score), 0);
  let confidence = 1 / total;
  const first = tokens[s.found.first];
  const single = s.found.first === s.found.last;
  if (top.entry.inflected) confidence *= 0.85;
  if (single && first.sentenceStart) confidence *= 0.8;
  if (single && first.text.length <= 4) confidence *= 0.85;
  if (top.entry.place.kind === 'village' && top.entry.place.population === 0 && single) confidence *= 0.85;
  return Math.round(confidence * 100) / 100;
}
