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

/** After these, a Serbian adjective takes -eg/-em (Medveđeg, Donjem), else -og/-om (Novog, Zubinom). */
const SOFT = /([čćđšžj]|lj|nj|dž)$/i;
/** Locative of -ka/-ga/-ha nouns: Reka → Reci, Noga → Nozi. */
const SIBILANT: Record<string, string> = { k: 'c', g: 'z', h: 's', K: 'C', G: 'Z', H: 'S' };

/** A Serbian noun's genitive, locative and (feminine) accusative: Pazar → Pazara, Pazaru. */
function serbianNounCases(noun: string): { gen: string; loc: string; acc: string | null } {
  if (/a$/i.test(noun)) {
    const stem = noun.slice(0, -1);
    const last = stem.slice(-1);
    const loc = SIBILANT[last] ? `${stem.slice(0, -1)}${SIBILANT[last]}i` : `${stem}i`;
    return { gen: `${stem}e`, loc, acc: `${stem}u` };
  }
  if (/[oe]$/i.test(noun)) return { gen: `${noun.slice(0, -1)}a`, loc: `${noun.slice(0, -1)}u`, acc: null };
  return { gen: `${noun}a`, loc: `${noun}u`, acc: null };
}

/** A Serbian adjective's genitive, locative and (feminine) accusative, or null if it is no adjective. */
function serbianAdjectiveCases(word: string): { gen: string; loc: string; acc: string | null } | null {
  if (/(in|ov|ev)$/i.test(word)) return { gen: `${word}og`, loc: `${word}om`, acc: null };
  const stem = word.slice(0, -1);
  const soft = SOFT.test(stem);
  if (/[io]$/i.test(word))
    return { gen: `${stem}${soft ? 'eg' : 'og'}`, loc: `${stem}${soft ? 'em' : 'om'}`, acc: null };
  if (/e$/i.test(word)) return { gen: `${stem}eg`, loc: `${stem}em`, acc: null };
  if (/a$/i.test(word)) return { gen: `${stem}e`, loc: `${stem}oj`, acc: `${stem}u` };
  return null;
}

/**
 * The case forms of a Serbian name of an adjective and a noun, both declined (Novi Pazar → Novog
 * Pazara, Novom Pazaru; Kosovska Mitrovica → Kosovske Mitrovice, Kosovskoj Mitrovici; Gazivodsko
 * jezero → Gazivodskog jezera). The caller says whether the first word is a name of its own (Kosovo
 * Polje), which this does not decline.
 */
export function serbianPhraseForms(name: string): string[] {
  const latin = CYRILLIC.test(name) ? serbianCyrillicToLatin(name) : name;
  const words = latin.split(' ');
  if (words.length !== 2 || latinLanguage(latin) === 'sq' || ALBANIAN_ONLY_LETTERS.test(latin)) return [];
  const [adjective, noun] = words;
  if (adjective.length < 3 || noun.length < 3) return [];
  const a = serbianAdjectiveCases(adjective);
  if (!a) return [];
  const n = serbianNounCases(noun);
  const forms = [`${a.gen} ${n.gen}`, `${a.loc} ${n.loc}`];
  if (a.acc && n.acc) forms.push(`${a.acc} ${n.acc}`);
  return forms;
}
