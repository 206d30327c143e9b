// Reading the raw sources in ../shared/geo-sources/, with a clear error when one is missing,
// altered or malformed. Expected hashes are those recorded in PROVENANCE.md.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';

export const SOURCE_DIR = resolve(
  process.env.GEO_SOURCES_DIR ?? resolve(import.meta.dirname, '../../../shared/geo-sources'),
);

/** sha256 of each raw file as recorded in PROVENANCE.md; a mismatch means the input changed. */
const EXPECTED_SHA256: Record<string, string> = {
  'geoBoundaries-XKX-ADM2_simplified.geojson':
    '883faeb272d62f61532560151d7ca23e3bf90694d556e1c36342560e3894c367',
  'geoBoundaries-XKX-ADM0_simplified.geojson':
    '1651409252e9adcb692c95d1735fd8c0887d6b81b00621e3dc885d73a45d30e2',
  'geoBoundaries-SRB-ADM0_simplified.geojson':
    'b019bd851b5282a4b9d2f36d7af92918e7a8340df117482cee7a9ecf0d26e58c',
  'points.csv': '31c074f77d6cb3985365474dff9e35e9ca6caf3a0c7dab9c1f0f73ae6ff7f7f0',
  'naturalearth-10m-rivers-europe-north-kosovo.geojson':
    'df5077994f5cd7a571fb1d6b0280d42436d0d8ac0fb9a586652d62725bf1af6f',
  'osm-rail-stations-north-kosovo.geojson':
    '1c68ad57097ec6698956a403f5de7e0b41a37414ae7f8dedd340f08e82d2df7e',
  'hydro-euhydro-ibar-sitnica-north-kosovo.geojson':
    '1aedac046ee8487fef901553bb2938f848b180875fa07aaeaf915d23e03130e9',
};

export class SourceError extends Error {
  constructor(file: string, problem: string) {
    super(`geo source ${file}: ${problem}`);
    this.name = 'SourceError';
  }
}

export function readSourceText(file: string, dir = SOURCE_DIR): string {
  const path = resolve(dir, file);
  if (!existsSync(path)) throw new SourceError(file, `missing (looked in ${dir})`);
  const bytes = readFileSync(path);
  const expected = EXPECTED_SHA256[file];
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (expected && actual !== expected) {
    throw new SourceError(file, `sha256 ${actual} differs from ${expected} recorded in PROVENANCE.md`);
  }
  return bytes.toString('utf8');
}

export function readSourceGeoJson(file: string, dir = SOURCE_DIR): FeatureCollection {
  const text = readSourceText(file, dir);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SourceError(file, `not valid JSON (${(error as Error).message})`);
  }
  const fc = parsed as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features) || fc.features.length === 0) {
    throw new SourceError(file, 'not a GeoJSON FeatureCollection with features');
  }
  return fc;
}
