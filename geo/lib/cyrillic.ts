// Serbian Latin → Cyrillic: the official mapping of names.ts, inverted. The digraphs lj, nj and dž
// become љ, њ and џ: in the place names of this region they always stand for one sound.
import { CYRILLIC_TO_LATIN } from './names';

/** [Latin, Cyrillic] pairs, longest Latin first (digraphs before their letters), in both cases. */
const LATIN_TO_CYRILLIC: [string, string][] = Object.entries(CYRILLIC_TO_LATIN)
  .flatMap(([cyrillic, latin]): [string, string][] => [
    [latin, cyrillic],
    [latin.toUpperCase(), cyrillic],
    [latin.toLowerCase(), cyrillic.toLowerCase()],
  ])
  .sort((a, b) => b[0].length - a[0].length);

/** null when the text has letters Serbian Latin does not use (it is then not a Serbian Latin form). */
export function serbianLatinToCyrillic(text: string): string | null {
  let out = '';
  let i = 0;
  const t = text.normalize('NFC');
  while (i < t.length) {
    const pair = LATIN_TO_CYRILLIC.find(([l]) => t.startsWith(l, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else if (/[\s'’.,:()–0-9-]/.test(t[i])) {
      out += t[i++];
    } else return null;
  }
  return out;
}
