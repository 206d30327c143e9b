// Resolving a name: each candidate place is scored by its kind, population and region (the region's
// weights, regions/<id>.json), whether it is one of the story's features, the words around it, and how
// near it lies to the other places of the text; the confidence is the winner's share of the scores.
import type { GazetteerPlace } from './gazetteer';
import { ATTACK_WORDS, EVENT_WORDS, MUNICIPALITY_WORDS } from './lexicon';
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
/** Words before a name (or right after it, or in "X, a village") that say what kind of place it is. */
const KIND_CUES: Record<string, string[]> = {
  river: ['river', 'reka', 'lumi', 'bank', 'banks'],
  lake: [
    'lake',
    'reservoir',
    'jezero',
    'jezera',
    'jezeru',
    'liqeni',
    'liqenit',
    'dam',
    'dams',
    'shore',
    'waters',
  ],
  mountain: ['mount', 'mountain', 'mountains', 'peak', 'planina'],
  village: ['village', 'villages', 'hamlet', 'fshati', 'fshatin', 'fshatit', 'selo', 'sela', 'selu'],
  town: ['town', 'city', 'qyteti', 'qytetin', 'grad', 'grada', 'gradu'],
  monastery: ['monastery', 'monks', 'monk', 'abbot', 'manastir', 'manastiri', 'manastira', 'manastiru'],
  crossing: ['crossing', 'crossings', 'crossed', 'checkpoint', 'prelaz', 'prelazu', 'prelaza', 'pikëkalimi'],
};
/** "Banjska, a village near Vushtrri": the place the words after a name locate it by. */
const LOCATED = 5;
/** A shipped feature (on the story's map) over a gazetteer point of the same name (issue 27). */
const FEATURE = 2.2;
/** How far around a name (tokens) words of an attack make it the attack's area. */
const ATTACK_REACH = 25;
/** A shipped feature's name without its generic word (Gazivode for the lake): weaker without a cue. */
const BARE_NAME = -1.5;

export function priorScore(place: GazetteerPlace, weights: RegionWeights): number {
  const region = place.country
    ? (weights.countryWeights[place.country] ?? weights.otherCountryWeight)
    : weights.noCountryWeight;
  return (
    (KIND_WEIGHT[place.kind] ?? 0) +
    0.5 * Math.log10(place.population + 1) +
    region +
    (place.featureId ? FEATURE : 0)
  );
}

/**
 * What the words around a name say: the municipality (municipality of…), the kind of place (the dam
 * at…, the village of…, "X, a village near…", the Merdare crossing), the attack (the next Banjska,
 * words of an attack nearby); a feature's bare name scores lower without them.
 */
export function cueScore(tokens: Token[], f: Found, entry: NameEntry): number {
  const place = entry.place;
  const preceding: string[] = [];
  for (let k = f.first - 1; k >= Math.max(0, f.first - 6); k--) {
    preceding.push(tokens[k].key);
    if (tokens[k].sentenceStart) break;
  }
  const after = next(tokens, f.last)?.key;
  // "Banjska, a village near Vushtrri": the kind in apposition.
  const apposition =
    /^,\s+$/u.test(tokens[f.last + 1]?.gap ?? '') && ['a', 'an', 'the'].includes(tokens[f.last + 1].key)
      ? tokens[f.last + 2]?.key
      : undefined;
  let score = entry.bare ? BARE_NAME : 0;
  const municipal =
    preceding.some((w) => MUNICIPALITY_WORDS.has(w)) ||
    (after !== undefined && MUNICIPALITY_WORDS.has(after));
  if (place.kind === 'municipality') score += municipal ? 3 : -0.5;
  const cues = KIND_CUES[place.kind];
  if (cues && [...preceding.slice(0, 3), after, apposition].some((w) => w !== undefined && cues.includes(w)))
    score += 2;
  if (place.kind === 'incident-area') {
    const from = Math.max(0, f.first - ATTACK_REACH);
    const to = Math.min(tokens.length - 1, f.last + ATTACK_REACH);
    for (let k = from; k <= to; k++)
      if (ATTACK_WORDS.has(tokens[k].key)) {
        score += 2;
        break;
      }
    if (EVENT_WORDS.has(preceding[0] ?? '')) score += 1;
  }
  return score;
}

const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => ((degrees % 360) * Math.PI) / 180;

/** Great-circle distance between two places, km (the haversine formula, as turf's `distance`). */
export function km(a: GazetteerPlace, b: GazetteerPlace): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos(radians(a.lat)) * Math.cos(radians(b.lat));
  return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * How far along the text another mention still counts (UTF-16 units), and how many on each side at
 * most: its weight, exp(−distance / 400), is below 0.3 % beyond 2,400 units. The window keeps the work
 * linear in the text: every mention looks at a bounded number of others.
 */
export const COHERENCE_WINDOW = 2400;
export const COHERENCE_NEIGHBOURS = 60;
/** Mentions weighed between two reports of progress. */
const MENTIONS_PER_STEP = 100;

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
function locatedBy(s: Scored, tokens: Token[], byFirstToken: Map<number, number>): number | null {
  for (let k = s.found.last + 1; k <= Math.min(tokens.length - 1, s.found.last + 6); k++) {
    if (tokens[k].sentenceStart) return null;
    if (!LOCATING_WORDS.has(tokens[k].key)) continue;
    const j = byFirstToken.get(k + 1);
    if (j !== undefined) return j;
  }
  return null;
}

/** The mentions near mention i in the text (both sides, within the window), nearest first on each side. */
function neighbours(positions: number[], i: number): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && i - j <= COHERENCE_NEIGHBOURS; j--) {
    if (positions[i] - positions[j] > COHERENCE_WINDOW) break;
    out.push(j);
  }
  for (let j = i + 1; j < positions.length && j - i <= COHERENCE_NEIGHBOURS; j++) {
    if (positions[j] - positions[i] > COHERENCE_WINDOW) break;
    out.push(j);
  }
  return out;
}

/**
 * Places of the same text support each other: a candidate near the other places (the nearer in the
 * text, the more), in the same country as most of them, and near the place the words after it name
 * ("a village near Vushtrri") scores higher. Countries weigh only in the country share. Only the
 * mentions within the window count (`all` is in the order of the text). A generator: it yields how
 * many mentions it has weighed.
 */
export function* withCoherence(
  all: Scored[],
  tokens: Token[],
  work: { comparisons: number },
): Generator<number, void, void> {
  const best = all.map((s) => s.candidates[0]?.entry.place);
  const positions = all.map((s) => tokens[s.found.first].start);
  const byFirstToken = new Map(all.map((s, i) => [s.found.first, i]));
  for (const [i, s] of all.entries()) {
    if (s.candidates.length < 2) continue;
    const here = positions[i];
    const locator = locatedBy(s, tokens, byFirstToken);
    const around = neighbours(positions, i).filter((j) => all[j].found.entries !== s.found.entries);
    for (const c of s.candidates) {
      let near = 0;
      let nearWeights = 0;
      let sameCountry = 0;
      let countryWeights = 0;
      for (const j of around) {
        work.comparisons++;
        const place = best[j];
        if (!place) continue;
        const w = Math.exp(-Math.abs(positions[j] - here) / 400);
        if (place.country) {
          sameCountry += w * (place.country === c.entry.place.country ? 1 : 0);
          countryWeights += w;
        }
        if (place.kind === 'country' || place.kind === 'territory' || place.country === null) continue;
        near += w * Math.exp(-km(c.entry.place, place) / 15);
        nearWeights += w;
      }
      const located =
        locator !== null && best[locator] ? LOCATED * Math.exp(-km(c.entry.place, best[locator]!) / 15) : 0;
      c.score =
        c.base +
        (nearWeights > 0 ? (2.5 * near) / nearWeights : 0) +
        (countryWeights > 0 ? (1.5 * sameCountry) / countryWeights : 0) +
        located;
    }
    s.candidates.sort((a, b) => b.score - a.score);
    if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield i + 1;
  }
}
