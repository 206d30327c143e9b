// The base map's pipeline step (geo/basemap/, issue 36): the raw tiles checked, the extracts merged
// tile by tile, the same bytes on every run, every position each source can ask for written and
// nothing else, within its size budgets. The whole step takes about a minute: these tests run it on a
// few positions and read the committed output (public/basemap/).
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { OSM_TILES_DIR, RawTiles, positionKey, type TilePosition } from '../../geo/osm/rawTiles';
import {
  baseMapSources,
  inRectangle,
  plannedTiles,
  streetDetailRectangle,
  tilesInBounds,
  type PlannedTile,
} from '../../geo/basemap/coverage';
import { buildBaseMap } from '../../geo/basemap/build';
import { featureKey, mergeTiles } from '../../geo/basemap/merge';
import { readLabelContext, type LabelContext } from '../../geo/basemap/labelContext';
import { expectedBaseMap } from '../../geo/basemap/run';
import { viewTiles } from '../../geo/basemap/firstView';
import { readRegion } from '../../scripts/region/readRegion';
import { BASEMAP_DIR, listFiles, readTile } from './helpers/basemap';
import { BUILDS_BASEMAP_TILES_MS } from './helpers/budgets';

const region = readRegion('kosovo-serbia');
/** The z14 tile over the Jarinje crossing: the line runs through it, both extracts have a half. */
const JARINJE: TilePosition = { z: 14, x: 9133, y: 6006 };
const at = (t: TilePosition) => (p: PlannedTile) => positionKey(p) === positionKey(t);

let labels: LabelContext;
beforeAll(() => {
  labels = readLabelContext();
});

describe('the raw tiles', () => {
  it(
    'stop the step when one is corrupt or missing, naming the file',
    { timeout: BUILDS_BASEMAP_TILES_MS },
    () => {
      // A folder with SHA256SUMS and the two halves of the Jarinje tile only.
      const dir = mkdtempSync(join(tmpdir(), 'osm-'));
      try {
        const files = ['kosovo/14/9133/6006.pbf', 'serbia/14/9133/6006.pbf'];
        const sums = readFileSync(join(OSM_TILES_DIR, 'SHA256SUMS'), 'utf8')
          .split('\n')
          .filter((line) => files.some((f) => line.endsWith(f)));
        writeFileSync(join(dir, 'SHA256SUMS'), sums.join('\n') + '\n');
        for (const f of files) {
          mkdirSync(dirname(join(dir, f)), { recursive: true });
          cpSync(join(OSM_TILES_DIR, f), join(dir, f));
        }
        const run = () =>
          buildBaseMap({
            maxBounds: region.maxBounds,
            labels,
            tilesDir: dir,
            out: join(dir, 'out'),
            only: at(JARINJE),
          });
        expect(run().tiles).toBe(1);
        const bytes = readFileSync(join(dir, files[1]));
        bytes[100] ^= 0xff;
        writeFileSync(join(dir, files[1]), bytes);
        expect(run).toThrow(/OSM tile serbia\/14\/9133\/6006\.pbf: sha256 .* differs/);
        rmSync(join(dir, files[0]));
        expect(run).toThrow(/OSM tile kosovo\/14\/9133\/6006\.pbf: missing/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('merging the extracts', () => {
  it('gives a tile on the line near Jarinje the features of both extracts, none twice', () => {
    const halves = new RawTiles().tilesAt(JARINJE);
    expect(halves.map((h) => h.extract)).toEqual(['kosovo', 'serbia']);
    const merged = mergeTiles(halves);
    // Every feature of each half is in the merged tile, and no feature twice.
    const keys = (tile: VectorTile) =>
      Object.entries(tile.layers).flatMap(([name, layer]) =>
        Array.from({ length: layer.length }, (_, i) => {
          const f = layer.feature(i);
          return featureKey(name, {
            type: f.type as 1 | 2 | 3,
            properties: f.properties,
            geometry: f.loadGeometry(),
          });
        }),
      );
    const halfKeys = halves.map((h) => keys(new VectorTile(new PbfReader(h.bytes))));
    const mergedKeys = [...merged.layers].flatMap(([name, list]) => list.map((f) => featureKey(name, f)));
    expect(new Set(mergedKeys).size).toBe(mergedKeys.length);
    expect(new Set(mergedKeys)).toEqual(new Set(halfKeys.flat()));
    expect(merged.duplicates).toBe(halfKeys.flat().length - mergedKeys.length);
    expect(merged.duplicates).toBeGreaterThan(0);
    const extracts = new Set([...merged.layers.values()].flat().map((f) => f.extract));
    expect(extracts).toEqual(new Set(['kosovo', 'serbia']));
    // And the committed tile has the named features of both: the country each came from.
    const tile = readTile('north/14/9133/6006.pbf');
    const countries = new Set(
      Object.values(tile.layers).flatMap((l) =>
        Array.from({ length: l.length }, (_, i) => l.feature(i).properties.country).filter(Boolean),
      ),
    );
    expect(countries).toEqual(new Set(['XK', 'RS']));
  });
});

describe('the written tiles', () => {
  it(
    'are the same bytes on every run, gzip with no name or time, and the committed ones are those bytes',
    () => {
      const positions: PlannedTile[] = plannedTiles(baseMapSources(region.maxBounds)).filter(
        (t) =>
          (t.source === 'north' && positionKey(t) === positionKey(JARINJE)) ||
          (t.source === 'region' && ['10/570/375', '9/285/188', '0/0/0'].includes(positionKey(t))),
      );
      expect(positions).toHaveLength(4);
      const outs = [mkdtempSync(join(tmpdir(), 'bm-')), mkdtempSync(join(tmpdir(), 'bm-'))];
      try {
        for (const out of outs)
          buildBaseMap({
            maxBounds: region.maxBounds,
            labels,
            out,
            only: (t) => positions.some((p) => p.source === t.source && positionKey(p) === positionKey(t)),
          });
        for (const t of positions) {
          const path = `${t.source}/${positionKey(t)}.pbf`;
          const [a, b] = outs.map((out) => readFileSync(join(out, path)));
          expect(a.equals(b), path).toBe(true);
          expect(
            a.equals(readFileSync(join(BASEMAP_DIR, path))),
            `${path} is not what the pipeline writes`,
          ).toBe(true);
          // gzip: magic, deflate, no flags (no file name), time 0, OS unknown.
          expect([...a.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
        }
      } finally {
        for (const out of outs) rmSync(out, { recursive: true, force: true });
      }
    },
    BUILDS_BASEMAP_TILES_MS,
  );

  it('cover every position each source can ask for, nothing else; the region’s z10 tiles under the north are empty', () => {
    const rectangle = streetDetailRectangle();
    expect(rectangle).toEqual({ z: 10, minX: 569, maxX: 572, minY: 375, maxY: 377 });
    const sources = region.baseMap!.sources;
    // What MapLibre's TileBounds lets each source ask for, from the bounds the viewer reads.
    const askable = sources.flatMap((s) => {
      const out: string[] = [];
      for (let z = s.minzoom; z <= s.maxzoom; z++)
        for (const p of tilesInBounds(s.bounds, z)) out.push(`${s.id}/${positionKey(p)}.pbf`);
      return out;
    });
    expect(listFiles()).toEqual([...askable].sort());
    // The north source asks for exactly the rectangle's tiles at each zoom.
    const north = sources.find((s) => s.id === 'north')!;
    for (let z = 10; z <= 14; z++) {
      const tiles = tilesInBounds(north.bounds, z);
      expect(tiles).toHaveLength(12 * 4 ** (z - 10));
      expect(tiles.every((t) => inRectangle(t, rectangle))).toBe(true);
    }
    for (let x = rectangle.minX; x <= rectangle.maxX; x++)
      for (let y = rectangle.minY; y <= rectangle.maxY; y++) {
        expect(Object.keys(readTile(`region/10/${x}/${y}.pbf`).layers), `region/10/${x}/${y}`).toEqual([]);
        expect(Object.keys(readTile(`north/10/${x}/${y}.pbf`).layers).length).toBeGreaterThan(3);
      }
  });

  it('are what the region file says (one truth: the pipeline checks the file against its own)', () => {
    expect(region.baseMap).toEqual(expectedBaseMap(region.maxBounds));
  });

  it('are described honestly by the region’s baseMapGaps: what they cover, where street detail ends, what is missing', () => {
    const gaps = region.baseMapGaps;
    expect(gaps).toMatch(/Kosovo, Serbia and Montenegro only/);
    expect(gaps).toMatch(/August 2021/);
    const [w, s, e, n] = region.baseMap!.sources.find((x) => x.id === 'north')!.bounds;
    expect(gaps).toContain(`${w.toFixed(2)}–${e.toFixed(2)}° E, ${s.toFixed(2)}–${n.toFixed(2)}° N`);
    expect(gaps).toMatch(/[Tt]errain.*no elevation model/);
    // What the base map and the OSM-derived layers now draw is no longer said to be missing.
    for (const gone of [
      /roads \(none/,
      /a point stands for it/,
      /stations only/,
      /between Gazivode and Mitrovica/,
    ])
      expect(gaps).not.toMatch(gone);
  });

  it('hold the layers a situation map needs and none of the dropped ones', () => {
    const layers = new Set<string>();
    for (const path of ['north/14/9133/6006.pbf', 'north/12/2283/1501.pbf', 'region/9/285/188.pbf'])
      for (const name of Object.keys(readTile(path).layers)) layers.add(name);
    for (const kept of [
      'water',
      'waterway',
      'landcover',
      'landuse',
      'transportation',
      'transportation_name',
      'place',
    ])
      expect(layers).toContain(kept);
    for (const dropped of [
      'building',
      'housenumber',
      'poi',
      'boundary',
      'park',
      'aerodrome_label',
      'aeroway',
    ])
      expect(layers).not.toContain(dropped);
  });

  it('stay within 25 MB on disk, and within 400 KiB for the first view at 1280×800', () => {
    const files = listFiles();
    const bytes = files.reduce((sum, f) => sum + statSync(join(BASEMAP_DIR, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(25_000_000);
    for (const zoom of [8.5, 9, 9.5]) {
      const tiles = viewTiles(region.bounds, zoom, { width: 1280, height: 800 });
      const first = tiles.reduce(
        (sum, t) => sum + statSync(join(BASEMAP_DIR, `region/${positionKey(t)}.pbf`)).size,
        0,
      );
      expect(first, `zoom ${zoom}`).toBeLessThanOrEqual(400 * 1024);
    }
    // Each file is a gzip of a vector tile.
    expect(gunzipSync(readFileSync(join(BASEMAP_DIR, 'region/9/285/188.pbf'))).length).toBeGreaterThan(0);
  });
});
