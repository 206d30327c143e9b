// The region a story started in the browser belongs to: the one the gazetteer and the shipped layers
// are built for (`npm run geo`, scripts/region/readRegion.ts's PIPELINE_REGION), validated as every
// region file is. Loaded only with the new-story page and the stories it made.
import regionFile from '../../regions/kosovo-serbia.json';
import { parseRegion } from '../region/parseRegion';
import type { Region } from '../region/schema';

let region: Region | null = null;

export function authoringRegion(): Region {
  region ??= parseRegion(JSON.stringify(regionFile), 'regions/kosovo-serbia.json', 'kosovo-serbia');
  return region;
}
