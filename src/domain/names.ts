// How a feature's names are shown, in one place for labels, lists and details. The default ("local")
// follows the rules of the story's region (regions/<id>.json, `names`): per country or territory, the
// forms shown and which comes first (in Kosovo both official forms, the municipality's majority
// language first; in Serbia the Serbian name); elsewhere the English name. The reader may choose
// another order (the layers panel; `names=` in the URL). Pure functions: the rules come as data.
import type { PlaceName } from './schema.ts';

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

/** The name each order other than local and English puts first (a key of PlaceName). */
const ORDER_TAGS: Record<Exclude<NameOrder, 'local' | 'en'>, string> = {
  sq: 'sq',
  sr: 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
};

/** A region's name rules (regions/<id>.json, `names`; src/region/schema.ts validates them). */
export interface NameRules {
  /** The languages names are given in besides English, with the details' label of each. */
  languages: readonly { tag: string; label: string }[];
  /** Per ISO country code: the forms shown in the local order, which comes first, which are expected. */
  countries: Readonly<
    Record<string, { forms: readonly string[]; first: 'majority' | 'listed'; required: readonly string[] }>
  >;
}

export interface NamedPlace {
  name: PlaceName;
  /** ISO code of the country the feature lies in (XK: Kosovo). */
  country: string | null;
  localLanguage: 'sq' | 'sr' | 'tr' | null;
}

const primary = (tag: string) => tag.split('-')[0];

/** The forms to show, first the one to put first; never empty (the English name at least). */
export function namesInOrder(
  { name, country, localLanguage }: NamedPlace,
  order: NameOrder,
  rules: NameRules,
): string[] {
  const rule = country ? rules.countries[country] : undefined;
  let forms: (string | null | undefined)[];
  if (order === 'en' || !rule) forms = [name.en];
  else {
    const chosen = order === 'local' ? null : ORDER_TAGS[order];
    // A form in the chosen language is shown in the chosen script when there is one (Serbian, Cyrillic).
    const shown = rule.forms.map((tag) => ({
      lang: primary(tag),
      value: chosen && primary(chosen) === primary(tag) ? (name[chosen] ?? name[tag]) : name[tag],
    }));
    const firstLanguage = chosen
      ? primary(chosen)
      : rule.first === 'majority' && localLanguage
        ? localLanguage
        : null;
    const first = shown.filter((f) => f.lang === firstLanguage);
    const rest = shown.filter((f) => f.lang !== firstLanguage);
    // A chosen language the local order does not show (Albanian in Serbia) still comes first.
    const extra = chosen && !first.length ? [name[chosen]] : [];
    forms = [...extra, ...first.map((f) => f.value), ...rest.map((f) => f.value)];
  }
  const distinct = [...new Set(forms.filter((f): f is string => Boolean(f)))];
  return distinct.length ? distinct : [name.en];
}

/** One line for lists: the forms in order, and the English name after them when it differs. */
export function displayName(
  place: NamedPlace,
  order: NameOrder = DEFAULT_NAME_ORDER,
  rules: NameRules,
): string {
  const forms = namesInOrder(place, order, rules);
  const joined = forms.join(' / ');
  return forms.includes(place.name.en) ? joined : `${joined} (${place.name.en})`;
}

/**
 * Rows of the details' name list, in the chosen order. Where the region expects forms (in Kosovo
 * both official ones), one that no source gives is a row that says so, not a silent gap.
 */
export function nameRows(
  place: NamedPlace,
  order: NameOrder,
  rules: NameRules,
): { label: string; lang: string; value: string }[] {
  const rule = place.country ? rules.countries[place.country] : undefined;
  const required = new Set(rule?.required ?? []);
  const rows = [...rules.languages, { tag: 'en', label: 'English' }].flatMap(({ tag, label }) => {
    const value = place.name[tag];
    if (value) return [{ label, lang: tag, value }];
    return required.has(tag) ? [{ label, lang: 'en', value: MISSING_FORM }] : [];
  });
  const first = namesInOrder(place, order, rules);
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
