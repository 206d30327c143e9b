// The day a source gives itself, read from its date as the source writes it ("Friday, May 26, 2023 |
// 15:30", "29. septembar 2023 17:31", "14.06.2023", "Updated 21:49, 30-May-2023", "Sept 29 (2023)"),
// for the check that each side's words are of the same or the next day. Null when the date names no
// day ("not dated on the page", "2023-09"). Pure.

/** Month names as the stored pages write them: English, Serbian (Latin), Albanian, German, Italian, French. */
const MONTH_NAMES: Record<string, number> = {};
const NAMES: string[][] = [
  ['january', 'jan', 'januar', 'janar', 'gennaio', 'janvier'],
  ['february', 'feb', 'februar', 'shkurt', 'febbraio', 'février'],
  ['march', 'mar', 'mart', 'mars', 'märz', 'marzo'],
  ['april', 'apr', 'prill', 'aprile', 'avril'],
  ['may', 'maj', 'mai', 'maggio'],
  ['june', 'jun', 'juni', 'qershor', 'giugno', 'juin'],
  ['july', 'jul', 'juli', 'korrik', 'luglio', 'juillet'],
  ['august', 'aug', 'avgust', 'gusht', 'agosto', 'août'],
  ['september', 'sep', 'sept', 'septembar', 'shtator', 'settembre', 'septembre'],
  ['october', 'oct', 'oktobar', 'tetor', 'oktober', 'ottobre', 'octobre'],
  ['november', 'nov', 'novembar', 'nëntor', 'novembre'],
  ['december', 'dec', 'decembar', 'dhjetor', 'dezember', 'dicembre', 'décembre'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTH_NAMES[n] = i + 1)));

const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const PATTERNS: [RegExp, (m: RegExpMatchArray) => [string, string | number, string]][] = [
  [/(\d{4})-(\d{2})-(\d{2})/, (m) => [m[1], m[2], m[3]]],
  [/(\d{1,2})\.(\d{1,2})\.(\d{4})/, (m) => [m[3], m[2], m[1]]],
  [
    new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s-]+${MONTH},?[\\s-]+(\\d{4})`, 'iu'),
    (m) => [m[3], m[2], m[1]],
  ],
  [new RegExp(`${MONTH}\\s+(\\d{1,2}),?\\s+\\(?(\\d{4})`, 'iu'), (m) => [m[3], m[1], m[2]]],
];

/** The day (YYYY-MM-DD) a source's date gives, or null when it gives none. */
export function citationDay(date: string): string | null {
  for (const [pattern, parts] of PATTERNS) {
    const m = date.match(pattern);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const month = typeof mo === 'number' ? mo : /^\d+$/.test(mo) ? Number(mo) : MONTH_NAMES[mo.toLowerCase()];
    const day = Number(d);
    if (!month || month > 12 || day < 1 || day > 31) continue;
    return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
