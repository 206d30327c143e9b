// Merging the extracts tile by tile (../shared/osm-tiles/PROVENANCE.md): each extract holds only its
// own country, so a tile on a border exists in two or three folders, each with its half. Both halves
// are decoded and each layer's features concatenated, in the extracts' order (Kosovo, Serbia,
// Montenegro) and each tile's own order, so the result is the same on every run. Two features are
// the same when their layer, geometry type, properties and tile geometry are equal: the first is kept.
import { VectorTile } from '@mapbox/vector-tile';
import type Point from '@mapbox/point-geometry';
import { PbfReader } from 'pbf';
import type { Country, Extract, RawTile } from '../osm/rawTiles';

type Value = string | number | boolean;

export interface MergedFeature {
  /** 1 point, 2 line, 3 polygon (the vector tile spec's GeomType). */
  type: 1 | 2 | 3;
  properties: Record<string, Value>;
  /** Tile coordinates (extent 4096), as @mapbox/vector-tile's loadGeometry gives them. */
  geometry: Point[][];
  extract: Extract;
  country: Country;
}

export interface MergedTile {
  /** Layer name → features, layers in the order first met. */
  layers: Map<string, MergedFeature[]>;
  /** Pairs of equal features found (the later of each dropped). */
  duplicates: number;
  extent: number;
}

/** The identity of a feature: layer, geometry type, properties (any order) and tile geometry. */
export function featureKey(
  layer: string,
  f: Pick<MergedFeature, 'type' | 'properties' | 'geometry'>,
): string {
  const properties = Object.keys(f.properties)
    .sort()
    .map((k) => [k, f.properties[k]]);
  const geometry = f.geometry.map((ring) => ring.flatMap((p) => [p.x, p.y]));
  return JSON.stringify([layer, f.type, properties, geometry]);
}

/** Decodes the halves of one tile position and concatenates each layer, keeping one of equal features. */
export function mergeTiles(halves: readonly RawTile[]): MergedTile {
  const layers = new Map<string, MergedFeature[]>();
  const seen = new Set<string>();
  let duplicates = 0;
  let extent = 4096;
  for (const half of halves) {
    const tile = new VectorTile(new PbfReader(half.bytes));
    for (const [name, layer] of Object.entries(tile.layers)) {
      extent = layer.extent;
      if (layer.extent !== 4096)
        throw new Error(`${half.file}: layer ${name} has extent ${layer.extent}, expected 4096`);
      const list = layers.get(name) ?? [];
      layers.set(name, list);
      for (let i = 0; i < layer.length; i++) {
        const raw = layer.feature(i);
        if (raw.type === 0) continue;
        const feature: MergedFeature = {
          type: raw.type,
          properties: raw.properties,
          geometry: raw.loadGeometry(),
          extract: half.extract,
          country: half.country,
        };
        const key = featureKey(name, feature);
        if (seen.has(key)) {
          duplicates++;
          continue;
        }
        seen.add(key);
        list.push(feature);
      }
    }
  }
  return { layers, duplicates, extent };
}
