// The case forms a news text uses beside a name's dictionary form: Albanian definite and indefinite
// forms (Mitrovicë/Mitrovica/Mitrovicës, Zveçan/Zveçani/Zveçanit) and Serbian cases (Zvečan/Zvečanu,
// Kosovo/Kosova, Raška/Raške). Only the last word changes (Zubin Potok → Zubin Potoku); short words
// are left alone, where a generated form would more likely be another word.
import { ALBANIAN_ONLY_LETTERS, CYRILLIC, latinLanguage, serbianCyrillicToLatin } from '../text/letters';

const MIN_LETTERS = 4;
const VOWEL = /[aeiouëy]$/i;

export function albanianForms(word: string): string[] {
  if (word.length < MIN_LETTERS) return [];
  if (/ë$/i.test(word)) {
    const stem = word.slice(0, -1);
    return [`${stem}a`, `${stem}ës`, `${stem}ën`, `${stem}e`];
  }
  if (/a$/i.test(word)) {
    const stem = word.slice(0, -1);
    return [`${stem}ë`, `${stem}ës`, `${stem}ën`];
  }
  if (/i$/i.test(word)) return [`${word}t`, `${word}n`];
  if (VOWEL.test(word)) return [];
  const article = /[kgh]$/i.test(word) ? 'u' : 'i';
  return [`${word}${article}`, `${word}${article}t`, `${word}${article}n`];
}

export function serbianForms(word: string): string[] {
  if (word.length < MIN_LETTERS) return [];
  if (/a$/i.test(word)) {
    const stem = word.slice(0, -1);
    return [`${stem}e`, `${stem}u`, `${stem}om`, `${stem}i`];
  }
  if (/[oe]$/i.test(word)) {
    const stem = word.slice(0, -1);
    return [`${stem}a`, `${stem}u`, `${stem}om`];
  }
  if (VOWEL.test(word)) return [];
  const instrumental = /[čćšžđjc]$/i.test(word) ? 'em' : 'om';
  return [`${word}a`, `${word}u`, `${word}${instrumental}`];
}

/** The other forms of a name, by the language its letters show (both when they do not tell). */
export function inflections(name: string): string[] {
  const latin = CYRILLIC.test(name) ? serbianCyrillicToLatin(name) : name;
  const words = latin.split(/(\s+)/);
  const last = words[words.length - 1];
  const language = CYRILLIC.test(name) ? 'sr' : latinLanguage(latin);
  const forms = [
    ...(language !== 'sr' || ALBANIAN_ONLY_LETTERS.test(latin) ? albanianForms(last) : []),
    ...(language !== 'sq' ? serbianForms(last) : []),
  ];
  const head = words.slice(0, -1).join('');
  return [...new Set(forms)].map((form) => head + form);
}
