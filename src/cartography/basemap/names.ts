// Which name a base-map label shows, by the reader's order of names (`names=`, src/domain/names.ts),
// as style expressions over the name forms the tiles carry (geo/basemap/ splits OSM's `name` by the
// rules of geo/lib/names.ts): `coalesce` takes the first form a feature has, as protomaps' styles do.
// In Kosovo a place is named in both official forms where OSM gives both (the first in the order, the
// other smaller below it), as the story's own labels are; elsewhere one form.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { NameOrder } from '../../domain/names.ts';

/** The tiles' name properties. */
export const NAME_FORMS = {
  sq: 'name_sq',
  sr: 'name_sr',
  srCyrl: 'name_sr_cyrl',
  /** The Latin form shown for `names=en` (the tiles carry no English names). */
  latin: 'name_latin',
} as const;
/** The feature's country (XK, RS, ME) and, in Kosovo, its municipality's majority language (sq, sr, tr). */
export const COUNTRY = 'country';
export const MAJORITY = 'local_language';

type Form = (typeof NAME_FORMS)[keyof typeof NAME_FORMS];
const get = (form: Form): ExpressionSpecification => ['get', form];
const firstOf = (...forms: Form[]): ExpressionSpecification => ['coalesce', ...forms.map(get)];
const { sq, sr, srCyrl, latin } = NAME_FORMS;

const inKosovo: ExpressionSpecification = ['==', ['get', COUNTRY], 'XK'];
const serbMajority: ExpressionSpecification = ['==', ['get', MAJORITY], 'sr'];

/** A feature has a name to show. */
export const HAS_NAME: ExpressionSpecification = [
  'any',
  ...Object.values(NAME_FORMS).map((f) => ['has', f]),
] as ExpressionSpecification;

/** One form: the first the feature has, in the order's preference. */
export function oneName(order: NameOrder): ExpressionSpecification {
  switch (order) {
    case 'sq':
      return firstOf(sq, sr, latin);
    case 'sr':
      return firstOf(sr, latin, sq);
    case 'sr-Cyrl':
      return firstOf(srCyrl, sr, latin, sq);
    case 'en':
      return firstOf(latin, sr, sq);
    case 'local':
      // Kosovo: the majority language of the place first; Serbia and Montenegro: the Serbian form.
      return ['case', ['all', inKosovo, ['!', serbMajority]], firstOf(sq, sr, latin), firstOf(sr, latin, sq)];
  }
}

/** Both official forms, the first over the second (smaller), when both are there and differ. */
const twoForms = (first: Form, second: Form, otherwise: ExpressionSpecification): ExpressionSpecification => [
  'case',
  ['all', ['has', first], ['has', second], ['!=', get(first), get(second)]],
  ['format', get(first), {}, '\n', {}, get(second), { 'font-scale': 0.85 }],
  otherwise,
];

/** A place's name: in Kosovo both official forms in the order's sequence, elsewhere one form. */
export function placeName(order: NameOrder): ExpressionSpecification {
  const one = oneName(order);
  const kosovo: Record<Exclude<NameOrder, 'en'>, ExpressionSpecification> = {
    local: ['case', serbMajority, twoForms(sr, sq, one), twoForms(sq, sr, one)],
    sq: twoForms(sq, sr, one),
    sr: twoForms(sr, sq, one),
    'sr-Cyrl': twoForms(srCyrl, sq, one),
  };
  return order === 'en' ? one : ['case', inKosovo, kosovo[order], one];
}
