// The named places of OpenStreetMap's vector tiles in ../shared/osm-tiles/ (the `place` layer of the
// OpenMapTiles schema, OSM data of August 2021; see its PROVENANCE.md), as a second source for the
// names of the shipped villages. Each country's extract holds only its own features, so both are
// read. One zoom is enough: z12 holds the same named places as z14 in the north (checked for issue
// 35) in a tenth of the tiles.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

export const OSM_TILES_DIR = resolve(
  process.env.OSM_TILES_DIR ?? resolve(import.meta.dirname, '../../../../shared/osm-tiles'),
);

export interface OsmPlace {
  /** OSM's name as tilemaker wrote it (`name:latin`): one language, sometimes two joined by " - ". */
  name: string;
  class: string;
  lon: number;
  lat: number;
  /** The tile it was read from, for the source of a correction. */
  tile: string;
}

const ZOOM = 12;
const tileX = (lon: number) => Math.floor(((lon + 180) / 360) * 2 ** ZOOM);
const tileY = (lat: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** ZOOM);
};

/** The named places of the tiles over a box [west, south, east, north], once each. */
export function osmPlaces([west, south, east, north]: readonly number[]): OsmPlace[] {
  const out = new Map<string, OsmPlace>();
  for (const country of ['kosovo', 'serbia'])
    for (let x = tileX(west); x <= tileX(east); x++)
      for (let y = tileY(north); y <= tileY(south); y++) {
        const file = resolve(OSM_TILES_DIR, country, String(ZOOM), String(x), `${y}.pbf`);
        if (!existsSync(file)) continue;
        const layer = new VectorTile(new PbfReader(readFileSync(file))).layers.place;
        for (let i = 0; i < (layer?.length ?? 0); i++) {
          const feature = layer!.feature(i);
          const name = feature.properties['name:latin'];
          if (typeof name !== 'string' || !name) continue;
          const geometry = feature.toGeoJSON(x, y, ZOOM).geometry;
          if (geometry.type !== 'Point') continue;
          const [lon, lat] = geometry.coordinates;
          const key = `${name}|${lon.toFixed(3)}|${lat.toFixed(3)}`;
          if (!out.has(key))
            out.set(key, {
              name,
              class: String(feature.properties.class),
              lon,
              lat,
              tile: `${country}/${ZOOM}/${x}/${y}`,
            });
        }
      }
  return [...out.values()];
}
