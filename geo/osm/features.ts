// Features of the raw OSM tiles as GeoJSON in degrees, for the situation layers derived from them
// (the lake's outline, the Ibar, where the roads cross the line): a layer's features over an area at
// one zoom, from every extract, each with the tile it came from, so a derivation can name its source.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature, Geometry } from 'geojson';
import { tilesInBounds, type Bounds } from '../basemap/coverage';
import { positionKey, RawTiles, type Country, type Extract } from './rawTiles';

export interface OsmFeature extends Feature<Geometry, Record<string, string | number | boolean>> {
  /** The raw tile it came from: `kosovo/12/2278/1502.pbf`. */
  tile: string;
  extract: Extract;
  country: Country;
}

/** Every feature of `layer` in the tiles of zoom `z` meeting `area`, that `keep` accepts. */
export function osmFeatures(
  raw: RawTiles,
  layer: string,
  area: Bounds,
  z: number,
  keep: (properties: Record<string, string | number | boolean>) => boolean = () => true,
): OsmFeature[] {
  const out: OsmFeature[] = [];
  for (const position of tilesInBounds(area, z))
    for (const half of raw.tilesAt(position)) {
      const l = new VectorTile(new PbfReader(half.bytes)).layers[layer];
      if (!l) continue;
      for (let i = 0; i < l.length; i++) {
        const f = l.feature(i);
        if (!keep(f.properties)) continue;
        const geo = f.toGeoJSON(position.x, position.y, position.z);
        out.push({
          type: 'Feature',
          properties: f.properties,
          geometry: geo.geometry,
          tile: `${half.extract}/${positionKey(position)}.pbf`,
          extract: half.extract,
          country: half.country,
        });
      }
    }
  return out;
}

/** The tiles a derivation read, for its text: "kosovo/12/2278/1502, serbia/12/2278/1502". */
export function tileList(features: readonly OsmFeature[]): string {
  return [...new Set(features.map((f) => f.tile.replace(/\.pbf$/, '')))].sort().join(', ');
}
