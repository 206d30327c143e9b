// Reading region files (regions/<id>.json) in Node: the build (vite's stories plugin), the pipeline
// (scripts/geo.ts), `npm run story` and the tests. The fixture region of the tests (tests/fixtures/) is
// read only where a caller asks for its folder.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseRegion, RegionError } from '../../src/region/parseRegion.ts';
import type { Region } from '../../src/region/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const REGIONS_DIR = join(ROOT, 'regions');
/** The fixture region and its story: built into the app only with SITUATION_FIXTURES=1 (tests). */
export const FIXTURE_REGIONS_DIR = join(ROOT, 'tests/fixtures/regions');
export const FIXTURE_STORIES_DIR = join(ROOT, 'tests/fixtures/stories');

/** The region of the shipped stories' layers (public/data/, `npm run geo`). */
export const PIPELINE_REGION = 'kosovo-serbia';

/** The first `dirs` that has `<id>.json`, read and validated; a RegionError names the file and the field. */
export function readRegion(id: string, dirs: readonly string[] = [REGIONS_DIR]): Region {
  const dir = dirs.find((d) => existsSync(join(d, `${id}.json`)));
  if (!dir) throw new RegionError(`regions/${id}.json`, [`no region "${id}" (no regions/${id}.json)`]);
  const file = join(dir, `${id}.json`);
  return parseRegion(readFileSync(file, 'utf8'), relative(ROOT, file), id);
}

let pipeline: Region | null = null;
/** regions/kosovo-serbia.json, read once: the region `npm run geo` builds public/data/ for. */
export function pipelineRegion(): Region {
  pipeline ??= readRegion(PIPELINE_REGION);
  return pipeline;
}
