// Bilingual names of a gazetteer place. GeoNames' alternate names for Kosovo carry no language tags,
// so the language of a form is told by its script and letters: Cyrillic is Serbian; č ć đ dž š ž and
// lj are Serbian Latin; ë ç, and q x y, and the digraphs dh th sh zh xh gj ll rr are Albanian. Serbian
// Latin is taken from a Cyrillic form by the official one-to-one transliteration, preferring a
// Cyrillic form whose Latin twin is also among the names (Пећ/Peć over Печ, which transliterates to
// Peč, the Hungarian Pécs). Pure: the pipeline and `story new` (Node) and the browser's new-story page
// use it alike.
import {
  ALBANIAN_ONLY_LETTERS,
  CYRILLIC,
  fold,
  latinLanguage,
  SERBIAN_ONLY_LETTERS,
  serbianCyrillicToLatin,
} from '../text/letters';

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

export interface InferredNames {
  sq: string | null;
  'sr-Latn': string | null;
  'sr-Cyrl': string | null;
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
  return { sq, 'sr-Latn': sr, 'sr-Cyrl': srCyrl };
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
