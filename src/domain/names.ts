// How a feature's names are shown, in one place for labels, lists and details. The default ("local")
// follows the OSCE Mission's convention: in Kosovo both official forms, the municipality's majority
// language first; in Serbia the Serbian name (an Albanian exonym only in the details); elsewhere the
// English name. The reader may choose another order (the layers panel; `names=` in the URL).
import type { PlaceName } from './schema';

export const NAME_ORDERS = ['local', 'sq', 'sr', 'sr-Cyrl', 'en'] as const;
export type NameOrder = (typeof NAME_ORDERS)[number];
export const DEFAULT_NAME_ORDER: NameOrder = 'local';

export const NAME_ORDER_LABELS: Record<NameOrder, string> = {
  local: 'Local first (majority language of the place)',
  sq: 'Albanian first',
  sr: 'Serbian (Latin) first',
  'sr-Cyrl': 'Serbian (Cyrillic) first',
  en: 'English',
};

export interface NamedPlace {
  name: PlaceName;
  /** ISO code of the country the feature lies in (XK: Kosovo). */
  country: string | null;
  localLanguage: 'sq' | 'sr' | 'tr' | null;
}

/** The forms to show, first the one to put first; never empty (the English name at least). */
export function namesInOrder({ name, country, localLanguage }: NamedPlace, order: NameOrder): string[] {
  const { sq, 'sr-Latn': sr, 'sr-Cyrl': srCyrl, en } = name;
  let forms: (string | null)[];
  if (order === 'en') forms = [en];
  else if (country === 'XK') {
    const serbianFirst =
      order === 'sr' || order === 'sr-Cyrl' || (order === 'local' && localLanguage === 'sr');
    const serbian = order === 'sr-Cyrl' ? (srCyrl ?? sr) : sr;
    forms = serbianFirst ? [serbian, sq] : [sq, serbian];
  } else if (country === 'RS') {
    const serbian = order === 'sr-Cyrl' ? (srCyrl ?? sr) : sr;
    forms = order === 'sq' ? [sq, serbian] : [serbian];
  } else forms = [en];
  const distinct = [...new Set(forms.filter((f): f is string => Boolean(f)))];
  return distinct.length ? distinct : [en];
}

/** One line for lists: the forms in order, and the English name after them when it differs. */
export function displayName(place: NamedPlace, order: NameOrder = DEFAULT_NAME_ORDER): string {
  const forms = namesInOrder(place, order);
  const joined = forms.join(' / ');
  return forms.includes(place.name.en) ? joined : `${joined} (${place.name.en})`;
}

/**
 * Rows of the details' name list, in the chosen order. In Kosovo both official forms are expected:
 * one that no source gives is a row that says so, not a silent gap.
 */
export function nameRows(
  place: NamedPlace,
  order: NameOrder,
): { label: string; lang: string; value: string }[] {
  const { sq, 'sr-Latn': sr, 'sr-Cyrl': srCyrl, en } = place.name;
  const expected = place.country === 'XK';
  const rows = [
    { label: 'Albanian', lang: 'sq', value: sq, required: expected },
    { label: 'Serbian', lang: 'sr-Latn', value: sr, required: expected },
    { label: 'Serbian (Cyrillic)', lang: 'sr-Cyrl', value: srCyrl, required: false },
    { label: 'English', lang: 'en', value: en, required: false },
  ].flatMap(({ label, lang, value, required }) =>
    value ? [{ label, lang, value }] : required ? [{ label, lang: 'en', value: MISSING_FORM }] : [],
  );
  const first = namesInOrder(place, order);
  const rank = (value: string) => {
    const i = first.indexOf(value);
    return i < 0 ? first.length : i;
  };
  return rows.sort((a, b) => rank(a.value) - rank(b.value));
}

export const MISSING_FORM = 'no form in the sources';

/** What each precision means, for the details and the legend. */
export const PRECISION_LABELS: Record<string, string> = {
  surveyed: 'Surveyed position',
  derived: 'Derived from mapped sources',
  approximate: 'Approximate position',
};

export const PRECISION_EXPLANATIONS: Record<string, string> = {
  surveyed: 'measured on the ground to survey accuracy (nothing on this map is).',
  derived:
    'drawn or computed from mapped sources: simplified or generalised outlines and lines, good to a few hundred metres.',
  approximate:
    'a point or area standing for a place, from a gazetteer, an encyclopaedia or press reports: off by up to a kilometre or more.',
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  sq: 'Albanian',
  sr: 'Serbian',
  it: 'Italian',
  es: 'Spanish',
};

/** The English name of a language (BCP 47 primary tag), for the article's provenance line. */
export function languageName(tag: string): string {
  const primary = tag.split('-')[0].toLowerCase();
  if (LANGUAGE_NAMES[primary]) return LANGUAGE_NAMES[primary];
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(primary) ?? tag;
  } catch {
    return tag;
  }
}
