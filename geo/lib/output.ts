// Writing one layer file of public/data/ (src/features/featureFile.ts rounds, validates and serialises it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SituationFeature } from '../../src/domain/schema';
import { serializeLayer as serialize } from '../../src/features/featureFile';
import type { Region } from '../../src/region/schema';

export { makeFeature, roundCoordinate, roundGeometry } from '../../src/features/featureFile';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../public/data');

/** One feature per line, validated with the region's languages. */
export function serializeLayer(features: SituationFeature[], region: Region): string {
  return serialize(features, region);
}

export function writeLayer(
  file: string,
  features: SituationFeature[],
  region: Region,
  dir: string = OUTPUT_DIR,
): { file: string; bytes: number } {
  const text = serializeLayer(features, region);
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, file), text);
  return { file, bytes: Buffer.byteLength(text) };
}
