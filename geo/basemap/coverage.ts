// Which tiles the base map has: two sources that never overlap and never miss (the contract of issue
// 36). `region` covers the region's maxBounds at z0–10; `north` covers the street-detail rectangle,
// the largest z10-tile-aligned rectangle inside the box the raw z11–14 tiles cover, at z10–14; the
// region's z10 tiles inside the rectangle are empty, so each place is drawn from one source at every
// zoom. The tiles a source can be asked for are those MapLibre's TileBounds lets through for its
// TileJSON `bounds`, so the pipeline lists positions with MapLibre's own arithmetic.
import type { TilePosition } from '../osm/rawTiles';

export type Bounds = [west: number, south: number, east: number, north: number];

// Web Mercator as MapLibre computes it (src/geo/mercator_coordinate.ts: mercatorXfromLng,
// mercatorYfromLat), so that a position listed here is one TileBounds.contains accepts.
export const mercatorX = (lng: number) => (180 + lng) / 360;
export const mercatorY = (lat: number) =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** The west edge of tile column x at zoom z, and the north edge of tile row y. */
export const tileWest = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
export const tileNorth = (y: number, z: number) =>
  (180 / Math.PI) * Math.atan(Math.sinh(Math.PI - (2 * Math.PI * y) / 2 ** z));

export function tileBounds({ z, x, y }: TilePosition): Bounds {
  return [tileWest(x, z), tileNorth(y + 1, z), tileWest(x + 1, z), tileNorth(y, z)];
}

/**
 * The tile positions at zoom z that a source with these TileJSON bounds can be asked for: MapLibre's
 * TileBounds.contains (src/tile/tile_bounds.ts), x in [floor(west), ceil(east)), y likewise.
 */
export function tilesInBounds([west, south, east, north]: Bounds, z: number): TilePosition[] {
  const n = 2 ** z;
  const minX = Math.floor(mercatorX(west) * n);
  const maxX = Math.ceil(mercatorX(east) * n);
  const minY = Math.floor(mercatorY(north) * n);
  const maxY = Math.ceil(mercatorY(south) * n);
  const out: TilePosition[] = [];
  for (let x = minX; x < maxX; x++) for (let y = minY; y < maxY; y++) out.push({ z, x, y });
  return out;
}

/** The box the raw z11–14 tiles cover: every tile meeting it exists (../shared/osm-tiles/PROVENANCE.md). */
export const NORTH_BOX: Bounds = [20.0, 42.5, 21.6, 43.5];

export const REGION_MAXZOOM = 10;
export const NORTH_MAXZOOM = 14;

/** A rectangle of whole tiles at one zoom, inclusive. */
export interface TileRectangle {
  z: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The largest rectangle of whole zoom-z tiles inside the box (z10: x 569–572, y 375–377). */
export function streetDetailRectangle(box: Bounds = NORTH_BOX, z = REGION_MAXZOOM): TileRectangle {
  const n = 2 ** z;
  return {
    z,
    minX: Math.ceil(mercatorX(box[0]) * n),
    maxX: Math.floor(mercatorX(box[2]) * n) - 1,
    minY: Math.ceil(mercatorY(box[3]) * n),
    maxY: Math.floor(mercatorY(box[1]) * n) - 1,
  };
}

/** Whether the position lies inside the rectangle (at its zoom or deeper). */
export function inRectangle({ z, x, y }: TilePosition, r: TileRectangle): boolean {
  if (z < r.z) return false;
  const s = 2 ** (z - r.z);
  return x >= r.minX * s && x < (r.maxX + 1) * s && y >= r.minY * s && y < (r.maxY + 1) * s;
}

/** The rectangle's outline in degrees. */
export function rectangleBounds(r: TileRectangle): Bounds {
  return [
    tileWest(r.minX, r.z),
    tileNorth(r.maxY + 1, r.z),
    tileWest(r.maxX + 1, r.z),
    tileNorth(r.minY, r.z),
  ];
}

/**
 * Bounds for a TileJSON whose edges lie on tile edges, rounded inward to 1e-6° (about 0.1 m): with the
 * edges exactly on tile edges, floating point could make floor(west) or ceil(east) land one tile
 * outside; rounded inward, every tile of the rectangle is still met and none outside it.
 */
export function inwardBounds([w, s, e, n]: Bounds): Bounds {
  const up = (v: number) => Math.ceil(v * 1e6) / 1e6;
  const down = (v: number) => Math.floor(v * 1e6) / 1e6;
  return [up(w), up(s), down(e), down(n)];
}

export interface BaseMapSource {
  id: 'region' | 'north';
  tiles: string;
  minzoom: number;
  maxzoom: number;
  bounds: Bounds;
}

/** The two sources, as the region file's `baseMap.sources` must give them. */
export function baseMapSources(maxBounds: Bounds): BaseMapSource[] {
  return [
    {
      id: 'region',
      tiles: '/basemap/region/{z}/{x}/{y}.pbf',
      minzoom: 0,
      maxzoom: REGION_MAXZOOM,
      bounds: maxBounds,
    },
    {
      id: 'north',
      tiles: '/basemap/north/{z}/{x}/{y}.pbf',
      minzoom: REGION_MAXZOOM,
      maxzoom: NORTH_MAXZOOM,
      bounds: inwardBounds(rectangleBounds(streetDetailRectangle())),
    },
  ];
}

/** One tile the pipeline writes: which source, where, and whether it stays empty. */
export interface PlannedTile extends TilePosition {
  source: BaseMapSource['id'];
  /** A region z10 tile inside the street-detail rectangle: the north source draws there. */
  empty: boolean;
}

/** Every tile of both sources, each position its bounds can ask for and no other. */
export function plannedTiles(sources: BaseMapSource[]): PlannedTile[] {
  const rectangle = streetDetailRectangle();
  return sources.flatMap((source) => {
    const out: PlannedTile[] = [];
    for (let z = source.minzoom; z <= source.maxzoom; z++)
      for (const p of tilesInBounds(source.bounds, z))
        out.push({
          source: source.id,
          ...p,
          empty: source.id === 'region' && z === REGION_MAXZOOM && inRectangle(p, rectangle),
        });
    return out;
  });
}
