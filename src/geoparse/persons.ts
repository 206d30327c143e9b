// A person's name is not a place (issue 27: "Afrim Bunjaku" was proposed as the village Bunjaku). A
// name found in the gazetteer is a person's when
// - a given name stands before it (Afrim Bunjaku, Dragana Kamenica), or any capitalised word in
//   mid-sentence that is not a place, a title, a people or a common word (Violeta Morina);
// - it is itself a given name before a capitalised word (Dren Gashi, Milan Radoičić);
// - a title or a role stands before it (spokesman Kamenica, Mr Morina, Sgt. Berisha);
// - a verb of saying follows it (Kamenica said), or precedes it at the end of a clause (said Berisha),
//   unless it is a place that speaks for a government (Belgrade said, Serbia denied);
// - the text has made it a person's surname elsewhere (Ilir Kamenica … Kamenica told reporters), unless
//   a word of place stands before it (the assembly in Kamenica).
// Words in a title-case line (a headline) are not read for capitals.
import { GIVEN_NAMES } from './givenNames';
import {
  CAPITALISED_TITLES,
  COMMON_WORDS,
  CONNECTORS,
  DEMONYMS,
  GENERIC_HEADS,
  LOCATIVE_WORDS,
  MUNICIPALITY_WORDS,
  ORGANISATION_WORDS,
  PERSON_ROLES,
  PLACE_NOUNS,
  PLACE_PREFIXES,
  SAYING_VERBS,
} from './lexicon';
import { ABBREVIATIONS, isCapitalised, type Token } from './text';
import { CYRILLIC, serbianCyrillicToLatin } from '../text/letters';
import { next, previous, type Found } from './found';

/** Places that speak for a government or an institution (Belgrade said, Kosovo denied). */
const SPEAKING_KINDS = new Set(['country', 'territory', 'capital']);
const SPEAKING_POPULATION = 100_000;

const canSpeak = (f: Found) =>
  f.entries.some(
    (e) =>
      SPEAKING_KINDS.has(e.place.kind) ||
      ((e.place.kind === 'town' || e.place.kind === 'municipality') &&
        e.place.population >= SPEAKING_POPULATION),
  );

/** A given name of the list, in either Serbian script (Драгана is Dragana). */
const isGivenName = (word: string) =>
  GIVEN_NAMES.has(word) || (CYRILLIC.test(word) && GIVEN_NAMES.has(serbianCyrillicToLatin(word)));

const isAcronym = (word: string) => word.length > 1 && word === word.toUpperCase();

/** Lines whose words are mostly capitalised (headlines): capitals say nothing there. */
function titleCaseTokens(tokens: Token[], text: string): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let start = 0;
  const close = (end: number) => {
    const words = tokens.slice(start, end).filter((t) => t.text.length > 3 && !CONNECTORS.has(t.key));
    const capitalised = words.filter((t) => isCapitalised(t.text)).length;
    // A headline does not end as a sentence does.
    const after = end < tokens.length ? tokens[end].gap : text.slice(tokens[end - 1]?.end ?? 0);
    const ended = /^[^\n\p{L}]*[.!?…]/u.test(after);
    if (words.length >= 3 && capitalised / words.length > 0.6 && !ended) out.fill(true, start, end);
    start = end;
  };
  for (let k = 1; k < tokens.length; k++) if (tokens[k].gap.includes('\n')) close(k);
  close(tokens.length);
  return out;
}

/** A capitalised word before a name that reads as a given name (Violeta in "Violeta Morina"). */
function givenNameBefore(tokens: Token[], k: number, inHeadline: boolean[], isName: (k: number) => boolean) {
  const before = previous(tokens, k);
  if (!before || !isCapitalised(before.text)) return false;
  if (isGivenName(before.text)) return true;
  if (before.sentenceStart || inHeadline[k - 1] || isName(k - 1) || isAcronym(before.text)) return false;
  const key = before.key;
  return !(
    before.text.length < 3 ||
    COMMON_WORDS.has(key) ||
    LOCATIVE_WORDS.has(key) ||
    CONNECTORS.has(key) ||
    PLACE_PREFIXES.has(key) ||
    GENERIC_HEADS.has(key) ||
    PERSON_ROLES.has(key) ||
    CAPITALISED_TITLES.has(key) ||
    ORGANISATION_WORDS.has(key) ||
    DEMONYMS[before.text] !== undefined ||
    /(ian|ians|ese|ish)$/.test(key)
  );
}

function titleBefore(tokens: Token[], k: number): boolean {
  if (k === 0) return false;
  const before = tokens[k - 1];
  const adjacent = previous(tokens, k);
  if (adjacent && PERSON_ROLES.has(adjacent.key)) return true;
  if (adjacent && CAPITALISED_TITLES.has(adjacent.key) && isCapitalised(adjacent.text)) return true;
  // Mr. Morina, Sgt. Berisha; "the minister, Gashi," (a role, then the name set off by commas).
  if (/^\.\s+$/u.test(tokens[k].gap) && ABBREVIATIONS.has(before.key)) return true;
  return /^,\s+$/u.test(tokens[k].gap) && PERSON_ROLES.has(before.key) && /^,/.test(tokens[k + 1]?.gap ?? '');
}

function sayingAfter(tokens: Token[], f: Found): boolean {
  const after = tokens[f.last + 1];
  if (!after) return false;
  // Kamenica said; Kastrati, 29, said.
  return SAYING_VERBS.has(after.key) && /^(\s+|,\s*\d+,\s+)$/u.test(after.gap);
}

function sayingBefore(tokens: Token[], f: Found): boolean {
  const before = previous(tokens, f.first);
  if (!before) return false;
  // said Berisha. — rekao je Kamenica.
  const verb =
    SAYING_VERBS.has(before.key) ||
    (before.key === 'je' && f.first > 1 && SAYING_VERBS.has(tokens[f.first - 2].key));
  const after = tokens[f.last + 1];
  return verb && (!after || /^[\s"”’»]*[.,;:!?]/u.test(after.gap));
}

/** A word of place before the name: in Kamenica, the village of Morina, Gjilan and Kamenica. */
function placeBefore(tokens: Token[], k: number, isPlace: (k: number) => boolean): boolean {
  if (k === 0) return false;
  // "Gjilan, Kamenica": a list of places.
  if (/^,\s+$/u.test(tokens[k].gap)) return isPlace(k - 1);
  if (!/^\s+$/u.test(tokens[k].gap)) return false;
  const before = tokens[k - 1];
  if (['and', 'or', 'i', 'dhe', 'e'].includes(before.key) && k > 1) return isPlace(k - 2);
  // The word of place, or up to two lower-case words after it: in Kamenica, in the other Banjska.
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const word = tokens[j];
    if (LOCATIVE_WORDS.has(word.key) && !(word.key === 'to' && tokens[j - 1]?.key === 'according'))
      return true;
    if (word.key === 'of' && j > 0 && PLACE_NOUNS.has(tokens[j - 1].key)) return true;
    if (isCapitalised(word.text) || !/^\s+$/u.test(word.gap) || word.sentenceStart) return false;
  }
  return false;
}

/**
 * Which of the names found are people's (in the order of `found`). `found` is in text order and its
 * names do not overlap.
 */
export function personNames(tokens: Token[], found: Found[], text: string): boolean[] {
  const inHeadline = titleCaseTokens(tokens, text);
  const nameAt = new Map<number, number>();
  found.forEach((f, i) => {
    for (let k = f.first; k <= f.last; k++) nameAt.set(k, i);
  });
  const isName = (k: number) => nameAt.has(k);
  const person = found.map((f) => {
    const first = tokens[f.first];
    const after = next(tokens, f.last);
    if (givenNameBefore(tokens, f.first, inHeadline, isName)) return true;
    if (
      f.first === f.last &&
      isGivenName(first.text) &&
      after &&
      isCapitalised(after.text) &&
      !inHeadline[f.last + 1] &&
      !ORGANISATION_WORDS.has(after.key) &&
      !GENERIC_HEADS.has(after.key)
    )
      return true;
    if (titleBefore(tokens, f.first)) return true;
    // "Kamenica said", but not "the mayor of Zubin Potok said" or "a lawyer from Gjilan told".
    if (
      f.first === f.last &&
      (sayingAfter(tokens, f) || sayingBefore(tokens, f)) &&
      (!canSpeak(f) || isGivenName(first.text)) &&
      !placeBefore(tokens, f.first, () => false)
    )
      return true;
    return false;
  });
  // A surname the text has given a person is a person's wherever a word of place does not say otherwise.
  const surnames = new Set(found.filter((_, i) => person[i]).map((f) => keyOf(tokens, f)));
  const isPlace = (k: number) => {
    const i = nameAt.get(k);
    return i !== undefined && !person[i];
  };
  return found.map(
    (f, i) =>
      person[i] ||
      (surnames.has(keyOf(tokens, f)) && !placeBefore(tokens, f.first, isPlace) && !placeAfter(tokens, f)),
  );
}

/** A word after the name that makes it a place: Kamenica municipality, Gazivode lake, Gjilan residents. */
function placeAfter(tokens: Token[], f: Found): boolean {
  const after = next(tokens, f.last)?.key ?? '';
  return GENERIC_HEADS.has(after) || MUNICIPALITY_WORDS.has(after) || PLACE_NOUNS.has(after);
}

const keyOf = (tokens: Token[], f: Found) =>
  tokens
    .slice(f.first, f.last + 1)
    .map((t) => t.key)
    .join(' ');

/**
 * A one-word name that may be a person's though no rule above made it one: nothing before it says it is
 * a place (no in, near, from, "the village of", no place before "and"). Read only for small places,
 * whose names are often surnames too (Morina, Gashi, Berisha are villages).
 */
export function personLike(tokens: Token[], f: Found, isPlace: (k: number) => boolean): boolean {
  return f.first === f.last && !placeBefore(tokens, f.first, isPlace) && !placeAfter(tokens, f);
}
