// The pieces the layer kinds' drawings share (src/cartography/kinds/): the selection and hover
// switch, the label text, font, paint and layout, the outline that leaves clicks to its area.
import type {
  ColorSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { COLORS } from './palette.ts';
import type { PickMetadata } from './mapStyle.ts';

/** A CSS font list: the style has no glyphs, MapLibre draws labels with local fonts (mapStyle.ts). */
export const FONT = ['sans-serif'];

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const whenSelected = <T>(on: T, hover: T, off: T) =>
  ['case', selected, on, hovered, hover, off] as unknown as DataDrivenPropertyValueSpecification<T>;

/**
 * The first name in the reader's order over the second, smaller; one line when there is one form
 * (mapSources.ts puts the names in order, src/domain/names.ts decides it).
 */
export const BILINGUAL_LABEL: ExpressionSpecification = [
  'case',
  ['has', 'label2'],
  ['format', ['get', 'label1'], {}, '\n', {}, ['get', 'label2'], { 'font-scale': 0.85 }],
  ['get', 'label1'],
];

/** The English name alone: countries, regions, lines and zones, named in the article's language. */
export const ENGLISH_NAME: ExpressionSpecification = ['get', 'name_en'];

/** Below this zoom a municipality's label names it; above, its seat town's label does. */
export const SEAT_LABEL_ZOOM = 11;

/** An area's outline: the area answers clicks, its outline does not compete with it. */
export const OUTLINE = { pick: 'none' } satisfies PickMetadata;

/** An opaque fill of the ground: drawn under the base map (mapStyle.ts, orderedStyleLayers). */
export const GROUND = { ground: true } satisfies PickMetadata;

type Layout = NonNullable<SymbolLayerSpecification['layout']>;
type Paint = NonNullable<SymbolLayerSpecification['paint']>;

/** A label's text, font and size, then whatever else the kind places it by. */
export const labelLayout = (
  field: Layout['text-field'],
  size: Layout['text-size'],
  placement: Layout = {},
): Layout => ({ 'text-field': field, 'text-font': FONT, 'text-size': size, ...placement });

/** A label's colour over a white halo, so that names stay legible over any fill. */
export const labelPaint = (
  color: DataDrivenPropertyValueSpecification<ColorSpecification> = COLORS.label,
  haloWidth = 1.6,
): Paint => ({ 'text-color': color, 'text-halo-color': COLORS.halo, 'text-halo-width': haloWidth });

/** Upper-case, letter-spaced names of countries and territories at low zoom. */
export const COUNTRY_LABEL_LAYOUT: Layout = labelLayout(ENGLISH_NAME, 15, {
  'text-letter-spacing': 0.15,
  'text-transform': 'uppercase',
});
