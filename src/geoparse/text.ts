// Words of a text with their UTF-16 offsets, and the key a word is compared by: Serbian Cyrillic
// transliterated, then folded (lower case, no diacritics), so Звечан, Zvečan and Zvecan meet.
import { CYRILLIC, fold, serbianCyrillicToLatin } from '../text/letters';

export interface Token {
  /** The word as written, without a possessive ending. */
  text: string;
  start: number;
  end: number;
  key: string;
  /** The first word of a sentence (capitalised whatever it is). */
  sentenceStart: boolean;
  /** What stands between the previous word and this one. */
  gap: string;
  /** Written with a possessive ’s (Serbia’s arrest): then never an adjective. */
  possessive: boolean;
}

/** Abbreviations whose full stop ends no sentence: Mr. Morina, Sgt. Berisha, St. Sava. */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sgt',
  'capt',
  'col',
  'lt',
  'gen',
  'prof',
  'st',
  'gov',
  'sen',
  'rep',
  'fr',
]);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

export function keyOf(word: string): string {
  const latin = CYRILLIC.test(word) ? serbianCyrillicToLatin(word) : word;
  return fold(latin).replace(/['’]/g, '');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0].replace(POSSESSIVE, '');
    const gap = text.slice(previousEnd, start);
    const before = tokens.at(-1);
    const sentenceStart =
      !before ||
      (/[.!?:…]\s*["“”„'‘’«»([]*\s*$|\n\s*\n\s*["“„'‘«]*$/u.test(gap) &&
        !(/^\.\s+$/u.test(gap) && ABBREVIATIONS.has(before.key)));
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      key: keyOf(word),
      sentenceStart,
      gap,
      possessive: word !== match[0],
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** The key of a whole name: its words' keys joined by single spaces. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
