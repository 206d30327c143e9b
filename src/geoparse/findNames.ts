// Finding: the longest run of words that is a name in the gazetteer (Northern Kosovo over Kosovo),
// capitalised as names are (a lower-case direction may lead: northern Kosovo), and not a common
// English word opening a sentence (Bare shelves). A generator: it yields how many tokens it has read,
// so that a long text's parse can report its progress.
import { COMMON_WORDS, CONNECTORS, DIRECTIONS, GENERIC_HEADS } from './lexicon';
import type { NameEntry, PlaceIndex } from './placeIndex';
import { isCapitalised, tokenize, type Token } from './text';
import type { Found } from './found';

/** Separators allowed inside a name: spaces, hyphens and dashes (Kosovo–Serbia border). */
const INSIDE_NAME = /^[\s\-–‐]+$/u;

/** Tokens read between two reports of progress. */
const TOKENS_PER_STEP = 1000;

export function* findNames(tokens: Token[], index: PlaceIndex): Generator<number, Found[], void> {
  const found: Found[] = [];
  let i = 0;
  let reported = 0;
  while (i < tokens.length) {
    // The keys of the runs of words from i, one word longer each, as long as the words join.
    const keys: string[] = [tokens[i].key];
    const limit = Math.min(index.maxWords, tokens.length - i);
    for (let n = 2; n <= limit && INSIDE_NAME.test(tokens[i + n - 1].gap); n++)
      keys.push(`${keys[n - 2]} ${tokens[i + n - 1].key}`);
    let match: Found | null = null;
    for (let n = keys.length; n >= 1 && !match; n--) {
      const entries = index.byKey.get(keys[n - 1]);
      if (entries && writtenAsName(tokens.slice(i, i + n), entries))
        match = { first: i, last: i + n - 1, entries, role: 'place' };
    }
    if (match) {
      found.push(match);
      i = match.last + 1;
    } else i++;
    if (i - reported >= TOKENS_PER_STEP) {
      reported = i;
      yield i;
    }
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
    // Gazivode lake, the river Ibar: a generic word in lower case, where the gazetteer capitalises it.
    if (span.length > 1 && GENERIC_HEADS.has(t.key)) return true;
    return k === 0 && span.length > 1 && DIRECTIONS.has(t.text);
  });
  if (!ok) return false;
  // Two-letter forms only as written in the gazetteer (US, UK), never "Us" opening a sentence.
  if (span.length === 1 && span[0].text.length <= 2) return entries.some((e) => e.form === span[0].text);
  if (span.length === 1 && span[0].sentenceStart && COMMON_WORDS.has(span[0].text.toLowerCase()))
    return false;
  return true;
}
