// Turning validated layer files into what the map draws: flat properties (the style reads label1 and
// label2, the names in the reader's order, name_en, rank, kind, seat), and label points.
import * as turf from '@turf/turf';
import type { FeatureCollection, Position } from 'geojson';
import type { SituationFeature } from '../domain/schema.ts';
import type { LoadedLayers } from '../domain/featureIndex.ts';
import { orderedStyleLayers, type MapSources, type StyledLayer } from './mapStyle.ts';
import { namesInOrder, type NameOrder, type NameRules } from '../domain/names.ts';

export interface MapFeatureProperties {
  id: string;
  kind: string;
  rank: number;
  precision: string;
  name_en: string;
  /** The label: the first name in the reader's order, and the second (drawn smaller) when there is one. */
  label1: string;
  label2?: string;
  /** A town that gives its name to a municipality (labelled once, see places-label). */
  seat?: boolean;
}

function flatProperties(f: SituationFeature, order: NameOrder, rules: NameRules): MapFeatureProperties {
  const { id, kind, rank, precision, name } = f.properties;
  const [label1, label2] = namesInOrder(f.properties, order, rules);
  return {
    id,
    kind,
    rank,
    precision,
    label1,
    ...(label2 ? { label2 } : {}),
    name_en: name.en,
  };
}

/** A long line is labelled every this many km, so a label falls in any view of it. */
const LINE_LABEL_SPACING_KM = 90;

/**
 * Where a feature's name may be drawn: its label point (inside an area, on a line), and for a long
 * line also points along it (MapLibre draws those that fit; a line label along the wiggling border
 * found no straight stretch long enough at the zooms that show the whole line).
 */
function labelPointsOf(f: SituationFeature): Position[] {
  if (f.geometry.type !== 'LineString' || !f.properties.lengthKm) return [f.properties.labelPoint];
  const line = turf.lineString(f.geometry.coordinates);
  const n = Math.floor(f.properties.lengthKm / LINE_LABEL_SPACING_KM);
  return Array.from(
    { length: n },
    (_, i) =>
      turf.along(line, (i + 0.5) * LINE_LABEL_SPACING_KM, { units: 'kilometers' }).geometry.coordinates,
  );
}

/** Names of every municipality loaded, to tell which towns are municipal seats. */
function municipalityNames(layers: LoadedLayers): Set<string> {
  const names = new Set<string>();
  for (const load of Object.values(layers)) {
    if (load.status !== 'ok') continue;
    for (const f of load.features) if (f.properties.kind === 'municipality') names.add(f.properties.name.en);
  }
  return names;
}

/**
 * One GeoJSON source per loaded (or still loading) layer, and where the style asks for it a `<layer>-labels` source of
 * its features' label points (computed by the pipeline: inside areas, on lines).
 */
export function toMapSources(
  layers: LoadedLayers,
  styled: readonly StyledLayer[],
  order: NameOrder,
  /** The story's region's name rules (regions/<id>.json, `names`). */
  rules: NameRules,
): MapSources {
  const sources: MapSources = {};
  const seats = municipalityNames(layers);
  const labelSources = new Set(orderedStyleLayers(styled).map((l) => ('source' in l ? l.source : '')));
  for (const [id, load] of Object.entries(layers)) {
    if (load.status === 'error') continue;
    // Still loading: empty sources, so the style has its layers and the data arrives by setData.
    const features = load.status === 'ok' ? load.features : [];
    const properties = (f: SituationFeature): MapFeatureProperties => ({
      ...flatProperties(f, order, rules),
      ...(f.properties.kind === 'town' && seats.has(f.properties.name.en) ? { seat: true } : {}),
    });
    sources[id] = {
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: properties(f),
      })),
    };
    if (labelSources.has(`${id}-labels`)) {
      sources[`${id}-labels`] = {
        type: 'FeatureCollection',
        features: features.flatMap((f) =>
          labelPointsOf(f).map((coordinates) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates },
            properties: properties(f),
          })),
        ),
      } as FeatureCollection;
    }
  }
  return sources;
}
