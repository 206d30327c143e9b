// Country names from ISO 3166 (npm i18n-iso-countries, MIT): English, Albanian and Serbian in
// Cyrillic, with the Latin twin by the official transliteration. Where the map uses another form,
// the row is in geo/corrections.ts, with its reason and source.
import { createRequire } from 'node:module';
import type { PlaceName } from '../../src/domain/schema';
import { serbianCyrillicToLatin } from './names';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
for (const lang of ['en', 'sq', 'sr']) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** The names of an ISO 3166-1 alpha-2 code: the short common English name when there is one. */
export function isoCountryName(code: string): PlaceName {
  const en =
    [iso.getName(code, 'en', { select: 'alias' })].find((n) => n && n.length >= 4) ?? iso.getName(code, 'en');
  const sq = iso.getName(code, 'sq') ?? null;
  const cyrillic = iso.getName(code, 'sr') ?? null;
  if (!en) throw new Error(`i18n-iso-countries has no English name for ${code}`);
  return { en, sq, 'sr-Latn': cyrillic && serbianCyrillicToLatin(cyrillic), 'sr-Cyrl': cyrillic };
}
