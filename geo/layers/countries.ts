// countries.geojson: Serbia (geoBoundaries, excluding Kosovo) and the other countries around the map
// (Natural Earth 1:10m, clipped to the map's frame to keep the file small).
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PlaceName, SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { areaKm2 } from '../lib/measure';
import { naturalEarthCountries } from '../lib/naturalEarth';

/** The frame the base map covers: the region from the Adriatic to Sofia and Belgrade. */
export const CONTEXT_BBOX: [number, number, number, number] = [17.5, 40.5, 24.0, 45.5];

// Country names in English, Albanian and Serbian: common exonyms, typed here (no coordinates).
const NEIGHBOURS: { ne: string; id: string; name: PlaceName }[] = [
  {
    ne: 'Montenegro',
    id: 'montenegro',
    name: { en: 'Montenegro', sq: 'Mali i Zi', 'sr-Latn': 'Crna Gora', 'sr-Cyrl': 'Црна Гора' },
  },
  {
    ne: 'Albania',
    id: 'albania',
    name: { en: 'Albania', sq: 'Shqipëria', 'sr-Latn': 'Albanija', 'sr-Cyrl': 'Албанија' },
  },
  {
    ne: 'Macedonia',
    id: 'north-macedonia',
    name: {
      en: 'North Macedonia',
      sq: 'Maqedonia e Veriut',
      'sr-Latn': 'Severna Makedonija',
      'sr-Cyrl': 'Северна Македонија',
    },
  },
  {
    ne: 'Bosnia and Herz.',
    id: 'bosnia-and-herzegovina',
    name: {
      en: 'Bosnia and Herzegovina',
      sq: 'Bosnja dhe Hercegovina',
      'sr-Latn': 'Bosna i Hercegovina',
      'sr-Cyrl': 'Босна и Херцеговина',
    },
  },
  {
    ne: 'Bulgaria',
    id: 'bulgaria',
    name: { en: 'Bulgaria', sq: 'Bullgaria', 'sr-Latn': 'Bugarska', 'sr-Cyrl': 'Бугарска' },
  },
  {
    ne: 'Croatia',
    id: 'croatia',
    name: { en: 'Croatia', sq: 'Kroacia', 'sr-Latn': 'Hrvatska', 'sr-Cyrl': 'Хрватска' },
  },
  {
    ne: 'Romania',
    id: 'romania',
    name: { en: 'Romania', sq: 'Rumania', 'sr-Latn': 'Rumunija', 'sr-Cyrl': 'Румунија' },
  },
  {
    ne: 'Greece',
    id: 'greece',
    name: { en: 'Greece', sq: 'Greqia', 'sr-Latn': 'Grčka', 'sr-Cyrl': 'Грчка' },
  },
];

/** turf.intersect with the frame (bboxClip can leave rings running twice along the frame's edge). */
function clipToFrame(country: Feature<Polygon | MultiPolygon>): Polygon | MultiPolygon {
  const clipped = turf.intersect(turf.featureCollection([country, turf.bboxPolygon(CONTEXT_BBOX)]));
  if (!clipped) throw new Error('countries: a neighbour lies outside the frame');
  return clipped.geometry;
}

export function buildCountries(inputs: Inputs): SituationFeature[] {
  const serbia = makeFeature(
    {
      id: 'serbia',
      name: { en: 'Serbia', sq: 'Serbia', 'sr-Latn': 'Srbija', 'sr-Cyrl': 'Србија' },
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
    const clipped = clipToFrame(country);
    const { id, name } = NEIGHBOURS[i];
    return makeFeature(
      {
        id,
        name,
        kind: 'country',
        precision: 'derived',
        rank: 2,
        areaKm2: null,
        lengthKm: null,
        derivation: `Natural Earth 1:10m Admin 0 "${country.properties.name}", clipped to ${CONTEXT_BBOX.join(', ')} (turf.intersect).`,
        note: 'Generalised at 1:10 million: boundaries are off by hundreds of metres at close zoom.',
        sources: [SOURCES.naturalEarth],
      },
      clipped,
    );
  });
  return [serbia, ...neighbours];
}
