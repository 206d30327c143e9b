// OSM's `name` split into the forms the viewer's name orders choose from, with the letters and rules of
// geo/lib/names.ts (no second classifier): Cyrillic is Serbian; a Latin form's language is told by
// latinLanguage (č ć đ dž š ž lj and Serbian words: Serbian; ë ç q x y and Albanian digraphs:
// Albanian; else "either"). OSM in Kosovo often gives both forms in one name ("Banjë - Banja",
// "Severna Kosovska Mitrovica - Mitrovicë Veriore", "Orobërdë / Arbanë", "Shqiponjë (Jabllanicë)"):
// each part is classified, the first part of a language is its form, and a part the letters cannot
// place takes the language still missing beside a placed one. Serbian Latin and Cyrillic are
// transliterated into each other where OSM gives one; an Albanian form is never invented.
import {
  CYRILLIC,
  fold,
  latinLanguage,
  normaliseName,
  serbianCyrillicToLatin,
  type NameLanguage,
} from '../lib/names';
import { serbianLatinToCyrillic } from '../lib/cyrillic';
import type { Country } from '../osm/rawTiles';

export type MajorityLanguage = 'sq' | 'sr' | 'tr';

export interface TileNames {
  name_sq?: string;
  name_sr?: string;
  name_sr_cyrl?: string;
  /** The Latin form shown for `names=en` (the tiles carry no English names). */
  name_latin?: string;
}

/** The forms in one OSM name: split at " - ", " / ", " – ", ";" and around a parenthesis. */
export function osmNameParts(name: string): string[] {
  return normaliseName(name)
    .split(/\s+[-–—/]\s+|;|\s*\(|\)/)
    .map((part) => normaliseName(part))
    .filter(Boolean);
}

const WHOLLY_CYRILLIC = /^[\p{Script=Cyrillic}\s'’.,0-9-]+$/u;

type Classified = { part: string; language: NameLanguage | 'cyrillic' };

function classify(part: string): Classified {
  if (WHOLLY_CYRILLIC.test(part) && CYRILLIC.test(part)) return { part, language: 'cyrillic' };
  // A Latin name with a stray Cyrillic look-alike letter ("Аmbula"): read as Latin.
  const latin = CYRILLIC.test(part) ? serbianCyrillicToLatin(part) : part;
  return { part: latin, language: latinLanguage(latin) };
}

/**
 * The Albanian, Serbian Latin and Serbian Cyrillic forms of an OSM name, and the Latin form for
 * `names=en`. `country` is the extract the feature comes from; `localLanguage` the majority language of
 * its Kosovo municipality. When the letters cannot tell two Kosovo forms apart ("Lepina - Lepi"),
 * neither form is given and `name_latin` is OSM's whole name.
 */
export function splitOsmName(
  name: string | undefined,
  country: Country,
  localLanguage: MajorityLanguage | null = null,
): TileNames {
  if (!name || !normaliseName(name)) return {};
  const parts = osmNameParts(name).map(classify);
  const cyrillic = parts.find((p) => p.language === 'cyrillic')?.part;
  const twin = cyrillic ? fold(serbianCyrillicToLatin(cyrillic)) : null;
  let sr =
    parts.find((p) => p.language === 'sr')?.part ?? (cyrillic ? serbianCyrillicToLatin(cyrillic) : undefined);
  let sq = parts.find((p) => p.language === 'sq')?.part;
  // Latin parts the letters cannot place, but the Serbian Latin twin of the Cyrillic form.
  const either = parts
    .filter((p) => p.language === 'either' && fold(p.part) !== twin)
    .map((p) => p.part)
    .filter((p) => p !== sr && p !== sq);
  let whole: string | undefined;
  if (either.length) {
    if (sq && !sr) sr = either[0];
    else if (sr && !sq) {
      // In Kosovo the other form of a two-language name is the Albanian; elsewhere it may be any
      // language (Romanian "Dunărea", an older name): never read as Albanian.
      if (country === 'XK') sq = either[0];
    } else if (!sq && !sr) {
      if (country !== 'XK') sr = either[0];
      else if (either.length === 1 && parts.length === 1) {
        // One form whose letters could be either language: both spell it alike (names.ts's rule).
        sq = either[0];
        sr = either[0];
      } else whole = normaliseName(name);
    }
  }
  const out: TileNames = {};
  if (sq) out.name_sq = sq;
  if (sr) out.name_sr = sr;
  const srCyrl = cyrillic ?? (sr ? serbianLatinToCyrillic(sr) : null);
  if (srCyrl) out.name_sr_cyrl = srCyrl;
  const latin = country === 'XK' && localLanguage !== 'sr' ? (sq ?? sr ?? whole) : (sr ?? sq ?? whole);
  if (latin) out.name_latin = latin;
  return out;
}
