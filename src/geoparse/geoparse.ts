// The geoparser: text in, place mentions with their UTF-16 offsets and a place each out. Pure; the
// same code runs in Node (npm run geoparse, npm run story -- new) and in the browser (review mode).
//
// Finding: the longest run of words that is a name in the gazetteer (Northern Kosovo over Kosovo),
// capitalised as names are (a lower-case direction may lead: northern Kosovo); not the first word of
// a sentence when it is a common English word (Bare shelves); not inside a person's name (a given name
// before it, a capitalised word after a given name), and, unless asked, not inside an organisation's
// name (Kosovo Police, University of Pristina) or used as an adjective (Kosovo Serbs).
// Resolving: each candidate place is scored by its kind, population, region (Kosovo and its
// neighbours first), whether it is one of the story's features, cues in the words around it
// (municipality of…, the river…), and how near it lies to the other places of the text; the
// confidence is the winner's share of the scores, lowered for case forms and sentence-initial words.
import type { GazetteerPlace } from './gazetteer';
import {
  COMMON_WORDS,
  CONNECTORS,
  DEMONYMS,
  DIRECTIONS,
  GIVEN_NAMES,
  MUNICIPALITY_WORDS,
  ORGANISATION_HEADS,
  ORGANISATION_PHRASES,
  ORGANISATION_WORDS,
  PEOPLE_WORDS,
  PLACE_HEADS,
} from './lexicon';
import type { NameEntry, PlaceIndex } from './placeIndex';
import { isCapitalised, tokenize, type Token } from './text';

export type MentionRole = 'place' | 'organisation' | 'adjective';

export interface GeoparsedPlace {
  name: string;
  lat: number;
  lon: number;
  kind: string;
  featureId: string | null;
  geonamesId: number | null;
  country: string | null;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  place: GeoparsedPlace;
  confidence: number;
  /** Present when not a plain place mention (only with the options that report those). */
  role?: Exclude<MentionRole, 'place'>;
  /** Below LOW_CONFIDENCE: proposed, for an editor to confirm. */
  lowConfidence?: true;
}

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

export interface GeoparseOptions {
  /** The region's preferences (required: which Mitrovica is meant depends on where the story is). */
  region: RegionWeights;
  /** Also report names inside organisations' names, marked role: 'organisation'. */
  organisations?: boolean;
  /** Also report adjectives and peoples (Serbian, Kosovo Serbs), marked role: 'adjective'. */
  adjectives?: boolean;
}

export const LOW_CONFIDENCE = 0.5;

interface Found {
  first: number;
  last: number;
  entries: NameEntry[];
  role: MentionRole;
}

/** Separators allowed inside a name: spaces, hyphens and dashes (Kosovo–Serbia border). */
const INSIDE_NAME = /^[\s\-–‐]+$/u;
const ADJACENT = /^[ \t\u00a0]+$/u;

function findNames(tokens: Token[], index: PlaceIndex): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    let match: Found | null = null;
    for (let n = Math.min(index.maxWords, tokens.length - i); n >= 1 && !match; n--) {
      const span = tokens.slice(i, i + n);
      if (span.slice(1).some((t) => !INSIDE_NAME.test(t.gap))) continue;
      const entries = index.byKey.get(span.map((t) => t.key).join(' '));
      if (entries && writtenAsName(span, entries))
        match = { first: i, last: i + n - 1, entries, role: 'place' };
    }
    if (match) {
      found.push(match);
      i = match.last + 1;
    } else i++;
  }
  return found;
}

/**
 * Capitalised as a name (connectors, a leading direction and the words the gazetteer's own form
 * writes in lower case aside: Kosovo–Serbia border), and not a common word opening a sentence.
 */
function writtenAsName(span: Token[], entries: NameEntry[]): boolean {
  const lowerInForm = (k: number) =>
    entries.some((e) => {
      const word = tokenize(e.form)[k]?.text;
      return word !== undefined && !isCapitalised(word);
    });
  const ok = span.every((t, k) => {
    if (isCapitalised(t.text)) return true;
    if (k > 0 && k < span.length - 1 && CONNECTORS.has(t.text)) return true;
    if (k > 0 && lowerInForm(k)) return true;
    return k === 0 && span.length > 1 && DIRECTIONS.has(t.text);
  });
  if (!ok) return false;
  // Two-letter forms only as written in the gazetteer (US, UK), never "Us" opening a sentence.
  if (span.length === 1 && span[0].text.length <= 2) return entries.some((e) => e.form === span[0].text);
  if (span.length === 1 && span[0].sentenceStart && COMMON_WORDS.has(span[0].text.toLowerCase()))
    return false;
  return true;
}

const next = (tokens: Token[], k: number) =>
  tokens[k + 1] && ADJACENT.test(tokens[k + 1].gap) ? tokens[k + 1] : null;
const previous = (tokens: Token[], k: number) =>
  k > 0 && ADJACENT.test(tokens[k].gap) ? tokens[k - 1] : null;

/** Person's name around the match: a given name before it, or the match is a given name before a surname. */
function inPersonName(tokens: Token[], f: Found, index: PlaceIndex): boolean {
  const before = previous(tokens, f.first);
  if (before && isCapitalised(before.text) && GIVEN_NAMES.has(before.text)) return true;
  const after = next(tokens, f.last);
  if (f.first === f.last && after && isCapitalised(after.text) && GIVEN_NAMES.has(tokens[f.first].text))
    return !index.byKey.has(after.key) && !ORGANISATION_WORDS.has(after.key);
  return false;
}

function roleOf(tokens: Token[], f: Found): MentionRole {
  const after = next(tokens, f.last);
  const afterTwo = after ? next(tokens, f.last + 1) : null;
  if (after && !PLACE_HEADS.has(after.key)) {
    if (ORGANISATION_WORDS.has(after.key)) return 'organisation';
    if (afterTwo && ORGANISATION_PHRASES.has(`${after.key} ${afterTwo.key}`)) return 'organisation';
    if (PEOPLE_WORDS.has(after.key) && !tokens[f.last].possessive) return 'adjective';
  }
  // "University of Pristina", "Radio Television of Serbia".
  const of = previous(tokens, f.first);
  const head = of && of.key === 'of' ? previous(tokens, f.first - 1) : null;
  if (head && isCapitalised(head.text) && ORGANISATION_HEADS.has(head.key)) return 'organisation';
  return 'place';
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

function priorScore(place: GazetteerPlace, weights: RegionWeights): number {
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
function cueScore(tokens: Token[], f: Found, place: GazetteerPlace): number {
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

const RADIANS = Math.PI / 180;
function km(a: GazetteerPlace, b: GazetteerPlace): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Scored {
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
function withCoherence(all: Scored[], tokens: Token[]): void {
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

function confidenceOf(s: Scored, tokens: Token[]): number {
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

export function geoparse(text: string, index: PlaceIndex, options: GeoparseOptions): { mentions: Mention[] } {
  const tokens = tokenize(text);
  const found = findNames(tokens, index)
    .filter((f) => !inPersonName(tokens, f, index))
    .map((f) => ({ ...f, role: roleOf(tokens, f) }))
    .filter(
      (f) =>
        f.role === 'place' ||
        (f.role === 'organisation' && options.organisations) ||
        (f.role === 'adjective' && options.adjectives),
    );
  const scored: Scored[] = found.map((f) => ({
    found: f,
    candidates: f.entries
      .map((entry) => {
        const base =
          priorScore(entry.place, options.region) +
          cueScore(tokens, f, entry.place) -
          (entry.inflected ? 0.5 : 0) +
          (entry.form ===
          tokens
            .slice(f.first, f.last + 1)
            .map((t) => t.text)
            .join(' ')
            ? 0.3
            : 0);
        return { entry, base, score: base };
      })
      .sort((a, b) => b.score - a.score),
  }));
  withCoherence(scored, tokens);
  withCoherence(scored, tokens);

  const mentions: Mention[] = scored.map((s) => {
    const start = tokens[s.found.first].start;
    const end = tokens[s.found.last].end;
    const place = s.candidates[0].entry.place;
    const confidence = confidenceOf(s, tokens);
    return {
      start,
      end,
      text: text.slice(start, end),
      place: placeOf(place),
      confidence,
      ...(s.found.role !== 'place' ? { role: s.found.role } : {}),
      ...(confidence < LOW_CONFIDENCE ? { lowConfidence: true as const } : {}),
    };
  });
  if (options.adjectives) mentions.push(...demonyms(tokens, text, index, mentions));
  return { mentions: mentions.sort((a, b) => a.start - b.start) };
}

function placeOf(place: GazetteerPlace): GeoparsedPlace {
  return {
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    kind: place.kind,
    featureId: place.featureId,
    geonamesId: place.geonamesId,
    country: place.country,
  };
}

function demonyms(tokens: Token[], text: string, index: PlaceIndex, taken: Mention[]): Mention[] {
  return tokens.flatMap((t) => {
    const id = DEMONYMS[t.text];
    const place = id ? index.byId.get(id) : undefined;
    if (!place || taken.some((m) => m.start <= t.start && m.end >= t.end)) return [];
    return [
      {
        start: t.start,
        end: t.end,
        text: text.slice(t.start, t.end),
        place: placeOf(place),
        confidence: 0.9,
        role: 'adjective' as const,
      },
    ];
  });
}
