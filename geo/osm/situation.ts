// The situation layers' features that OpenStreetMap draws better than the other sources (issue 36 §6),
// derived from the raw tiles, each with the words that name the OSM feature it used: Lake Gazivode's
// outline, the Ibar from the lake to Raška, and where a road meets the border line.
import * as turf from '@turf/turf';
import type { LineString, Point, Polygon, Position } from 'geojson';
import type { Bounds } from '../basemap/coverage';
import { osmFeatures, tileList } from './features';
import { joinedLine } from './lines';
import type { RawTiles } from './rawTiles';

const OSM_NAME = 'name:latin';

/** Lake Gazivode's tiles: the lake and its shores, both sides of the line. */
const GAZIVODE_AREA: Bounds = [20.43, 42.9, 20.67, 43.0];
const GAZIVODE_NAME = /Газиводе|Ujman/;

export interface OsmLake {
  geometry: Polygon;
  areaKm2: number;
  /** The OSM water_name the outline was picked by. */
  name: string;
  /** The tiles whose water polygons make it. */
  tiles: string;
}

/**
 * Lake Gazivode: the union of the `water` polygons (class lake) of both extracts' z12 tiles (z12 is the
 * first zoom tilemaker does not simplify water at), the one polygon under the lake's `water_name`.
 */
export function gazivodeOutline(raw: RawTiles): OsmLake {
  const names = osmFeatures(raw, 'water_name', GAZIVODE_AREA, 14, (p) =>
    GAZIVODE_NAME.test(String(p[OSM_NAME])),
  );
  if (!names.length) throw new Error('OSM tiles: no water_name for Lake Gazivode');
  const pieces = osmFeatures(raw, 'water', GAZIVODE_AREA, 12, (p) => p.class === 'lake');
  const union = turf.union(
    turf.featureCollection(pieces.map((f) => turf.feature(f.geometry as Polygon))) as Parameters<
      typeof turf.union
    >[0],
  );
  if (!union) throw new Error('OSM tiles: no lake polygons around Lake Gazivode');
  const polygons =
    union.geometry.type === 'Polygon' ? [union.geometry.coordinates] : union.geometry.coordinates;
  const named = polygons
    .map((coordinates) => turf.polygon(coordinates))
    .filter((p) => names.some((n) => turf.booleanPointInPolygon(n.geometry as Point, p)));
  if (named.length !== 1)
    throw new Error(`OSM tiles: ${named.length} lake polygons hold Lake Gazivode's names`);
  const lake = named[0];
  const used = pieces.filter((f) =>
    turf.booleanIntersects(f as Parameters<typeof turf.booleanIntersects>[0], lake),
  );
  return {
    geometry: lake.geometry,
    areaKm2: turf.area(lake) / 1e6,
    name: String(names[0].properties[OSM_NAME]),
    tiles: tileList(used),
  };
}

/** The Ibar's tiles, from the lake to Raška. */
const IBAR_AREA: Bounds = [20.43, 42.85, 20.95, 43.32];
const IBAR_NAME = /^(Ib[eë]r|Ibar|Ибар)$/;

export interface OsmRiver {
  coordinates: Position[];
  /** The OSM names of the pieces used. */
  names: string[];
  tiles: string;
}

/**
 * The Ibar as one line from where it leaves Lake Gazivode to the point of it nearest `raska`: the
 * `waterway` pieces (class river) named Ibër, Ibar or Ибар in both extracts' z12 tiles (unsimplified),
 * joined (lines.ts). It starts at the lake's node nearest Raška along the river (the outlet at the dam),
 * cut where it crosses the lake's outline.
 */
export function ibarLine(raw: RawTiles, lake: Polygon, raska: Position): OsmRiver {
  const names = new Set<string>();
  const keep = (p: Record<string, string | number | boolean>) => {
    const ok = p.class === 'river' && IBAR_NAME.test(String(p[OSM_NAME]));
    if (ok) names.add(String(p[OSM_NAME]));
    return ok;
  };
  const water = turf.polygon(lake.coordinates);
  const [west, south, east, north] = turf.bbox(water);
  const joined = joinedLine(raw, {
    layer: 'waterway',
    area: IBAR_AREA,
    z: 12,
    keep,
    to: raska,
    start: (nodes) => {
      let best = -1;
      nodes.forEach((n, i) => {
        const [lon, lat] = n.at;
        if (n.dist === Infinity || (best >= 0 && n.dist >= nodes[best].dist)) return;
        if (
          lon >= west &&
          lon <= east &&
          lat >= south &&
          lat <= north &&
          turf.booleanPointInPolygon(n.at, water)
        )
          best = i;
      });
      if (best < 0) throw new Error('OSM tiles: the Ibar does not reach Lake Gazivode');
      return best;
    },
  });
  // Cut at the lake's outline: the river starts on the shore.
  const line = turf.lineString(joined.coordinates);
  const shore = turf.lineIntersect(line, turf.polygonToLine(turf.polygon(lake.coordinates)) as never);
  let coordinates = joined.coordinates;
  if (shore.features.length) {
    const last = shore.features
      .map((p) => turf.nearestPointOnLine(line, p))
      .sort((a, b) => b.properties.location - a.properties.location)[0];
    coordinates = turf.lineSlice(last, turf.point(coordinates[coordinates.length - 1]), line).geometry
      .coordinates;
  }
  return { coordinates, names: [...names].sort(), tiles: joined.tiles.join(', ') };
}

/** Splits a line where it last crosses another (the Ibar at the border near Jarinje). */
export function splitAtLastCrossing(line: Position[], other: LineString): [Position[], Position[]] {
  const l = turf.lineString(line);
  const crossings = turf.lineIntersect(l, turf.lineString(other.coordinates));
  if (!crossings.features.length) throw new Error('the line does not cross the border line');
  const at = crossings.features
    .map((p) => turf.nearestPointOnLine(l, p))
    .sort((a, b) => b.properties.location - a.properties.location)[0];
  const first = turf.lineSlice(turf.point(line[0]), at, l).geometry.coordinates;
  const second = turf.lineSlice(at, turf.point(line[line.length - 1]), l).geometry.coordinates;
  return [first, [first[first.length - 1], ...second.slice(1)]];
}

export interface RoadCrossing {
  point: Position;
  /** The road's OSM class and the tiles its crossing piece came from. */
  roadClass: string;
  tiles: string;
}

/**
 * Where the OSM road with this ref (transportation_name, z14 tiles: not simplified) meets the line,
 * the crossing nearest `near`.
 */
export function roadMeetsLine(raw: RawTiles, ref: string, line: LineString, near: Position): RoadCrossing {
  const area: Bounds = [near[0] - 0.08, near[1] - 0.06, near[0] + 0.08, near[1] + 0.06];
  const roads = osmFeatures(raw, 'transportation_name', area, 14, (p) => p.ref === ref);
  const border = turf.lineString(line.coordinates);
  const hits = roads.flatMap((r) =>
    turf
      .lineIntersect(r as Parameters<typeof turf.lineIntersect>[0], border)
      .features.map((p) => ({ p: p.geometry.coordinates, r, km: turf.distance(p, near) })),
  );
  if (!hits.length)
    throw new Error(`OSM tiles: the road ${ref} does not meet the line near ${near.join(', ')}`);
  const nearest = Math.min(...hits.map((h) => h.km));
  const chosen = hits.filter((h) => Math.abs(h.km - nearest) < 0.001);
  return {
    point: chosen[0].p,
    roadClass: String(chosen[0].r.properties.class),
    tiles: tileList(chosen.map((h) => h.r)),
  };
}

/** Metres from a point to the OSM road with this ref (z14 tiles around the point). */
export function metresToRoad(raw: RawTiles, ref: string, at: Position): { metres: number; tiles: string } {
  const area: Bounds = [at[0] - 0.01, at[1] - 0.01, at[0] + 0.01, at[1] + 0.01];
  const roads = osmFeatures(raw, 'transportation_name', area, 14, (p) => p.ref === ref);
  if (!roads.length) throw new Error(`OSM tiles: no road ${ref} near ${at.join(', ')}`);
  const measured = roads.map((r) => ({
    r,
    m: turf.pointToLineDistance(at, r as Parameters<typeof turf.pointToLineDistance>[1], { units: 'meters' }),
  }));
  const metres = Math.min(...measured.map((x) => x.m));
  return { metres, tiles: tileList(measured.filter((x) => x.m === metres).map((x) => x.r)) };
}
