// Turning validated layer files into what the map draws: flat properties (the style reads
// name_sq / name_sr / name_en, rank, kind), and label points for areas (computed by the pipeline).
import type { FeatureCollection } from 'geojson';
import type { SituationFeature } from '../data/schema';
import type { LayerId } from '../data/layers';
import type { LoadedLayers } from '../data/featureIndex';
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
          geometry: { type: 'Point', coordinates: f.properties.labelPoint },
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
