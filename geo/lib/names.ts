// Bilingual names. GeoNames' alternate names for Kosovo carry no language tags, so the language of a
// form is told by its script and letters: Cyrillic is Serbian; č ć đ dž š ž and lj are Serbian Latin;
// ë ç, and q x y, and the digraphs dh th sh zh xh gj ll rr are Albanian. Serbian Latin is taken from a
// Cyrillic form by the official one-to-one transliteration, preferring a Cyrillic form whose Latin
// twin is also among the names (Пећ/Peć over Печ, which transliterates to Peč, the Hungarian Pécs).

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

/**
 * NFC, and the look-alike letters OCR and old encodings put in place of Serbian Đ/đ: U+00D0/U+00F0
 * (Icelandic eth), which GeoNames has in "Ðukići", "Ðurovići".
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .trim();
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

export interface InferredNames {
  sq: string | null;
  sr: string | null;
  srCyrl: string | null;
}

/**
 * Albanian and Serbian forms of a GeoNames place from its name and alternate names.
 * - Serbian: the Cyrillic form whose transliteration is also a Latin alternate (its twin), else the
 *   first Cyrillic form; Serbian Latin is its transliteration; without Cyrillic, a Latin form with
 *   Serbian-only letters or words, else a main name spelled alike in both languages.
 * - Albanian: a form with ë or ç (the written standard; the forms without are ASCII fallbacks), else a
 *   form with Albanian spelling; else the main name when its letters could be either language and it
 *   differs from no Serbian form (many names are spelled alike). null when only Serbian forms exist.
 */
export function inferNames(name: string, alternates: string[]): InferredNames {
  const all = [...new Set([name, ...alternates].map(normaliseName).filter(Boolean))];
  const latin = all.filter((n) => !CYRILLIC.test(n) && /^[\p{Script=Latin}\s'’.-]+$/u.test(n));
  const cyrillic = all.filter((n) => CYRILLIC.test(n) && /^[\p{Script=Cyrillic}\s'’.-]+$/u.test(n));
  // Of several twins ("Звечан" and "Мали Звечан" for Mali Zvečan), the one nearest the main name.
  const main = normaliseName(name);
  const twin = cyrillic
    .filter((c) => latin.includes(serbianCyrillicToLatin(c)))
    .sort(
      (a, b) =>
        editDistance(fold(serbianCyrillicToLatin(a)), fold(main)) -
        editDistance(fold(serbianCyrillicToLatin(b)), fold(main)),
    )[0];
  const srCyrl = twin ?? cyrillic[0] ?? null;
  // Without Cyrillic: a Latin form with Serbian-only letters or words, else the main name when its
  // letters could be either language (then both languages spell it alike: "Vrba", "Rikovo").
  const sr = srCyrl
    ? serbianCyrillicToLatin(srCyrl)
    : (latin.find((n) => latinLanguage(n) === 'sr' && !ALBANIAN_ONLY_LETTERS.test(n)) ??
      (latinLanguage(normaliseName(name)) === 'either' ? normaliseName(name) : null));
  // Among several Albanian spellings, the one closest to the Serbian form: GeoNames carries OCR-style
  // misreadings ("Bëmjak" beside "Bërnjak" for Brnjak; "Scocë" beside "Seocë").
  const closest = (forms: string[]) =>
    sr
      ? [...forms].sort((a, b) => editDistance(fold(a), fold(sr)) - editDistance(fold(b), fold(sr)))[0]
      : forms[0];
  const sq =
    closest(latin.filter((n) => ALBANIAN_ONLY_LETTERS.test(n) && !SERBIAN_ONLY_LETTERS.test(n))) ??
    (latinLanguage(main) === 'sq' ? main : undefined) ??
    latin.find((n) => latinLanguage(n) === 'sq') ??
    (latinLanguage(main) === 'either' && !CYRILLIC.test(main) ? main : null);
  return { sq, sr, srCyrl };
}

/** Lower case without diacritics, to compare spellings across the two alphabets. */
export function fold(text: string): string {
  return text
    .replace(/[Đđ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}
