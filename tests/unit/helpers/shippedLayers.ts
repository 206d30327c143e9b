// Reads the layer files the app ships (public/data/), through the same schema the app uses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { layerFileSchema, type SituationFeature } from '../../../src/domain/schema';
import { LAYER_REGISTRY, layerDefinition, type LayerId } from '../../../src/cartography/layerRegistry';

export const DATA_DIR = resolve(import.meta.dirname, '../../../public/data');

export function shippedLayer(id: LayerId | string): SituationFeature[] {
  const file = layerDefinition(id)?.file;
  if (!file || file === 'story') throw new Error(`${id} is not a shipped layer`);
  const text = readFileSync(resolve(DATA_DIR, file), 'utf8');
  return layerFileSchema.parse(JSON.parse(text)).features;
}

export function shippedFeature(id: LayerId | string, featureId: string): SituationFeature {
  const found = shippedLayer(id).find((f) => f.properties.id === featureId);
  if (!found) throw new Error(`${id} has no feature ${featureId}`);
  return found;
}

export const asArea = (f: SituationFeature) => f as unknown as Feature<Polygon | MultiPolygon>;

/** Every layer of the registry that `npm run geo` writes. */
export const SHIPPED_LAYER_IDS: string[] = LAYER_REGISTRY.filter((l) => l.file !== 'story').map((l) => l.id);
