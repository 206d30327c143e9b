// One continuous line from the pieces of a long OSM line in the raw tiles (the Ibar across 50 tiles of
// two extracts). A tile holds its piece of the line clipped to the tile and a buffer around it, so the
// pieces of neighbouring tiles overlap without sharing vertices. Each piece is cut back to its own
// tile's square; the two cut ends on a tile edge then lie within a unit of each other (both lie on the
// same original segment) and are joined. The line is the shortest way through the joined pieces
// between two points, in the tiles' integer grid (4,096 units a tile) so that nothing depends on
// floating point beyond the cut.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Position } from 'geojson';
import { mercatorX, mercatorY, tileNorth, tileWest, tilesInBounds, type Bounds } from '../basemap/coverage';
import { positionKey, type RawTiles } from './rawTiles';

type XY = [number, number];
const EXTENT = 4096;
/** Cut ends nearer than this (tile units) are one point. */
const JOIN = 2;

/** Liang–Barsky: the part of segment a–b inside the box, or null. */
function clipSegment(a: XY, b: XY, [x0, y0, x1, y1]: number[]): [XY, XY] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (const [p, q] of [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ]) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

class Graph {
  readonly nodes: XY[] = [];
  readonly edges: Map<number, number>[] = [];
  readonly tileOf = new Map<string, string>();
  private readonly cells = new Map<string, number[]>();

  node(p: XY): number {
    const cx = Math.floor(p[0] / JOIN);
    const cy = Math.floor(p[1] / JOIN);
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const n of this.cells.get(`${cx + i},${cy + j}`) ?? [])
          if (Math.hypot(this.nodes[n][0] - p[0], this.nodes[n][1] - p[1]) <= JOIN) return n;
    const n = this.nodes.push(p) - 1;
    this.edges.push(new Map());
    const key = `${cx},${cy}`;
    this.cells.set(key, [...(this.cells.get(key) ?? []), n]);
    return n;
  }

  link(a: number, b: number, tile: string) {
    if (a === b) return;
    const d = Math.hypot(this.nodes[a][0] - this.nodes[b][0], this.nodes[a][1] - this.nodes[b][1]);
    this.edges[a].set(b, d);
    this.edges[b].set(a, d);
    this.tileOf.set(a < b ? `${a},${b}` : `${b},${a}`, tile);
  }

  nearest(p: XY): number {
    let best = -1;
    let bestD = Infinity;
    this.nodes.forEach((n, i) => {
      const d = Math.hypot(n[0] - p[0], n[1] - p[1]);
      if (d < bestD) [best, bestD] = [i, d];
    });
    return best;
  }

  /** Dijkstra from one node: the distance and previous node of each. */
  distancesFrom(start: number): { dist: Float64Array; prev: Int32Array } {
    const dist = new Float64Array(this.nodes.length).fill(Infinity);
    const prev = new Int32Array(this.nodes.length).fill(-1);
    dist[start] = 0;
    // A binary heap of [distance, node]; stale entries are skipped.
    const heap: [number, number][] = [[0, start]];
    const push = (item: [number, number]) => {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (heap[parent][0] <= heap[i][0]) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
    };
    const pop = (): [number, number] => {
      const top = heap[0];
      const last = heap.pop()!;
      if (heap.length) {
        heap[0] = last;
        for (let i = 0; ;) {
          const [l, r] = [2 * i + 1, 2 * i + 2];
          let m = i;
          if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
          if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
          if (m === i) break;
          [heap[m], heap[i]] = [heap[i], heap[m]];
          i = m;
        }
      }
      return top;
    };
    while (heap.length) {
      const [d, u] = pop();
      if (d > dist[u]) continue;
      for (const [v, w] of this.edges[u])
        if (d + w < dist[v]) {
          dist[v] = d + w;
          prev[v] = u;
          push([dist[v], v]);
        }
    }
    return { dist, prev };
  }
}

export interface JoinedLine {
  /** From `from` to `to` (or to the end `start` chose), in degrees. */
  coordinates: Position[];
  /** The raw tiles whose pieces make the line. */
  tiles: string[];
}

/**
 * The line through the named pieces of `layer` in the zoom-z tiles over `area`: the shortest way from
 * the node `start` picks (given every node's distance from the node nearest `to`) to the node nearest
 * `to`.
 */
export function joinedLine(
  raw: RawTiles,
  options: {
    layer: string;
    area: Bounds;
    z: number;
    keep: (properties: Record<string, string | number | boolean>) => boolean;
    to: Position;
    /** Which node the line starts at, given each node's position and distance (tile units) from `to`. */
    start: (nodes: { at: Position; dist: number }[]) => number;
  },
): JoinedLine {
  const { z } = options;
  const world = EXTENT * 2 ** z;
  const graph = new Graph();
  for (const position of tilesInBounds(options.area, z))
    for (const half of raw.tilesAt(position)) {
      const layer = new VectorTile(new PbfReader(half.bytes)).layers[options.layer];
      if (!layer) continue;
      const box = [
        position.x * EXTENT,
        position.y * EXTENT,
        (position.x + 1) * EXTENT,
        (position.y + 1) * EXTENT,
      ];
      const tile = `${half.extract}/${positionKey(position)}`;
      for (let i = 0; i < layer.length; i++) {
        const f = layer.feature(i);
        if (f.type !== 2 || !options.keep(f.properties)) continue;
        for (const line of f.loadGeometry())
          for (let k = 1; k < line.length; k++) {
            const a: XY = [box[0] + line[k - 1].x, box[1] + line[k - 1].y];
            const b: XY = [box[0] + line[k].x, box[1] + line[k].y];
            const part = clipSegment(a, b, box);
            if (part) graph.link(graph.node(part[0]), graph.node(part[1]), tile);
          }
      }
    }
  if (!graph.nodes.length)
    throw new Error(`no ${options.layer} pieces in the tiles over ${options.area.join(', ')}`);
  const toDegrees = ([x, y]: XY): Position => [tileWest(x / EXTENT, z), tileNorth(y / EXTENT, z)];
  const toXY = ([lon, lat]: Position): XY => [mercatorX(lon) * world, mercatorY(lat) * world];
  const end = graph.nearest(toXY(options.to));
  const { dist, prev } = graph.distancesFrom(end);
  const begin = options.start(graph.nodes.map((n, i) => ({ at: toDegrees(n), dist: dist[i] })));
  if (!(dist[begin] < Infinity))
    throw new Error(`the ${options.layer} pieces do not join up between the two ends`);
  const path: number[] = [begin];
  while (path[path.length - 1] !== end) path.push(prev[path[path.length - 1]]);
  const tiles = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1], path[i]].sort((p, q) => p - q);
    tiles.add(graph.tileOf.get(`${a},${b}`)!);
  }
  return { coordinates: path.map((n) => toDegrees(graph.nodes[n])), tiles: [...tiles].sort() };
}
