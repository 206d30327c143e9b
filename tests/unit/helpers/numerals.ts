// The numbers a text states, and whether a source's words give them, as digits or as English words
// ("30" or "thirty", "4,500" or "4.500" or "4500"). For the fact-check's test that every figure of
// the timeline has a source that says it.

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export interface Numeral {
  /** As written ("4,500", "3.47", "19"). */
  text: string;
  /** The values it may stand for (a separator before three digits may group thousands). */
  values: number[];
  /** Part of a date: a source's own date may give it. */
  date: boolean;
}

function readings(token: string): number[] {
  const plain = Number(token.replace(/[.,]/g, ''));
  if (!/[.,]/.test(token)) return [plain];
  const decimal = Number(token.replace(',', '.'));
  const grouped = /^\d{1,3}(?:[.,]\d{3})+$/.test(token);
  return grouped ? [plain, decimal] : [decimal];
}

/** Every numeral of a text, with whether it is part of a date. */
export function numeralsOf(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu)) {
    const token = m[0].replace(/[.,]$/, '');
    // "26 May", "19–26 May", "May 29", or a year.
    const date =
      new RegExp(`^\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+${MONTHS}`).test(text.slice(m.index)) ||
      new RegExp(`${MONTHS}\\s+${token}$`).test(text.slice(0, m.index + token.length)) ||
      /^(?:19|20)\d{2}$/.test(token);
    out.push({ text: token, values: readings(token), date });
  }
  return out;
}

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The numbers a text gives as English words ("two hundred", "thirty", "six"). */
export function wordNumbersOf(text: string): number[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const out: number[] = [];
  let current: number | null = null;
  const flush = () => {
    if (current !== null) out.push(current);
    current = null;
  };
  for (const w of words) {
    const unit = UNITS.indexOf(w);
    const ten = TENS.indexOf(w);
    if (unit >= 0) current = (current ?? 0) + unit;
    else if (ten >= 2) current = (current ?? 0) + ten * 10;
    else if (w === 'hundred' && current !== null) current *= 100;
    else if (w === 'thousand' && current !== null) {
      out.push(current * 1000);
      current = null;
    } else if (w !== 'and' || current === null) flush();
  }
  flush();
  return out;
}

/** Whether the words of a source give a numeral, as digits or as English words. */
export function gives(words: string, numeral: Numeral): boolean {
  const digits = numeralsOf(words).flatMap((n) => n.values);
  const spelled = wordNumbersOf(words);
  return numeral.values.some((v) => digits.includes(v) || spelled.includes(v));
}
