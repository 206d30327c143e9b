// The base map's vector tiles for the static map: which tiles a camera needs from each tile source of
// the region (those MapLibre would ask for: the zoom it draws at, floored as MapLibre floors it for
// 512-px vector tiles, clamped to the source's zooms, inside the source's bounds), and a tile decoded
// into GeoJSON features (longitude and latitude) by vector-tile layer, with the same libraries as the
// pipeline (@mapbox/vector-tile, pbf). Pure: the bytes come from the browser (baseMapTiles.ts) or from
// disk (scripts/story/thumbnail.ts).
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature } from 'geojson';
import type { BaseMap } from '../region/schema.ts';
import { TILE, mercatorX, mercatorY, type Camera, type Size } from '../camera/camera.ts';
import { baseMapSourceId } from '../cartography/basemap/definition.ts';

export interface TileAddress {
  /** The style source that draws it: `base-map-<source>`. */
  styleSource: string;
  z: number;
  x: number;
  y: number;
  /** Its path on the site: `/basemap/north/12/2283/1501.pbf`. */
  path: string;
}

/** A tile's features by vector-tile layer (`transportation`, `water`, …). */
export type TileFeatures = Record<string, Feature[]>;
/** The base map's features in view: by style source, then by vector-tile layer. */
export type BaseMapFeatures = Record<string, TileFeatures>;

/** Tiles are taken this far beyond the view (CSS px), as the static map draws this far past its edge. */
const MARGIN_PX = 64;

/** The tiles of every source that the camera's view needs, each source's tiles in rows. */
export function tilesOfView(baseMap: BaseMap, camera: Camera, size: Size): TileAddress[] {
  const tiles: TileAddress[] = [];
  for (const source of baseMap.sources) {
    const drawn = Math.max(0, Math.floor(camera.zoom));
    if (drawn < source.minzoom) continue;
    const z = Math.min(drawn, source.maxzoom);
    const n = 2 ** z;
    // The view's box in Mercator [0, 1], with its margin, inside the source's bounds.
    const half = (px: number) => (px / 2 + MARGIN_PX) / (TILE * 2 ** camera.zoom);
    const [west, south, east, north] = source.bounds;
    const x0 = Math.max(mercatorX(camera.lon) - half(size.width), mercatorX(west));
    const x1 = Math.min(mercatorX(camera.lon) + half(size.width), mercatorX(east));
    const y0 = Math.max(mercatorY(camera.lat) - half(size.height), mercatorY(north));
    const y1 = Math.min(mercatorY(camera.lat) + half(size.height), mercatorY(south));
    if (x0 >= x1 || y0 >= y1) continue;
    // As MapLibre's TileBounds: a box ending on a tile's edge does not take the tile beyond it.
    const first = (v: number) => Math.max(0, Math.floor(v * n));
    const last = (v: number) => Math.min(n - 1, Math.ceil(v * n) - 1);
    for (let y = first(y0); y <= last(y1); y++)
      for (let x = first(x0); x <= last(x1); x++)
        tiles.push({
          styleSource: baseMapSourceId(source.id),
          z,
          x,
          y,
          path: source.tiles.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)),
        });
  }
  return tiles;
}

/** A tile's features in longitude and latitude, for the vector-tile layers asked for (all by default). */
export function decodeTile(
  bytes: ArrayBuffer | Uint8Array,
  { z, x, y }: Pick<TileAddress, 'z' | 'x' | 'y'>,
  layers?: ReadonlySet<string>,
): TileFeatures {
  const tile = new VectorTile(new PbfReader(bytes));
  const out: TileFeatures = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    if (layers && !layers.has(name)) continue;
    const features: Feature[] = [];
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      // Type 0: unknown geometry, which no renderer draws.
      if (feature.type !== 0) features.push(feature.toGeoJSON(x, y, z));
    }
    out[name] = features;
  }
  return out;
}

/** The decoded tiles of a view, gathered by style source and vector-tile layer. */
export function gatherTiles(
  tiles: readonly { address: TileAddress; features: TileFeatures }[],
): BaseMapFeatures {
  const out: BaseMapFeatures = {};
  for (const { address, features } of tiles) {
    const bySource = (out[address.styleSource] ??= {});
    for (const [layer, list] of Object.entries(features)) (bySource[layer] ??= []).push(...list);
  }
  return out;
}
