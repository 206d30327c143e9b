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
  ORGANISATION_HEADS,
  ORGANISATION_PHRASES,
  ORGANISATION_WORDS,
  PEOPLE_WORDS,
  PLACE_HEADS,
} from './lexicon';
import type { NameEntry, PlaceIndex } from './placeIndex';
import { isCapitalised, tokenize, type Token } from './text';
import { next, previous, type Found } from './found';
import {
  confidenceOf,
  cueScore,
  priorScore,
  withCoherence,
  type RegionWeights,
  type Scored,
} from './scoring';

export type { RegionWeights };

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

export interface GeoparseOptions {
  /** The region's preferences (required: which Mitrovica is meant depends on where the story is). */
  region: RegionWeights;
  /** Also report names inside organisations' names, marked role: 'organisation'. */
  organisations?: boolean;
  /** Also report adjectives and peoples (Serbian, Kosovo Serbs), marked role: 'adjective'. */
  adjectives?: boolean;
}

export const LOW_CONFIDENCE = 0.5;

/** Separators allowed inside a name: spaces, hyphens and dashes (Kosovo–Serbia border). */
const INSIDE_NAME = /^[\s\-–‐]+$/u;

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
