// The map's style as typed data: every source and layer, with the legend entries beside the layers
// they describe. No glyphs, sprites or tiles: labels are drawn with local fonts (MapLibre ≥ 5.11
// uses `text-font` as a CSS font list when the style has no `glyphs`), so the map makes no request
// outside its own origin.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LayerId } from '../data/layers';
import { COLORS } from './palette';

export const FONT = ['sans-serif'];

export interface LegendEntry {
  label: string;
  /** How the swatch is drawn: a line (solid or dashed), a filled area, or a point. */
  swatch: 'line' | 'dashed-line' | 'fill' | 'point';
  color: string;
  fillOpacity?: number;
}

export interface LayerStyle {
  /** The colour that stands for this layer in the article's highlights and the feature list. */
  color: string;
  /** How the article underlines phrases linked to this layer: a second cue besides colour. */
  underline: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
  legend: LegendEntry[];
  layers: LayerSpecification[];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const whenSelected = <T>(on: T, hover: T, off: T) =>
  ['case', selected, on, hovered, hover, off] as unknown as DataDrivenPropertyValueSpecification<T>;

/** Albanian name over Serbian; one line when they are spelled alike; English when neither exists. */
export const BILINGUAL_LABEL: ExpressionSpecification = [
  'case',
  ['all', ['has', 'name_sq'], ['has', 'name_sr'], ['!=', ['get', 'name_sq'], ['get', 'name_sr']]],
  ['format', ['get', 'name_sq'], {}, '\n', {}, ['get', 'name_sr'], { 'font-scale': 0.85 }],
  ['coalesce', ['get', 'name_sq'], ['get', 'name_sr'], ['get', 'name_en']],
];

const labelPaint = { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 };

export const LAYER_STYLES: Record<LayerId, LayerStyle> = {
  countries: {
    color: COLORS.countryLine,
    underline: 'solid',
    legend: [{ label: 'Country boundary', swatch: 'line', color: COLORS.countryLine }],
    layers: [
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': COLORS.land } },
      {
        id: 'countries-line',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': COLORS.countryLine, 'line-width': 1 },
      },
      {
        id: 'countries-label',
        type: 'symbol',
        source: 'countries-labels',
        layout: {
          'text-field': ['get', 'name_en'],
          'text-font': FONT,
          'text-size': 15,
          'text-letter-spacing': 0.15,
          'text-transform': 'uppercase',
        },
        paint: { ...labelPaint, 'text-color': '#5e584f' },
      },
    ],
  },
  kosovo: {
    color: COLORS.countryLine,
    underline: 'solid',
    legend: [{ label: 'Kosovo', swatch: 'fill', color: COLORS.kosovo }],
    layers: [
      { id: 'kosovo-fill', type: 'fill', source: 'kosovo', paint: { 'fill-color': COLORS.kosovo } },
      {
        id: 'kosovo-line',
        type: 'line',
        source: 'kosovo',
        paint: { 'line-color': COLORS.countryLine, 'line-width': 1.2 },
      },
    ],
  },
  kosovoMunicipalities: {
    color: COLORS.municipalityLine,
    underline: 'solid',
    legend: [{ label: 'Municipal boundary', swatch: 'line', color: COLORS.municipalityLine }],
    layers: [
      {
        id: 'kosovo-municipalities-fill',
        type: 'fill',
        source: 'kosovoMunicipalities',
        paint: { 'fill-color': COLORS.kosovo, 'fill-opacity': whenSelected(0.6, 0.3, 0) },
      },
      {
        id: 'kosovo-municipalities-line',
        type: 'line',
        source: 'kosovoMunicipalities',
        paint: {
          'line-color': whenSelected(COLORS.selection, COLORS.countryLine, COLORS.municipalityLine),
          'line-width': whenSelected(3, 1.5, 0.8),
        },
      },
      {
        id: 'kosovo-municipalities-label',
        type: 'symbol',
        source: 'kosovoMunicipalities-labels',
        minzoom: 8.5,
        layout: { 'text-field': BILINGUAL_LABEL, 'text-font': FONT, 'text-size': 11 },
        paint: { ...labelPaint, 'text-color': '#6b655b' },
      },
    ],
  },
  rivers: {
    color: COLORS.water,
    underline: 'solid',
    legend: [{ label: 'River (EU-Hydro)', swatch: 'line', color: COLORS.water }],
    layers: [
      {
        id: 'rivers-line',
        type: 'line',
        source: 'rivers',
        paint: {
          'line-color': COLORS.water,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 3],
        },
      },
      {
        id: 'rivers-label',
        type: 'symbol',
        source: 'rivers',
        minzoom: 10,
        layout: {
          'symbol-placement': 'line',
          'text-field': BILINGUAL_LABEL,
          'text-font': FONT,
          'text-size': 11,
        },
        paint: { 'text-color': '#1f5f99', 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 },
      },
    ],
  },
  northKosovo: {
    color: COLORS.northKosovo,
    underline: 'double',
    legend: [
      { label: 'Northern Kosovo (the four municipalities)', swatch: 'line', color: COLORS.northKosovo },
    ],
    layers: [
      {
        id: 'north-kosovo-fill',
        type: 'fill',
        source: 'northKosovo',
        paint: { 'fill-color': COLORS.northKosovo, 'fill-opacity': whenSelected(0.16, 0.12, 0.05) },
      },
      {
        id: 'north-kosovo-line',
        type: 'line',
        source: 'northKosovo',
        paint: {
          'line-color': COLORS.northKosovo,
          'line-width': whenSelected(6, 5, 3.5),
          'line-opacity': 0.85,
        },
      },
    ],
  },
  municipalities: {
    color: COLORS.municipalities,
    underline: 'solid',
    legend: [
      { label: 'Serb-majority municipality', swatch: 'fill', color: COLORS.municipalities, fillOpacity: 0.3 },
    ],
    layers: [
      {
        id: 'municipalities-fill',
        type: 'fill',
        source: 'municipalities',
        paint: { 'fill-color': COLORS.municipalities, 'fill-opacity': whenSelected(0.42, 0.34, 0.2) },
      },
      {
        id: 'municipalities-line',
        type: 'line',
        source: 'municipalities',
        paint: {
          'line-color': whenSelected(COLORS.selection, COLORS.municipalities, COLORS.municipalities),
          'line-width': whenSelected(3.5, 2.5, 1.5),
        },
      },
      {
        id: 'municipalities-label',
        type: 'symbol',
        source: 'municipalities-labels',
        minzoom: 8,
        layout: { 'text-field': BILINGUAL_LABEL, 'text-font': FONT, 'text-size': 13 },
        paint: { ...labelPaint, 'text-color': '#00513c' },
      },
    ],
  },
  monastery: {
    color: COLORS.monastery,
    underline: 'dotted',
    legend: [
      {
        label: 'Banjska attack and siege area (approximate)',
        swatch: 'fill',
        color: COLORS.monastery,
        fillOpacity: 0.35,
      },
      { label: 'Banjska monastery', swatch: 'point', color: COLORS.monastery },
    ],
    layers: [
      {
        id: 'monastery-area-fill',
        type: 'fill',
        source: 'monastery',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': COLORS.monastery, 'fill-opacity': whenSelected(0.5, 0.45, 0.32) },
      },
      {
        id: 'monastery-area-line',
        type: 'line',
        source: 'monastery',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: {
          'line-color': whenSelected(COLORS.selection, '#8e3f6e', '#8e3f6e'),
          'line-width': whenSelected(3, 2.5, 1.5),
          'line-dasharray': [1, 1.5],
        },
      },
    ],
  },
  border: {
    color: COLORS.border,
    underline: 'dashed',
    legend: [
      {
        label: 'Kosovo–Serbia border (Serbia: administrative line)',
        swatch: 'dashed-line',
        color: COLORS.border,
      },
    ],
    layers: [
      {
        id: 'border-casing',
        type: 'line',
        source: 'border',
        paint: {
          'line-color': whenSelected(COLORS.selection, '#ffffff', '#ffffff'),
          'line-width': whenSelected(9, 8, 6),
        },
      },
      {
        id: 'border-line',
        type: 'line',
        source: 'border',
        paint: {
          'line-color': COLORS.border,
          'line-width': whenSelected(4.5, 4, 3),
          'line-dasharray': [3, 1.2],
        },
      },
    ],
  },
  places: {
    color: COLORS.label,
    underline: 'solid',
    legend: [{ label: 'Town or village (GeoNames, cited points)', swatch: 'point', color: '#4a4a4a' }],
    layers: [
      {
        id: 'places-circle',
        type: 'circle',
        source: 'places',
        filter: ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 10.5]],
        paint: {
          'circle-radius': ['case', ['<=', ['get', 'rank'], 1], 4, 2.5],
          'circle-color': '#4a4a4a',
          'circle-stroke-color': '#fff',
          'circle-stroke-width': whenSelected(3, 2, 1),
        },
      },
      {
        id: 'places-label',
        type: 'symbol',
        source: 'places',
        filter: [
          'any',
          ['<=', ['get', 'rank'], 1],
          ['all', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 10]],
          ['>=', ['zoom'], 11.5],
        ],
        layout: {
          'text-field': BILINGUAL_LABEL,
          'text-font': FONT,
          'text-size': ['case', ['<=', ['get', 'rank'], 1], 13, 11],
          'text-anchor': 'left',
          'text-offset': [0.6, 0],
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: labelPaint,
      },
    ],
  },
  crossings: {
    color: COLORS.crossing,
    underline: 'dashed',
    legend: [{ label: 'Border crossing (approximate position)', swatch: 'point', color: COLORS.crossing }],
    layers: [
      {
        id: 'crossings-circle',
        type: 'circle',
        source: 'crossings',
        paint: {
          'circle-radius': whenSelected(8, 7, 6),
          'circle-color': '#ffffff',
          'circle-stroke-color': COLORS.crossing,
          'circle-stroke-width': 3,
        },
      },
      {
        id: 'crossings-label',
        type: 'symbol',
        source: 'crossings',
        minzoom: 8.5,
        layout: {
          'text-field': ['concat', ['get', 'name_en'], ' (approx.)'],
          'text-font': FONT,
          'text-size': 11,
          'text-anchor': 'right',
          'text-offset': [-0.9, 0],
        },
        paint: { ...labelPaint, 'text-color': '#8a3a00' },
      },
    ],
  },
};

/** Monastery point drawn above everything, so it stays clickable inside its area. */
const MONASTERY_POINT_LAYERS: LayerSpecification[] = [
  {
    id: 'monastery-point',
    type: 'circle',
    source: 'monastery',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': whenSelected(9, 8, 7),
      'circle-color': COLORS.monastery,
      'circle-stroke-color': '#3d1230',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'monastery-label',
    type: 'symbol',
    source: 'monastery',
    filter: ['==', ['geometry-type'], 'Point'],
    minzoom: 9,
    layout: {
      'text-field': BILINGUAL_LABEL,
      'text-font': FONT,
      'text-size': 13,
      'text-anchor': 'left',
      'text-offset': [1, 0],
    },
    paint: { ...labelPaint, 'text-color': '#6b1f52' },
  },
];

/** Drawing order, bottom to top. */
export const DRAW_ORDER: LayerId[] = [
  'countries',
  'kosovo',
  'kosovoMunicipalities',
  'municipalities',
  'northKosovo',
  'rivers',
  'monastery',
  'border',
  'crossings',
  'places',
];

/** Which app layer each style layer belongs to (for toggling), and which ones answer clicks. */
export const STYLE_LAYER_OWNER: Record<string, LayerId> = Object.fromEntries([
  ...DRAW_ORDER.flatMap((id) => LAYER_STYLES[id].layers.map((l) => [l.id, id] as const)),
  ...MONASTERY_POINT_LAYERS.map((l) => [l.id, 'monastery'] as const),
]);

/** Clickable style layers, most specific first: a click picks the first feature found in this order. */
export const INTERACTIVE_LAYERS = [
  'monastery-point',
  'crossings-circle',
  'places-circle',
  'monastery-area-fill',
  'border-line',
  'municipalities-fill',
  'north-kosovo-line',
  'north-kosovo-fill',
  'rivers-line',
  'kosovo-municipalities-fill',
];

export type MapSources = Record<string, FeatureCollection>;

/** The whole style for the given sources (flattened features, see mapData.ts). */
export function buildMapStyle(sources: MapSources, visible: ReadonlySet<LayerId>): StyleSpecification {
  const background: LayerSpecification = {
    id: 'background',
    type: 'background',
    paint: { 'background-color': COLORS.land },
  };
  const layers: LayerSpecification[] = [
    background,
    ...DRAW_ORDER.flatMap((id) => LAYER_STYLES[id].layers),
    ...MONASTERY_POINT_LAYERS,
  ]
    .filter((l) => l.type === 'background' || ('source' in l && l.source in sources))
    .map((l) => {
      const owner = STYLE_LAYER_OWNER[l.id];
      if (!owner) return l;
      return {
        ...l,
        layout: { ...('layout' in l ? l.layout : {}), visibility: visible.has(owner) ? 'visible' : 'none' },
      } as LayerSpecification;
    });
  const styleSources: Record<string, GeoJSONSourceSpecification> = Object.fromEntries(
    Object.entries(sources).map(([name, data]) => [name, { type: 'geojson', data, promoteId: 'id' }]),
  );
  return { version: 8, name: 'Situation Viewer (offline)', sources: styleSources, layers };
}
