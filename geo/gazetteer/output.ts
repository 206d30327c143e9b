// Writing the gazetteer: one place per line (a diff shows what changed), validated, byte-identical
// between runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gazetteerSchema, type Gazetteer } from '../../src/geoparse/gazetteer';

export const GAZETTEER_DIR = resolve(import.meta.dirname, '../../public/geoparse');
/** The gazetteer `npm run geo` writes (the geoparser's and the base map's labels read it). */
export const GAZETTEER_FILE = resolve(GAZETTEER_DIR, 'gazetteer.json');

export function writeGazetteer(gazetteer: Gazetteer, dir = GAZETTEER_DIR): { bytes: number; places: number } {
  const checked = gazetteerSchema.parse(gazetteer);
  const text = `{"sources":${JSON.stringify(checked.sources)},\n"places":[\n${checked.places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'gazetteer.json'), text);
  return { bytes: Buffer.byteLength(text), places: checked.places.length };
}
