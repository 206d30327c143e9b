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
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LayerId } from '../data/layers';
import { COLORS } from './palette';
import type { PickKind } from './pick';

export const FONT = ['sans-serif'];

export interface LegendEntry {
  label: string;
  /** How the swatch is drawn: a line (solid or dashed), a filled area, or a point. */
  swatch: 'line' | 'dashed-line' | 'fill' | 'point';
  color: string;
  fillOpacity?: number;
}

/**
 * How a style layer answers a click (src/map/pick.ts), kept in the layer's `metadata` (part of the
 * style spec). By default it follows the layer's type: fill → area, line → line, circle → point,
 * symbol → label. 'none': outlines of areas (the area answers) and casings.
 */
export type PickMetadata = { pick?: PickKind | 'none' };

export function pickKindOf(layer: LayerSpecification): PickKind | null {
  const explicit = (layer.metadata as PickMetadata | undefined)?.pick;
  if (explicit) return explicit === 'none' ? null : explicit;
  const byType: Partial<Record<LayerSpecification['type'], PickKind>> = {
    fill: 'area',
    line: 'line',
    circle: 'point',
    symbol: 'label',
  };
  return byType[layer.type] ?? null;
}

const outline = { pick: 'none' } satisfies PickMetadata;

export interface LayerStyle {
  /** The colour that stands for this layer in the article's highlights and the feature list. */
  color: string;
  /** How the article underlines phrases linked to this layer: a second cue besides colour. */
  underline: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
  /** Which layer's labels MapLibre places first when labels compete for room: highest first (default 0). */
  labelPriority?: number;
  legend: LegendEntry[];
  layers: LayerSpecification[];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const whenSelected = <T>(on: T, hover: T, off: T) =>
  ['case', selected, on, hovered, hover, off] as unknown as DataDrivenPropertyValueSpecification<T>;

/**
 * The first name in the reader's order over the second, smaller; one line when there is one form
 * (mapData.ts puts the names in order, src/ui/names.ts decides it).
 */
export const BILINGUAL_LABEL: ExpressionSpecification = [
  'case',
  ['has', 'label2'],
  ['format', ['get', 'label1'], {}, '\n', {}, ['get', 'label2'], { 'font-scale': 0.85 }],
  ['get', 'label1'],
];

/** Below this zoom a municipality's label names it; above, its seat town's label does. */
export const SEAT_LABEL_ZOOM = 11;

const labelPaint = { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 };

/** Upper-case, letter-spaced names of countries and territories at low zoom. */
const countryLabelLayout: SymbolLayerSpecification['layout'] = {
  'text-field': ['get', 'name_en'],
  'text-font': FONT,
  'text-size': 15,
  'text-letter-spacing': 0.15,
  'text-transform': 'uppercase',
};

export const LAYER_STYLES: Record<LayerId, LayerStyle> = {
  countries: {
    color: COLORS.countryLine,
    underline: 'solid',
    legend: [{ label: 'Country boundary', swatch: 'line', color: COLORS.countryLine }],
    layers: [
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': whenSelected('#e4ddd0', '#ebe5da', COLORS.land) },
      },
      {
        id: 'countries-line',
        type: 'line',
        source: 'countries',
        metadata: outline,
        paint: { 'line-color': COLORS.countryLine, 'line-width': whenSelected(3, 1.5, 1) },
      },
      {
        id: 'countries-label',
        type: 'symbol',
        source: 'countries-labels',
        layout: countryLabelLayout,
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
        metadata: outline,
        paint: { 'line-color': COLORS.countryLine, 'line-width': whenSelected(3, 1.8, 1.2) },
      },
      {
        id: 'kosovo-label',
        type: 'symbol',
        source: 'kosovo-labels',
        // Like its neighbours at low zoom; the four municipalities take over from zoom 8.
        maxzoom: 8,
        layout: countryLabelLayout,
        paint: { ...labelPaint, 'text-color': '#5e584f' },
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
        metadata: outline,
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
        layout: { 'text-field': BILINGUAL_LABEL, 'text-font': FONT, 'text-size': 12 },
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
          'line-color': whenSelected('#1f5f99', '#3d7fbf', COLORS.water),
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
          'text-size': 12,
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
        // The thick outline is how a reader points at the region: it answers as a line.
        metadata: { pick: 'line' } satisfies PickMetadata,
        paint: {
          'line-color': COLORS.northKosovo,
          'line-width': whenSelected(6, 5, 3.5),
          'line-opacity': 0.85,
        },
      },
      {
        id: 'north-kosovo-label',
        type: 'symbol',
        source: 'northKosovo-labels',
        layout: {
          'text-field': ['get', 'name_en'],
          'text-font': FONT,
          'text-size': 12,
          'text-letter-spacing': 0.1,
          'text-transform': 'uppercase',
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 1.2,
        },
        paint: { ...labelPaint, 'text-color': '#00477a' },
      },
    ],
    labelPriority: 2,
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
        metadata: outline,
        paint: {
          'line-color': whenSelected(COLORS.selection, COLORS.municipalities, COLORS.municipalities),
          'line-width': whenSelected(3.5, 2.5, 1.5),
        },
      },
      {
        id: 'municipalities-label',
        type: 'symbol',
        source: 'municipalities-labels',
        // Above zoom 11 the seat towns carry the same names (see places-label).
        minzoom: 7,
        maxzoom: SEAT_LABEL_ZOOM,
        layout: {
          'text-field': BILINGUAL_LABEL,
          'text-font': FONT,
          'text-size': 13,
          'text-padding': 1,
          // Zvečan's label point is next to the monastery: the name may stand beside its point.
          'text-variable-anchor': ['center', 'bottom', 'top', 'right', 'left'],
          'text-radial-offset': 0.9,
        },
        paint: { ...labelPaint, 'text-color': '#00513c' },
      },
    ],
    labelPriority: 3,
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
        metadata: outline,
        paint: {
          'line-color': whenSelected(COLORS.selection, '#8e3f6e', '#8e3f6e'),
          'line-width': whenSelected(3, 2.5, 1.5),
          'line-dasharray': [1, 1.5],
        },
      },
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
        layout: {
          'text-field': BILINGUAL_LABEL,
          'text-font': FONT,
          'text-size': 13,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 1,
        },
        paint: { ...labelPaint, 'text-color': '#6b1f52' },
      },
    ],
    // A point with a long name in the middle of Zvečan: placed before the municipalities' names,
    // which can then stand beside their points.
    labelPriority: 4,
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
      {
        id: 'border-label',
        type: 'symbol',
        source: 'border-labels',
        layout: {
          'text-field': ['get', 'name_en'],
          'text-font': FONT,
          'text-size': 12,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.9,
        },
        paint: { ...labelPaint, 'text-color': '#8a3a00' },
      },
    ],
    // Repeated along the line: placed after every other name, in the room they leave.
    labelPriority: -1,
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
          'all',
          // A town that gives its name to a municipality is labelled once: by the municipality's
          // label below SEAT_LABEL_ZOOM, by its own above.
          ['any', ['!=', ['get', 'seat'], true], ['>=', ['zoom'], SEAT_LABEL_ZOOM]],
          [
            'any',
            ['<=', ['get', 'rank'], 1],
            ['all', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 10]],
            ['>=', ['zoom'], 11.5],
          ],
        ],
        layout: {
          'text-field': BILINGUAL_LABEL,
          'text-font': FONT,
          'text-size': ['case', ['<=', ['get', 'rank'], 1], 13, 12],
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
          // 12 px and a little spacing: at 11 px and device pixel ratio 1, "rn" ran into "m".
          'text-size': 12,
          'text-letter-spacing': 0.04,
          'text-anchor': 'right',
          'text-offset': [-0.9, 0],
        },
        paint: { ...labelPaint, 'text-color': '#8a3a00' },
      },
    ],
  },
};

/** Geometry drawing order, bottom to top; every layer of the app once (a unit test holds it). */
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

/**
 * The style's layers in drawing order: areas and lines by DRAW_ORDER, then points (so a point is never
 * under an area), then labels by priority, the highest last: MapLibre places the top layer's first.
 */
export function orderedStyleLayers(): LayerSpecification[] {
  const all = DRAW_ORDER.flatMap((id) => LAYER_STYLES[id].layers);
  const priority = (id: LayerId) => LAYER_STYLES[id].labelPriority ?? 0;
  const labelsLast = [...DRAW_ORDER].sort((a, b) => priority(a) - priority(b));
  return [
    ...all.filter((l) => l.type === 'fill' || l.type === 'line'),
    ...all.filter((l) => l.type === 'circle'),
    ...labelsLast.flatMap((id) => LAYER_STYLES[id].layers.filter((l) => l.type === 'symbol')),
  ];
}

/** Which app layer each style layer belongs to (for toggling). */
export const STYLE_LAYER_OWNER: Record<string, LayerId> = Object.fromEntries(
  DRAW_ORDER.flatMap((id) => LAYER_STYLES[id].layers.map((l) => [l.id, id] as const)),
);

/** Style layers that answer clicks, with how (pick.ts): derived from the layers themselves. */
export const PICKABLE_LAYERS: Record<string, PickKind> = Object.fromEntries(
  orderedStyleLayers().flatMap((l) => {
    const kind = pickKindOf(l);
    return kind ? [[l.id, kind] as const] : [];
  }),
);

/**
 * How far the reader can go: the context layers are clipped to this frame (geo/layers/countries.ts,
 * CONTEXT_BBOX 17.5–24 E, 40.5–45.5 N); keeping the view a little inside it hides the clipping edge.
 */
export const MAX_BOUNDS: [number, number, number, number] = [17.6, 40.6, 23.9, 45.4];
export const MIN_ZOOM = 5.5;
export const MAX_ZOOM = 16;

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
    ...orderedStyleLayers()
      .filter((l) => 'source' in l && l.source in sources)
      .map(
        (l) =>
          ({
            ...l,
            layout: {
              ...('layout' in l ? l.layout : {}),
              visibility: visible.has(STYLE_LAYER_OWNER[l.id]) ? 'visible' : 'none',
            },
          }) as LayerSpecification,
      ),
  ];
  const styleSources: Record<string, GeoJSONSourceSpecification> = Object.fromEntries(
    Object.entries(sources).map(([name, data]) => [name, { type: 'geojson', data, promoteId: 'id' }]),
  );
  return { version: 8, name: 'Situation Viewer (offline)', sources: styleSources, layers };
}
