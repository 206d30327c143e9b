// Reads the layer files the app ships (public/data/), through the same schema the app uses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { layerFileSchema, type SituationFeature } from '../../../src/data/schema';
import { LAYERS, type LayerId } from '../../../src/data/layers';

export const DATA_DIR = resolve(import.meta.dirname, '../../../public/data');

export function shippedLayer(id: LayerId): SituationFeature[] {
  const text = readFileSync(resolve(DATA_DIR, LAYERS[id].file), 'utf8');
  return layerFileSchema.parse(JSON.parse(text)).features;
}

export function shippedFeature(id: LayerId, featureId: string): SituationFeature {
  const found = shippedLayer(id).find((f) => f.properties.id === featureId);
  if (!found) throw new Error(`${id} has no feature ${featureId}`);
  return found;
}

export const asArea = (f: SituationFeature) => f as unknown as Feature<Polygon | MultiPolygon>;
