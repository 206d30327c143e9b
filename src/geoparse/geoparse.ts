// The geoparser: text in, place mentions with their UTF-16 offsets and a place each out. Pure; the
// same code runs in Node (npm run geoparse, npm run story -- new) and in the browser (review mode, a
// Web Worker), and reports its progress on long texts.
//
// Finding (findNames.ts): the longest run of words that is a name in the gazetteer (Northern Kosovo
// over Kosovo), capitalised as names are; not a person's name (persons.ts: Afrim Bunjaku, spokesman
// Kamenica, Kamenica said), not inside a hyphenated word (compounds.ts: Vice-president), and, unless
// asked, not inside an organisation's name (Kosovo Police, University of Pristina) or used as an
// adjective (Kosovo Serbs).
// Resolving (scoring.ts): each candidate place is scored by its kind, population, region (Kosovo and
// its neighbours first), whether it is one of the story's features, cues in the words around it
// (municipality of…, the dam at…, the next Banjska), and how near it lies to the other places of the
// text. How sure it is and why it doubts: confidence.ts.
import type { GazetteerPlace } from './gazetteer';
import {
  DEMONYMS,
  ORGANISATION_HEADS,
  ORGANISATION_PHRASES,
  ORGANISATION_WORDS,
  PEOPLE_WORDS,
  PLACE_HEADS,
} from './lexicon';
import type { PlaceIndex } from './placeIndex';
import { isCapitalised, tokenize, type Token } from './text';
import { next, previous, type Found } from './found';
import { findNames } from './findNames';
import { personLike, personNames } from './persons';
import { inCompounds } from './compounds';
import { assess, LOW_CONFIDENCE, type Doubt } from './confidence';
import { cueScore, priorScore, withCoherence, type RegionWeights, type Scored } from './scoring';
import type { GeoparsedPlace, MentionRole } from './types';

export type { RegionWeights };
export { HIGH_CONFIDENCE, LOW_CONFIDENCE, explainDoubts, type Doubt, type DoubtReason } from './confidence';

export type { GeoparsedPlace, MentionRole } from './types';

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
  /** Why the proposal is doubtful, as codes (empty when it is not): explainDoubts puts them in words. */
  doubts: Doubt[];
  /** Every place the name may be, best first, each with its share of the scores (0–1). */
  candidates: Candidate[];
}

export interface Candidate extends GeoparsedPlace {
  score: number;
}

export interface GeoparseOptions {
  /** The region's preferences (required: which Mitrovica is meant depends on where the story is). */
  region: RegionWeights;
  /** Also report names inside organisations' names, marked role: 'organisation'. */
  organisations?: boolean;
  /** Also report adjectives and peoples (Serbian, Kosovo Serbs), marked role: 'adjective'. */
  adjectives?: boolean;
  /** Hears the share of the parse done (0 to 1, rising): for a progress bar. */
  onProgress?: (fraction: number) => void;
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

/** How much work a parse did: the counts grow with the text, and must grow linearly (a unit test). */
export interface GeoparseWork {
  tokens: number;
  /** Names found (before the person and organisation filters). */
  names: number;
  /** Candidate places weighed against another mention of the text. */
  comparisons: number;
}

export interface GeoparseResult {
  mentions: Mention[];
  work: GeoparseWork;
}

/**
 * The place mentions of a text. `onProgress` (optional) hears the share of the work done, from 0 to 1,
 * a few dozen times on a long text: pure, no DOM or Node API, so a Web Worker can run it and post
 * the progress on.
 */
export function geoparse(text: string, index: PlaceIndex, options: GeoparseOptions): GeoparseResult {
  const steps = geoparseSteps(text, index, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}

/**
 * The same parse, one step at a time: each `next()` does a bounded share of the work and yields the
 * share done so far (0 to 1, rising); the generator returns the result. For a caller that must give
 * the event loop a turn between steps.
 */
export function* geoparseSteps(
  text: string,
  index: PlaceIndex,
  options: GeoparseOptions,
): Generator<number, GeoparseResult, void> {
  // Shares of the work (measured on 20,000 words): finding the names, then weighing the candidates.
  const FIND = 0.45;
  const SCORE = 0.1;
  const WEIGH = 0.2;
  const tokens = tokenize(text);
  yield 0;
  const names = yield* scaled(findNames(tokens, index), 0, FIND / Math.max(1, tokens.length));
  const work: GeoparseWork = { tokens: tokens.length, names: names.length, comparisons: 0 };
  const persons = personNames(tokens, names, text);
  const compounds = inCompounds(tokens, names);
  const found = names
    .filter((_, i) => !persons[i] && !compounds[i])
    .map((f) => ({ ...f, role: roleOf(tokens, f) }))
    .filter(
      (f) =>
        f.role === 'place' ||
        (f.role === 'organisation' && options.organisations) ||
        (f.role === 'adjective' && options.adjectives),
    );
  const named = new Set<number>();
  for (const f of found) for (let k = f.first; k <= f.last; k++) named.add(k);
  const scored: Scored[] = found.map((f) => {
    const written = tokens
      .slice(f.first, f.last + 1)
      .map((t) => t.text)
      .join(' ');
    return {
      found: f,
      candidates: f.entries
        .map((entry) => {
          const base =
            priorScore(entry.place, options.region) +
            cueScore(tokens, f, entry) -
            (entry.inflected ? 0.5 : 0) +
            (entry.form === written ? 0.3 : 0);
          return { entry, base, score: base };
        })
        .sort((a, b) => b.score - a.score),
    };
  });
  yield FIND + SCORE;
  const perMention = WEIGH / Math.max(1, scored.length);
  yield* scaled(withCoherence(scored, tokens, work), FIND + SCORE, perMention);
  yield* scaled(withCoherence(scored, tokens, work), FIND + SCORE + WEIGH, perMention);

  const mentions: Mention[] = scored.map((s) => {
    const start = tokens[s.found.first].start;
    const end = tokens[s.found.last].end;
    const { confidence, doubts } = assess(s, tokens, {
      personLike: personLike(tokens, s.found, (k) => named.has(k)),
      placeOf: (c) => placeOf(c.entry.place),
    });
    const total = s.candidates.reduce((sum, c) => sum + Math.exp(c.score - s.candidates[0].score), 0);
    return {
      start,
      end,
      text: text.slice(start, end),
      place: placeOf(s.candidates[0].entry.place),
      confidence,
      ...(s.found.role !== 'place' ? { role: s.found.role } : {}),
      ...(confidence < LOW_CONFIDENCE ? { lowConfidence: true as const } : {}),
      doubts,
      candidates: s.candidates.map((c) => ({
        ...placeOf(c.entry.place),
        score: Math.round((Math.exp(c.score - s.candidates[0].score) / total) * 1000) / 1000,
      })),
    };
  });
  if (options.adjectives) mentions.push(...demonyms(tokens, text, index, mentions));
  yield 1;
  return { mentions: mentions.sort((a, b) => a.start - b.start), work };
}

/** A step generator's counts (tokens read, mentions weighed) as shares of the whole parse. */
function* scaled<T>(
  steps: Generator<number, T, void>,
  from: number,
  perUnit: number,
): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield Math.min(1, from + step.value * perUnit);
  }
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

/** Adjectives and peoples (Serbian, Kosovars) outside the mentions already taken (in text order). */
function demonyms(tokens: Token[], text: string, index: PlaceIndex, taken: Mention[]): Mention[] {
  let k = 0;
  return tokens.flatMap((t) => {
    const id = DEMONYMS[t.text];
    const place = id ? index.byId.get(id) : undefined;
    if (!place) return [];
    while (k < taken.length && taken[k].end < t.end) k++;
    if (k < taken.length && taken[k].start <= t.start) return [];
    return [
      {
        start: t.start,
        end: t.end,
        text: text.slice(t.start, t.end),
        place: placeOf(place),
        confidence: 0.9,
        role: 'adjective' as const,
        doubts: [],
        candidates: [{ ...placeOf(place), score: 1 }],
      },
    ];
  });
}
