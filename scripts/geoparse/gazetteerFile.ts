// The gazetteer file `npm run geo` writes, read and validated in Node; the shipped features.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gazetteerSchema, type Gazetteer } from '../../src/geoparse/gazetteer';
import { buildPlaceIndex, type PlaceIndex } from '../../src/geoparse/placeIndex';
import { layerFileSchema, type SituationFeature } from '../../src/domain/schema';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';
import { GAZETTEER_FILE } from '../../geo/gazetteer/output';

export { GAZETTEER_FILE };
const DATA_DIR = resolve(import.meta.dirname, '../../public/data');

export function readGazetteer(file = GAZETTEER_FILE): Gazetteer {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`the gazetteer ${file} could not be read (${(error as Error).message}); run npm run geo`);
  }
  return gazetteerSchema.parse(json);
}

let cached: PlaceIndex | null = null;
export function placeIndex(): PlaceIndex {
  cached ??= buildPlaceIndex(readGazetteer());
  return cached;
}

export function shippedFeatures(dataDir = DATA_DIR): SituationFeature[] {
  return LAYER_REGISTRY.flatMap((l) =>
    l.file === 'story'
      ? []
      : layerFileSchema.parse(JSON.parse(readFileSync(resolve(dataDir, l.file), 'utf8'))).features,
  );
}
