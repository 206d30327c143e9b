// `npm run geo -- basemap` (and the last step of `npm run geo`, scripts/geo.ts): the base map's tiles,
// and a check that the region file's `baseMap` says what the pipeline wrote (one truth: the viewer
// reads the region file). The region is the caller's to read and give.
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import type { BaseMap, Region } from '../../src/region/schema';
import { OUTPUT_DIR } from '../lib/output';
import { GAZETTEER_FILE } from '../gazetteer/output';
import { OSM_DATE } from '../osm/rawTiles';
import { baseMapSources, type Bounds } from './coverage';
import { BASEMAP_DIR, buildBaseMap, type BaseMapReport } from './build';
import { readLabelContext } from './labelContext';

/** The region file's `baseMap`, as the pipeline writes the tiles. */
export function expectedBaseMap(maxBounds: Bounds): BaseMap {
  return {
    label: 'Base map (OpenStreetMap, August 2021)',
    attribution: ['© OpenStreetMap contributors', '© OpenMapTiles', 'August 2021'],
    sources: baseMapSources(maxBounds),
  };
}

/** What differs between the region file's `baseMap` and the pipeline's (empty: they agree). */
export function baseMapMismatch(region: Region): string[] {
  const expected = expectedBaseMap(region.maxBounds);
  if (!region.baseMap)
    return [`regions/${region.id}.json has no baseMap; expected ${JSON.stringify(expected)}`];
  return (Object.keys(expected) as (keyof BaseMap)[])
    .filter((key) => !isDeepStrictEqual(region.baseMap![key], expected[key]))
    .map(
      (key) =>
        `regions/${region.id}.json baseMap.${key} is ${JSON.stringify(region.baseMap![key])}, the pipeline writes ${JSON.stringify(expected[key])}`,
    );
}

export function runBaseMap(options: {
  /** The region whose bounds the base map covers, and whose `baseMap` must say what is written. */
  region: Region;
  out?: string;
  dataDir?: string;
  gazetteerFile?: string;
  tilesDir?: string;
  log?: (line: string) => void;
}): BaseMapReport {
  const log = options.log ?? (() => undefined);
  const { region } = options;
  const mismatch = baseMapMismatch(region);
  if (mismatch.length) throw new Error(mismatch.join('; '));
  const started = performance.now();
  const report = buildBaseMap({
    maxBounds: region.maxBounds,
    labels: readLabelContext(options.dataDir ?? OUTPUT_DIR, options.gazetteerFile ?? GAZETTEER_FILE),
    tilesDir: options.tilesDir,
    out: options.out ?? BASEMAP_DIR,
    log,
  });
  const mb = (b: number) => (b / 1e6).toFixed(2);
  for (const [source, s] of Object.entries(report.bySource))
    log(`basemap/${source.padEnd(7)} ${String(s.tiles).padStart(5)} tiles ${mb(s.bytes).padStart(7)} MB`);
  log(
    `basemap: ${report.tiles} tiles, ${mb(report.bytes)} MB gzip (OSM data of ${OSM_DATE}); ` +
      `${report.duplicates} equal feature pairs merged, ${report.alikeAfterFiltering} more alike once filtered; ` +
      `${report.noData} positions without data and ${report.leftForNorth} region z10 tiles left to the north source, written empty; ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return report;
}

export const basemapOut = (out: string | undefined) => (out ? resolve(out, 'basemap') : BASEMAP_DIR);
