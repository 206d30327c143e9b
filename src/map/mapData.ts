// Turning validated layer files into what the map draws: flat properties (the style reads
// name_sq / name_sr / name_en, rank, kind), and label points for polygons.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { SituationFeature } from '../data/schema';
import type { LayerId } from '../data/layers';
import type { LoadedLayers } from '../data/loadLayers';
import { LAYER_IDS } from '../data/layers';
import type { MapSources } from './mapStyle';

export interface MapFeatureProperties {
  id: string;
  kind: string;
  rank: number;
  precision: string;
  name_en: string;
  name_sq?: string;
  name_sr?: string;
}

function flatProperties(f: SituationFeature): MapFeatureProperties {
  const { id, kind, rank, precision, name } = f.properties;
  return {
    id,
    kind,
    rank,
    precision,
    name_en: name.en,
    ...(name.sq ? { name_sq: name.sq } : {}),
    ...(name.sr ? { name_sr: name.sr } : {}),
  };
}

/** A point inside the shape: centre of mass when it falls inside, else turf.pointOnFeature. */
export function labelPoint(f: SituationFeature): Point {
  if (f.geometry.type === 'Point') return f.geometry;
  const shape = f as unknown as Feature<Polygon | MultiPolygon>;
  if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
    const centre = turf.centerOfMass(shape);
    if (turf.booleanPointInPolygon(centre, shape)) return centre.geometry;
  }
  return turf.pointOnFeature(f as unknown as Feature).geometry;
}

export function toMapSources(layers: LoadedLayers): MapSources {
  const sources: MapSources = {};
  for (const id of LAYER_IDS) {
    const load = layers[id];
    if (load.status !== 'ok') continue;
    sources[id] = {
      type: 'FeatureCollection',
      features: load.features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: flatProperties(f),
      })),
    };
    if (id === 'countries' || id === 'municipalities' || id === 'kosovoMunicipalities') {
      sources[`${id}-labels`] = {
        type: 'FeatureCollection',
        features: load.features.map((f) => ({
          type: 'Feature',
          geometry: labelPoint(f),
          properties: flatProperties(f),
        })),
      } as FeatureCollection;
    }
  }
  return sources;
}

export function layerOfSource(source: string): LayerId | undefined {
  return (LAYER_IDS as readonly string[]).includes(source) ? (source as LayerId) : undefined;
}
