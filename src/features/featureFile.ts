// A feature as shipped, and a layer file as written: coordinates rounded to 5 decimals (≈1.1 m at this
// latitude), repeated vertices dropped, the label point computed from the rounded geometry, validated
// against the app's schema and serialised with a fixed key order, so that two runs give byte-identical
// files. Pure: the pipeline (geo/lib/output.ts writes the files), `story new` and the browser's
// new-story page use it alike.
import type { Geometry, Position } from 'geojson';
import {
  layerFileSchemaFor,
  describeSchemaError,
  type FeatureProperties,
  type SituationFeature,
} from '../domain/schema';
import { labelPoint } from './measure';
import type { Region } from '../region/schema';

const DECIMALS = 5;

export const roundCoordinate = (value: number): number => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = [roundCoordinate(p[0]), roundCoordinate(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

export function roundGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundLine([geometry.coordinates])[0] };
    case 'LineString':
      return { type: 'LineString', coordinates: roundLine(geometry.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map(roundLine) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(roundLine) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(roundLine)) };
    default:
      throw new Error(`unsupported geometry ${geometry.type}`);
  }
}

/** A feature as shipped: geometry rounded, and its label point computed from that geometry. */
export function makeFeature(
  properties: Omit<FeatureProperties, 'labelPoint' | 'facts' | 'country' | 'localLanguage' | 'noteSources'> &
    Partial<Pick<FeatureProperties, 'noteSources'>>,
  geometry: Geometry,
): SituationFeature {
  const rounded = roundGeometry(geometry);
  const [lon, lat] = labelPoint(rounded);
  return {
    type: 'Feature',
    id: properties.id,
    properties: {
      ...properties,
      noteSources: properties.noteSources ?? [],
      labelPoint: [roundCoordinate(lon), roundCoordinate(lat)],
      facts: [], // the distance to the border is added by withBorderDistance once the border exists
      country: null, // set with localLanguage by withPlaceContext
      localLanguage: null,
    },
    geometry: rounded as SituationFeature['geometry'],
  };
}

const PROPERTY_ORDER: (keyof FeatureProperties)[] = [
  'id',
  'name',
  'kind',
  'precision',
  'rank',
  'areaKm2',
  'lengthKm',
  'labelPoint',
  'facts',
  'country',
  'localLanguage',
  'derivation',
  'note',
  'noteSources',
  'sources',
];

/**
 * One feature per line: diffs of the committed files stay readable. Validated with the region's
 * languages (every name has each, a form or null).
 */
export function serializeLayer(features: SituationFeature[], region: Region): string {
  const schema = layerFileSchemaFor(region.names.languages.map((l) => l.tag));
  const parsed = schema.safeParse({ type: 'FeatureCollection', features });
  if (!parsed.success) throw new Error(`layer fails its schema: ${describeSchemaError(parsed.error)}`);
  return layerText(features);
}

/** The file's text as serializeLayer writes it, without its check (the desk checks with messages). */
export function layerText(features: readonly SituationFeature[]): string {
  const lines = features.map((f) => {
    const properties = Object.fromEntries(PROPERTY_ORDER.map((key) => [key, f.properties[key]]));
    return JSON.stringify({ type: 'Feature', id: f.properties.id, properties, geometry: f.geometry });
  });
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
