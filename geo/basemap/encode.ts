// One tile written: encoded once with @maplibre/vt-pbf (MapLibre's own fork of vt-pbf) and gzipped
// with fixed settings. Node's gzip writes no file name and a zero modification time; the header's
// operating-system byte is set to 255 ("unknown") so that it does not depend on where it ran. With the
// layers and features in a fixed order, two runs on the same Node version write the same bytes.
import { fromVectorTileJs, type VectorTileFeatureLike, type VectorTileLayerLike } from '@maplibre/vt-pbf';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Point from '@mapbox/point-geometry';

export const EXTENT = 4096;

export interface OutputFeature {
  type: 1 | 2 | 3;
  properties: Record<string, string | number | boolean>;
  geometry: Point[][];
}

/** The layers in the order given, each feature's properties in their own order. */
export function encodeTile(layers: ReadonlyArray<readonly [string, readonly OutputFeature[]]>): Uint8Array {
  const tile: Record<string, VectorTileLayerLike> = {};
  for (const [name, features] of layers) {
    if (!features.length) continue;
    tile[name] = {
      version: 2,
      name,
      extent: EXTENT,
      length: features.length,
      feature: (i: number): VectorTileFeatureLike => {
        const f = features[i];
        return {
          type: f.type,
          properties: f.properties,
          id: undefined,
          extent: EXTENT,
          loadGeometry: () => f.geometry,
        };
      },
    };
  }
  return fromVectorTileJs({ layers: tile });
}

/** gzip, level 9, no name, no time, OS "unknown". */
export function gzipTile(pbf: Uint8Array): Buffer {
  const out = gzipSync(pbf, { level: 9 });
  out[9] = 255;
  return out;
}

export function gunzipTile(bytes: Uint8Array): Buffer {
  return gunzipSync(bytes);
}
