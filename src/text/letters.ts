// Letters shared by the pipeline (geo/lib/names.ts) and the geoparser: the Serbian alphabets' mapping
// and the folding used to compare spellings.

/** The official Serbian alphabet mapping, upper case; cyrillic.ts inverts it. */
export const CYRILLIC_TO_LATIN: Record<string, string> = {
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

/** Lower case without diacritics, to compare spellings across the two alphabets. */
export function fold(text: string): string {
  return text
    .replace(/[Đđ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export const CYRILLIC = /[\u0400-\u04FF]/;
export const SERBIAN_ONLY_LETTERS = /[čćđšžČĆĐŠŽ]|dž|lj/i;
export const ALBANIAN_ONLY_LETTERS = /[ëçËÇ]/;
/** Letters and digraphs Serbian Latin never writes (q x y w; Albanian digraphs; doubled consonants). */
const ALBANIAN_SPELLING = /[qxyw]|dh|th|sh|zh|xh|gj|ll|rr/i;
/** Words that only Serbian names use (Upper, Lower, Old, New, village, river, hill …). */
const SERBIAN_WORDS =
  /\b(gornj[aeiu]|donj[aeiu]|gornji|donji|sredn[aj][ae]?|staro|stara|stari|novo|nova|novi|selo|reka|rijeka|brdo|polje|glava|mal[aio]|velik[aio]|dolina|vrh|crkva|manastir|banja|luka|most)\b/i;

export type NameLanguage = 'sq' | 'sr' | 'either';

/** Which language a Latin form is written in, by its letters and words; 'either' when they do not tell. */
export function latinLanguage(form: string): NameLanguage {
  const albanian = ALBANIAN_ONLY_LETTERS.test(form) || ALBANIAN_SPELLING.test(form);
  const serbian = SERBIAN_ONLY_LETTERS.test(form) || SERBIAN_WORDS.test(form);
  if (albanian && !serbian) return 'sq';
  if (serbian && !albanian) return 'sr';
  return 'either';
}
