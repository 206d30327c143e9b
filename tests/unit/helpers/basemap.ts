// Reading the committed base map (public/basemap/) in tests: the tiles on disk, decoded.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { BASEMAP_DIR } from '../../../geo/basemap/build';

export { BASEMAP_DIR };

/** Every file under the folder, as paths relative to it ("north/14/9133/6006.pbf"). */
export function listFiles(dir: string = BASEMAP_DIR): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export function readTile(path: string, dir: string = BASEMAP_DIR): VectorTile {
  return new VectorTile(new PbfReader(gunzipSync(readFileSync(join(dir, path)))));
}

/** The features of one layer of a committed tile, as properties. */
export function tileFeatures(path: string, layer: string): Record<string, string | number | boolean>[] {
  const l = readTile(path).layers[layer];
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).properties) : [];
}
