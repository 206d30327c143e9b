// countries.geojson: Serbia (geoBoundaries, excluding Kosovo) and the other countries around the map
// (Natural Earth 1:10m, clipped to the region's context frame to keep the file small); their names
// from ISO 3166 (geo/lib/countryNames.ts), corrected where the map uses another form (geo/corrections.ts).
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { areaKm2 } from '../../src/features/measure';
import { naturalEarthCountries } from '../lib/naturalEarth';
import { isoCountryName } from '../lib/countryNames';
import type { Region } from '../../src/region/schema';

// The neighbours: their Natural Earth name, feature id and ISO code (names: geo/lib/countryNames.ts).
const NEIGHBOURS: { ne: string; id: string; code: string }[] = [
  { ne: 'Montenegro', id: 'montenegro', code: 'ME' },
  { ne: 'Albania', id: 'albania', code: 'AL' },
  { ne: 'Macedonia', id: 'north-macedonia', code: 'MK' },
  { ne: 'Bosnia and Herz.', id: 'bosnia-and-herzegovina', code: 'BA' },
  { ne: 'Bulgaria', id: 'bulgaria', code: 'BG' },
  { ne: 'Croatia', id: 'croatia', code: 'HR' },
  { ne: 'Romania', id: 'romania', code: 'RO' },
  { ne: 'Greece', id: 'greece', code: 'GR' },
];

/** turf.intersect with the frame (bboxClip can leave rings running twice along the frame's edge). */
function clipToFrame(
  country: Feature<Polygon | MultiPolygon>,
  frame: Region['contextFrame'],
): Polygon | MultiPolygon {
  const clipped = turf.intersect(turf.featureCollection([country, turf.bboxPolygon(frame)]));
  if (!clipped) throw new Error('countries: a neighbour lies outside the frame');
  return clipped.geometry;
}

/** `region`: its context frame is the frame the base map covers (regions/<id>.json). */
export function buildCountries(inputs: Inputs, region: Region): SituationFeature[] {
  const serbia = makeFeature(
    {
      id: 'serbia',
      name: isoCountryName('RS'),
      kind: 'country',
      precision: 'derived',
      rank: 1,
      areaKm2: areaKm2(inputs.serbiaOutline.geometry),
      lengthKm: null,
      derivation:
        'geoBoundaries Serbia ADM0 (simplified), unchanged but for rounding; the outline excludes Kosovo.',
      note: "Drawn without Kosovo, as in the source. Serbia does not recognise Kosovo's independence and claims it as its province.",
      sources: [SOURCES.geoBoundariesSerbiaAdm0],
    },
    inputs.serbiaOutline.geometry,
  );
  const neighbours = naturalEarthCountries(NEIGHBOURS.map((n) => n.ne)).map((country, i) => {
    const clipped = clipToFrame(country, region.contextFrame);
    const { id, code } = NEIGHBOURS[i];
    return makeFeature(
      {
        id,
        name: isoCountryName(code),
        kind: 'country',
        precision: 'derived',
        rank: 2,
        areaKm2: null,
        lengthKm: null,
        derivation: `Natural Earth 1:10m Admin 0 "${country.properties.name}", clipped to ${region.contextFrame.join(', ')} (turf.intersect).`,
        note: 'Generalised at 1:10 million: boundaries are off by hundreds of metres at close zoom.',
        sources: [SOURCES.naturalEarth],
      },
      clipped,
    );
  });
  return [serbia, ...neighbours];
}
