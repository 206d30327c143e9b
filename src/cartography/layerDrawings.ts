// How each kind of layer is drawn, by its role in the story: a style template per (kind, role) pair,
// typed so that every pair has one. A layer's style layers are named `<prefix>-<part>` and read its
// source (`source`) and its label source (`labels`: the label points, or the features themselves).
// Legend wording here is the default; a story may word it for its readers (story.json).
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { LayerKind } from '../domain/schema';
import type { LayerRole } from '../story/schema';
import { COLORS } from './palette';
import {
  BILINGUAL_LABEL,
  FONT,
  SEAT_LABEL_ZOOM,
  whenSelected,
  type LayerStyle,
  type PickMetadata,
} from './mapStyle';

export interface DrawingTarget {
  /** Prefix of the style layers' ids. */
  prefix: string;
  /** The layer's source. */
  source: string;
  /** Where its labels are drawn from: `<source>-labels` (label points) or the source itself. */
  labels: string;
}
export type Drawing = (target: DrawingTarget) => LayerStyle;

const outline = { pick: 'none' } satisfies PickMetadata;
const labelPaint = { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 };

/** Upper-case, letter-spaced names of countries and territories at low zoom. */
const countryLabelLayout: SymbolLayerSpecification['layout'] = {
  'text-field': ['get', 'name_en'],
  'text-font': FONT,
  'text-size': 15,
  'text-letter-spacing': 0.15,
  'text-transform': 'uppercase',
};

const country: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.countryLine,
  underline: 'solid',
  legend: [{ label: 'Country boundary', swatch: 'line', color: COLORS.countryLine }],
  layers: [
    {
      id: `${prefix}-fill`,
      type: 'fill',
      source,
      paint: { 'fill-color': whenSelected('#e4ddd0', '#ebe5da', COLORS.land) },
    },
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      metadata: outline,
      paint: { 'line-color': COLORS.countryLine, 'line-width': whenSelected(3, 1.5, 1) },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      layout: countryLabelLayout,
      paint: { ...labelPaint, 'text-color': '#5e584f' },
    },
  ],
});

const territory: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.countryLine,
  underline: 'solid',
  legend: [{ label: 'Territory', swatch: 'fill', color: COLORS.kosovo }],
  layers: [
    { id: `${prefix}-fill`, type: 'fill', source, paint: { 'fill-color': COLORS.kosovo } },
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      metadata: outline,
      paint: { 'line-color': COLORS.countryLine, 'line-width': whenSelected(3, 1.8, 1.2) },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      // Like its neighbours at low zoom; the four municipalities take over from zoom 8.
      maxzoom: 8,
      layout: countryLabelLayout,
      paint: { ...labelPaint, 'text-color': '#5e584f' },
    },
  ],
});

const contextMunicipality: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.municipalityLine,
  underline: 'solid',
  legend: [{ label: 'Municipal boundary', swatch: 'line', color: COLORS.municipalityLine }],
  layers: [
    {
      id: `${prefix}-fill`,
      type: 'fill',
      source,
      paint: { 'fill-color': COLORS.kosovo, 'fill-opacity': whenSelected(0.6, 0.3, 0) },
    },
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      metadata: outline,
      paint: {
        'line-color': whenSelected(COLORS.selection, COLORS.countryLine, COLORS.municipalityLine),
        'line-width': whenSelected(3, 1.5, 0.8),
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      minzoom: 8.5,
      layout: { 'text-field': BILINGUAL_LABEL, 'text-font': FONT, 'text-size': 12 },
      paint: { ...labelPaint, 'text-color': '#6b655b' },
    },
  ],
});

const river: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.water,
  underline: 'solid',
  legend: [{ label: 'River (EU-Hydro)', swatch: 'line', color: COLORS.water }],
  layers: [
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      paint: {
        'line-color': whenSelected('#1f5f99', '#3d7fbf', COLORS.water),
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 3],
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
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
});

const region: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.region,
  underline: 'double',
  legend: [{ label: 'Region', swatch: 'line', color: COLORS.region }],
  layers: [
    {
      id: `${prefix}-fill`,
      type: 'fill',
      source,
      paint: { 'fill-color': COLORS.region, 'fill-opacity': whenSelected(0.16, 0.12, 0.05) },
    },
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      // The thick outline is how a reader points at the region: it answers as a line.
      metadata: { pick: 'line' } satisfies PickMetadata,
      paint: {
        'line-color': COLORS.region,
        'line-width': whenSelected(6, 5, 3.5),
        'line-opacity': 0.85,
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
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
});

const situationMunicipality: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.situationArea,
  underline: 'solid',
  legend: [
    { label: 'Serb-majority municipality', swatch: 'fill', color: COLORS.situationArea, fillOpacity: 0.3 },
  ],
  layers: [
    {
      id: `${prefix}-fill`,
      type: 'fill',
      source,
      paint: { 'fill-color': COLORS.situationArea, 'fill-opacity': whenSelected(0.42, 0.34, 0.2) },
    },
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      metadata: outline,
      paint: {
        'line-color': whenSelected(COLORS.selection, COLORS.situationArea, COLORS.situationArea),
        'line-width': whenSelected(3.5, 2.5, 1.5),
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
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
});

const incidentArea: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.incident,
  underline: 'dotted',
  legend: [
    {
      label: 'Incident area (approximate)',
      swatch: 'fill',
      color: COLORS.incident,
      fillOpacity: 0.35,
    },
    { label: 'Place of the incident', swatch: 'point', color: COLORS.incident },
  ],
  layers: [
    {
      id: `${prefix}-area-fill`,
      type: 'fill',
      source,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': COLORS.incident, 'fill-opacity': whenSelected(0.5, 0.45, 0.32) },
    },
    {
      id: `${prefix}-area-line`,
      type: 'line',
      source,
      filter: ['==', ['geometry-type'], 'Polygon'],
      metadata: outline,
      paint: {
        'line-color': whenSelected(COLORS.selection, '#8e3f6e', '#8e3f6e'),
        'line-width': whenSelected(3, 2.5, 1.5),
        'line-dasharray': [1, 1.5],
      },
    },
    {
      id: `${prefix}-point`,
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': whenSelected(9, 8, 7),
        'circle-color': COLORS.incident,
        'circle-stroke-color': '#3d1230',
        'circle-stroke-width': 2,
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
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
});

const boundaryLine: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.boundaryLine,
  underline: 'dashed',
  legend: [
    {
      label: 'Border line',
      swatch: 'dashed-line',
      color: COLORS.boundaryLine,
    },
  ],
  layers: [
    {
      id: `${prefix}-casing`,
      type: 'line',
      source,
      paint: {
        'line-color': whenSelected(COLORS.selection, '#ffffff', '#ffffff'),
        'line-width': whenSelected(9, 8, 6),
      },
    },
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      paint: {
        'line-color': COLORS.boundaryLine,
        'line-width': whenSelected(4.5, 4, 3),
        'line-dasharray': [3, 1.2],
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
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
});

const settlement: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.label,
  underline: 'solid',
  legend: [{ label: 'Town or village (GeoNames, cited points)', swatch: 'point', color: '#4a4a4a' }],
  layers: [
    {
      id: `${prefix}-circle`,
      type: 'circle',
      source,
      filter: ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 10.5]],
      paint: {
        'circle-radius': ['case', ['<=', ['get', 'rank'], 1], 4, 2.5],
        'circle-color': '#4a4a4a',
        'circle-stroke-color': '#fff',
        'circle-stroke-width': whenSelected(3, 2, 1),
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
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
});

const crossing: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.crossing,
  underline: 'dashed',
  legend: [{ label: 'Border crossing (approximate position)', swatch: 'point', color: COLORS.crossing }],
  layers: [
    {
      id: `${prefix}-circle`,
      type: 'circle',
      source,
      paint: {
        'circle-radius': whenSelected(8, 7, 6),
        'circle-color': '#ffffff',
        'circle-stroke-color': COLORS.crossing,
        'circle-stroke-width': 3,
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
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
});

/**
 * A place a story's links name that no shipped layer has (stories/<slug>/places.geojson, written by
 * `npm run story -- new` from the gazetteer): a point and its names.
 */
const mentionedPlace: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.mentioned,
  underline: 'wavy',
  legend: [
    { label: 'Place named in the article (gazetteer point)', swatch: 'point', color: COLORS.mentioned },
  ],
  layers: [
    {
      id: `${prefix}-circle`,
      type: 'circle',
      source,
      paint: {
        'circle-radius': whenSelected(8, 7, 5),
        'circle-color': COLORS.mentioned,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      layout: {
        'text-field': BILINGUAL_LABEL,
        'text-font': FONT,
        'text-size': 12,
        'text-anchor': 'left',
        'text-offset': [0.7, 0],
      },
      paint: { ...labelPaint, 'text-color': '#6b4500' },
    },
  ],
  labelPriority: 1,
});

/** A derived zone (the 1999 Ground Safety Zone): a light fill and a dashed outline, named along it. */
const zone: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.zone,
  underline: 'dashed',
  legend: [{ label: 'Zone (derived)', swatch: 'fill', color: COLORS.zone, fillOpacity: 0.15 }],
  layers: [
    {
      id: `${prefix}-fill`,
      type: 'fill',
      source,
      paint: { 'fill-color': COLORS.zone, 'fill-opacity': whenSelected(0.3, 0.22, 0.12) },
    },
    {
      id: `${prefix}-line`,
      type: 'line',
      source,
      metadata: outline,
      paint: { 'line-color': COLORS.zone, 'line-width': whenSelected(2.5, 2, 1.2), 'line-dasharray': [2, 2] },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      minzoom: 8,
      layout: {
        'text-field': ['get', 'name_en'],
        'text-font': FONT,
        'text-size': 11,
        'text-letter-spacing': 0.05,
      },
      paint: { ...labelPaint, 'text-color': '#4d3866' },
    },
  ],
  labelPriority: -2,
});

/** Single points a reader looks for: a lake (no outline), a bridge. Blue for water, dark for the rest. */
const landmark: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.water,
  underline: 'solid',
  legend: [
    { label: 'Lake (point; outline not drawn)', swatch: 'point', color: COLORS.water },
    { label: 'Landmark', swatch: 'point', color: COLORS.label },
  ],
  layers: [
    {
      id: `${prefix}-circle`,
      type: 'circle',
      source,
      paint: {
        'circle-radius': whenSelected(8, 7, 5.5),
        'circle-color': ['match', ['get', 'kind'], 'lake', COLORS.water, COLORS.label],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      minzoom: 9,
      layout: {
        'text-field': BILINGUAL_LABEL,
        'text-font': FONT,
        'text-size': 12,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
      },
      paint: {
        ...labelPaint,
        'text-color': ['match', ['get', 'kind'], 'lake', '#1f5f99', COLORS.label],
      },
    },
  ],
});

/** Railway stations: small dark squares-in-circles from zoom 10, named from 11. */
const stationPoint: Drawing = ({ prefix, source, labels }) => ({
  color: COLORS.rail,
  underline: 'solid',
  legend: [{ label: 'Railway station (OSM; track not drawn)', swatch: 'point', color: COLORS.rail }],
  layers: [
    {
      id: `${prefix}-circle`,
      type: 'circle',
      source,
      minzoom: 9.5,
      paint: {
        'circle-radius': whenSelected(6, 5, 3.5),
        'circle-color': '#ffffff',
        'circle-stroke-color': COLORS.rail,
        'circle-stroke-width': 2,
      },
    },
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      minzoom: 11,
      layout: {
        'text-field': BILINGUAL_LABEL,
        'text-font': FONT,
        'text-size': 11,
        'text-anchor': 'right',
        'text-offset': [-0.8, 0],
      },
      paint: { ...labelPaint, 'text-color': COLORS.rail },
    },
  ],
  labelPriority: -1,
});

/** Names of mountains, ranges, peaks and passes: brown, spaced, no symbol (they hint at the terrain). */
const terrain: Drawing = ({ prefix, labels }) => ({
  color: COLORS.terrain,
  underline: 'solid',
  legend: [{ label: 'Mountain, peak or pass (name only)', swatch: 'point', color: COLORS.terrain }],
  layers: [
    {
      id: `${prefix}-label`,
      type: 'symbol',
      source: labels,
      minzoom: 9.5,
      filter: ['any', ['<=', ['get', 'rank'], 3], ['>=', ['zoom'], 11]],
      layout: {
        'text-field': BILINGUAL_LABEL,
        'text-font': FONT,
        'text-size': ['case', ['<=', ['get', 'rank'], 3], 12, 11],
        'text-letter-spacing': 0.12,
      },
      paint: { ...labelPaint, 'text-color': COLORS.terrain },
    },
  ],
  labelPriority: -3,
});

type DrawingKey = `${LayerKind}/${LayerRole}`;

/**
 * Every (kind, role) pair has a drawing: the compiler holds it. Where the role changes nothing the
 * same drawing serves both; municipalities differ (the story's are filled and named, the others are
 * pale outlines named from zoom 8.5).
 */
export const DRAWINGS: Record<DrawingKey, Drawing> = {
  'boundary-line/situation': boundaryLine,
  'boundary-line/context': boundaryLine,
  'region/situation': region,
  'region/context': region,
  'municipality/situation': situationMunicipality,
  'municipality/context': contextMunicipality,
  'incident-area/situation': incidentArea,
  'incident-area/context': incidentArea,
  'country/situation': country,
  'country/context': country,
  'territory/situation': territory,
  'territory/context': territory,
  'river/situation': river,
  'river/context': river,
  'settlement/situation': settlement,
  'settlement/context': settlement,
  'crossing/situation': crossing,
  'crossing/context': crossing,
  'mentioned-place/situation': mentionedPlace,
  'mentioned-place/context': mentionedPlace,
  'zone/situation': zone,
  'zone/context': zone,
  'landmark/situation': landmark,
  'landmark/context': landmark,
  'station-point/situation': stationPoint,
  'station-point/context': stationPoint,
  'terrain/situation': terrain,
  'terrain/context': terrain,
};

export function drawingOf(kind: LayerKind, role: LayerRole): Drawing {
  return DRAWINGS[`${kind}/${role}`];
}
