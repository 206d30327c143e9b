// Bilingual names. Serbian Cyrillic is transliterated to Serbian Latin by the official one-to-one
// alphabet mapping; Albanian forms are recognised by the letters only Albanian uses here (ë, ç).

const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Д: 'D',
  Ђ: 'Đ',
  Е: 'E',
  Ж: 'Ž',
  З: 'Z',
  И: 'I',
  Ј: 'J',
  К: 'K',
  Л: 'L',
  Љ: 'Lj',
  М: 'M',
  Н: 'N',
  Њ: 'Nj',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  Ћ: 'Ć',
  У: 'U',
  Ф: 'F',
  Х: 'H',
  Ц: 'C',
  Ч: 'Č',
  Џ: 'Dž',
  Ш: 'Š',
};

export function serbianCyrillicToLatin(text: string): string {
  return [...text]
    .map((ch) => {
      const upper = CYRILLIC_TO_LATIN[ch];
      if (upper) return upper;
      const lower = CYRILLIC_TO_LATIN[ch.toUpperCase()];
      return lower ? lower.toLowerCase() : ch;
    })
    .join('')
    .normalize('NFC');
}

const CYRILLIC = /[\u0400-\u04FF]/;
const ALBANIAN_LETTERS = /[ëçËÇ]/;
const SERBIAN_LATIN_LETTERS = /[čćđšžČĆĐŠŽ]/;

export interface InferredNames {
  sq: string | null;
  sr: string | null;
  srCyrl: string | null;
}

/**
 * Albanian and Serbian forms of a GeoNames place. Serbian: the Cyrillic alternate name and its
 * transliteration. Albanian: an alternate with ë/ç; else the main name when it has no Serbian-only
 * letters (many names are spelled alike in both languages). null when no form can be told apart.
 */
export function inferNames(name: string, alternates: string[]): InferredNames {
  const all = [name, ...alternates].map((n) => n.normalize('NFC'));
  const srCyrl = all.find((n) => CYRILLIC.test(n)) ?? null;
  const sr = srCyrl
    ? serbianCyrillicToLatin(srCyrl)
    : (all.find((n) => SERBIAN_LATIN_LETTERS.test(n)) ?? null);
  const albanian = all.find((n) => ALBANIAN_LETTERS.test(n) && !CYRILLIC.test(n));
  const sq =
    albanian ?? (!SERBIAN_LATIN_LETTERS.test(name) && !CYRILLIC.test(name) ? name.normalize('NFC') : null);
  return { sq, sr, srCyrl };
}
