// How long a text the geoparser takes (issue 27), said once for the browser's form and for
// `npm run story -- new`: over WORDS_REFUSED words a text is refused, over WORDS_ASK_FIRST the
// writer is asked first. Pure.

/** More words than this: refused (split the article). */
export const WORDS_REFUSED = 20_000;
/** More words than this: ask before parsing (it takes a few seconds). */
export const WORDS_ASK_FIRST = 5_000;

/** Words as a reader counts them: runs of non-space characters holding a letter or a digit. */
export function countWords(text: string): number {
  let words = 0;
  for (const run of text.matchAll(/\S+/gu)) if (/[\p{L}\p{N}]/u.test(run[0])) words++;
  return words;
}

export type LengthVerdict =
  | { verdict: 'empty'; words: 0; message: string }
  | { verdict: 'refuse'; words: number; message: string }
  | { verdict: 'ask'; words: number; message: string }
  | { verdict: 'ok'; words: number; message: null };

/** 12345 → "12,345": the same on every machine (no locale). */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Whether a text may be parsed, with the sentence to show when it may not, or not without asking. */
export function checkLength(text: string): LengthVerdict {
  const words = countWords(text);
  if (words === 0)
    return { verdict: 'empty', words: 0, message: 'The text is empty: paste or drop an article.' };
  if (words > WORDS_REFUSED)
    return {
      verdict: 'refuse',
      words,
      message: `The text has ${thousands(words)} words; the limit is ${thousands(WORDS_REFUSED)} words. Split the article into parts of at most ${thousands(WORDS_REFUSED)} words.`,
    };
  if (words > WORDS_ASK_FIRST)
    return {
      verdict: 'ask',
      words,
      message: `The text has ${thousands(words)} words, more than ${thousands(WORDS_ASK_FIRST)}: finding its places takes a few seconds. Go on?`,
    };
  return { verdict: 'ok', words, message: null };
}
