// How sure a proposal is, and why it doubts (issue 27: the card says what the number means and why a
// proposal is doubtful). The confidence is the share of the scores that falls on places within 5 km of
// the winner, or its municipality (the monastery and its village, the town and its municipality count
// as one answer),
// lowered for each doubt; a proposal with a doubt stays under HIGH_CONFIDENCE. Calibrated on the gold
// set (README, "The geoparser"): proposals at HIGH_CONFIDENCE or more were right at least 95 times in
// 100; under LOW_CONFIDENCE they are flagged.
import type { GazetteerPlace } from './gazetteer';
import type { GeoparsedPlace } from './types';
import { km, type Scored } from './scoring';
import type { Token } from './text';

export const HIGH_CONFIDENCE = 0.8;
export const LOW_CONFIDENCE = 0.5;

/** Why a proposal is doubtful, as a code the editor's card can put in words (explainDoubts). */
export type DoubtReason =
  /** Another place of the same name, more than 5 km away, scored nearly as high (`other`). */
  | 'close-second'
  /** A small place named with no word of place before it (in, near, the village of): maybe a surname. */
  | 'person-like'
  /** The first word of a sentence, where every word is capitalised. */
  | 'sentence-start'
  /** Found through a case form the geoparser derived (Kosovës, Zvečanu), not a form the gazetteer has. */
  | 'case-form'
  /** A name of four letters or fewer, more often another word. */
  | 'short-name'
  /** A feature's name without its generic word (Gazivode for Lake Gazivode). */
  | 'bare-name'
  /** A small place whose name other places more than 5 km away share. */
  | 'minor-place';

export interface Doubt {
  reason: DoubtReason;
  /** For close-second: the runner-up. */
  other?: GeoparsedPlace;
}

/** Places this close to the winner are the same answer on the map (the evaluation's 5 km). */
const SAME_ANSWER_KM = 5;
/** How far from its label point a municipality's namesake may lie. */
const MUNICIPALITY_KM = 15;
/** A runner-up whose score is within this of the winner's makes a close second (share ≥ 0.22). */
const CLOSE_GAP = 1.5;
/** Each doubt multiplies the confidence by this. */
const DOUBT_FACTOR = 0.85;
/** Kinds a reader's article names as places in their own right, not only a person's namesake. */
const MAJOR_KINDS = new Set([
  'country',
  'territory',
  'capital',
  'region',
  'town',
  'municipality',
  'river',
  'lake',
  'border',
  'crossing',
  'monastery',
  'incident-area',
  'bridge',
]);

/**
 * Two candidates that are one answer on the map: within 5 km, or a municipality and a place of the
 * same name in it (its label point may lie 10 km from its seat: Zvečan).
 */
function sameAnswer(a: GazetteerPlace, b: GazetteerPlace): boolean {
  const d = km(a, b);
  if (d <= SAME_ANSWER_KM) return true;
  const municipality = a.kind === 'municipality' || b.kind === 'municipality';
  return municipality && d <= MUNICIPALITY_KM && a.name === b.name;
}

export const isMinorPlace = (place: { kind: string; population: number }) =>
  !MAJOR_KINDS.has(place.kind) && place.population < 1000;

export function assess(
  s: Scored,
  tokens: Token[],
  context: { personLike: boolean; placeOf: (c: Scored['candidates'][number]) => GeoparsedPlace },
): { confidence: number; doubts: Doubt[] } {
  const [top, ...rest] = s.candidates;
  const weights = s.candidates.map((c) => Math.exp(c.score - top.score));
  const total = weights.reduce((a, b) => a + b, 0);
  const same = (c: Scored['candidates'][number]) => sameAnswer(c.entry.place, top.entry.place);
  const near = s.candidates.reduce((sum, c, i) => sum + (same(c) ? weights[i] : 0), 0);
  const second = rest.find((c) => !same(c));
  const first = tokens[s.found.first];
  const single = s.found.first === s.found.last;
  const minor = isMinorPlace(top.entry.place);

  const doubts: Doubt[] = [];
  if (second && top.score - second.score < CLOSE_GAP)
    doubts.push({ reason: 'close-second', other: context.placeOf(second) });
  if (top.entry.bare) doubts.push({ reason: 'bare-name' });
  // A small place's name is often a surname or another word; a country's or a town's seldom is.
  if (minor) {
    if (context.personLike) doubts.push({ reason: 'person-like' });
    if (single && first.sentenceStart) doubts.push({ reason: 'sentence-start' });
    if (top.entry.inflected) doubts.push({ reason: 'case-form' });
    if (single && first.text.length <= 4) doubts.push({ reason: 'short-name' });
    if (second) doubts.push({ reason: 'minor-place' });
  }

  let confidence = (near / total) * DOUBT_FACTOR ** doubts.length;
  if (doubts.length) confidence = Math.min(confidence, HIGH_CONFIDENCE - 0.01);
  return { confidence: Math.round(confidence * 100) / 100, doubts };
}

/** The doubts in the editor's words: one sentence, or null when there is none. */
export function explainDoubts(doubts: Doubt[]): string | null {
  if (!doubts.length) return null;
  const parts = doubts.map((d) => {
    switch (d.reason) {
      case 'close-second':
        return `another place of this name${d.other ? `, ${d.other.name} (${d.other.kind})` : ''}, scored almost as high`;
      case 'person-like':
        return 'the words around it read like a person’s name';
      case 'sentence-start':
        return 'it opens a sentence, where every word is capitalised';
      case 'case-form':
        return 'it was recognised by a case ending, not a listed spelling';
      case 'short-name':
        return 'a short name is often another word';
      case 'bare-name':
        return 'the text gives the name without its word lake, monastery or crossing';
      case 'minor-place':
        return 'many small places share this name';
    }
  });
  return `Doubtful: ${parts.join('; ')}.`;
}
