// Serbian Latin → Cyrillic, the inverse of the official transliteration (names.ts). The digraphs lj, nj
// and dž become љ, њ and џ: in the place names of this region they always stand for one sound.
const LATIN_TO_CYRILLIC: [string, string][] = [
  ['Dž', 'Џ'],
  ['DŽ', 'Џ'],
  ['dž', 'џ'],
  ['Lj', 'Љ'],
  ['LJ', 'Љ'],
  ['lj', 'љ'],
  ['Nj', 'Њ'],
  ['NJ', 'Њ'],
  ['nj', 'њ'],
  ...(
    [
      ['A', 'А'],
      ['B', 'Б'],
      ['V', 'В'],
      ['G', 'Г'],
      ['D', 'Д'],
      ['Đ', 'Ђ'],
      ['E', 'Е'],
      ['Ž', 'Ж'],
      ['Z', 'З'],
      ['I', 'И'],
      ['J', 'Ј'],
      ['K', 'К'],
      ['L', 'Л'],
      ['M', 'М'],
      ['N', 'Н'],
      ['O', 'О'],
      ['P', 'П'],
      ['R', 'Р'],
      ['S', 'С'],
      ['T', 'Т'],
      ['Ć', 'Ћ'],
      ['U', 'У'],
      ['F', 'Ф'],
      ['H', 'Х'],
      ['C', 'Ц'],
      ['Č', 'Ч'],
      ['Š', 'Ш'],
    ] as [string, string][]
  ).flatMap(([l, c]): [string, string][] => [
    [l, c],
    [l.toLowerCase(), c.toLowerCase()],
  ]),
];

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
