// The base-map step of `npm run geo`: checks every raw tile against SHA256SUMS, then writes each tile
// position of both sources (coverage.ts) to public/basemap/<source>/<z>/<x>/<y>.pbf: the extracts
// merged (merge.ts), what a situation map needs kept (keep.ts, tileContent.ts), encoded once and
// gzipped (encode.ts). A position no extract has data at, and a region z10 tile inside the
// street-detail rectangle, is written as an empty tile: the viewer never asks for a tile that is not there.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RawTiles, OSM_TILES_DIR } from '../osm/rawTiles';
import { BASEMAP_DIR } from './paths';
import { baseMapSources, plannedTiles, type Bounds, type PlannedTile } from './coverage';
import { encodeTile, gzipTile } from './encode';
import type { LabelContext } from './labelContext';
import { mergeTiles } from './merge';
import { tileContent } from './tileContent';

export { BASEMAP_DIR };

export interface BuiltTile {
  bytes: Buffer;
  /** Equal feature pairs found in merging (all layers, before anything is dropped). */
  duplicates: number;
  alikeAfterFiltering: number;
  /** How many extracts had a tile there. */
  extracts: number;
}

/** One tile of the base map, gzipped. */
export function buildTile(raw: RawTiles, planned: PlannedTile, labels: LabelContext): BuiltTile {
  const halves = planned.empty ? [] : raw.tilesAt(planned);
  const merged = mergeTiles(halves);
  const content = tileContent(merged, planned, labels);
  return {
    bytes: gzipTile(encodeTile(content.layers)),
    duplicates: merged.duplicates,
    alikeAfterFiltering: content.alikeAfterFiltering,
    extracts: halves.length,
  };
}

export const tilePath = (out: string, t: PlannedTile) =>
  resolve(out, t.source, String(t.z), String(t.x), `${t.y}.pbf`);

export interface BaseMapReport {
  tiles: number;
  bytes: number;
  duplicates: number;
  alikeAfterFiltering: number;
  /** Tiles where no extract had data (written empty), and region z10 tiles left empty for the north. */
  noData: number;
  leftForNorth: number;
  checkedRawTiles: number;
  bySource: Record<string, { tiles: number; bytes: number }>;
}

export function buildBaseMap(options: {
  maxBounds: Bounds;
  labels: LabelContext;
  tilesDir?: string;
  out?: string;
  /** Only these positions (a test's small set): nothing else is removed or written. */
  only?: (t: PlannedTile) => boolean;
  log?: (line: string) => void;
}): BaseMapReport {
  const out = options.out ?? BASEMAP_DIR;
  const raw = new RawTiles(options.tilesDir ?? OSM_TILES_DIR);
  const checkedRawTiles = raw.verifyAll();
  options.log?.(`basemap: ${checkedRawTiles} raw tiles match SHA256SUMS`);
  const planned = plannedTiles(baseMapSources(options.maxBounds)).filter(options.only ?? (() => true));
  if (!options.only)
    for (const source of ['region', 'north']) rmSync(resolve(out, source), { recursive: true, force: true });
  const report: BaseMapReport = {
    tiles: 0,
    bytes: 0,
    duplicates: 0,
    alikeAfterFiltering: 0,
    noData: 0,
    leftForNorth: 0,
    checkedRawTiles,
    bySource: {},
  };
  for (const t of planned) {
    const built = buildTile(raw, t, options.labels);
    const path = tilePath(out, t);
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, built.bytes);
    report.tiles++;
    report.bytes += built.bytes.length;
    report.duplicates += built.duplicates;
    report.alikeAfterFiltering += built.alikeAfterFiltering;
    if (t.empty) report.leftForNorth++;
    else if (!built.extracts) report.noData++;
    const s = (report.bySource[t.source] ??= { tiles: 0, bytes: 0 });
    s.tiles++;
    s.bytes += built.bytes.length;
  }
  return report;
}
