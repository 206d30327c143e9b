// kosovo.geojson: Kosovo as a whole, the union of its 38 municipalities (geoBoundaries ADM2), so that
// its outline, the municipal boundaries and the border line coincide on the map.
// kosovo-municipalities.geojson: the 34 municipalities outside the north, for context.
import * as turf from '@turf/turf';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs, Area } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { areaKm2 } from '../../src/features/measure';
import { fold, inferNames, latinLanguage } from '../lib/names';
import { dissolveToOneRing } from '../lib/dissolve';
import { FOUR_MUNICIPALITIES } from './municipalities';

export function kosovoOutline(inputs: Inputs): Area {
  const geometry = dissolveToOneRing(inputs.kosovoMunicipalities, 'kosovo (38 municipalities)');
  return { type: 'Feature', geometry, properties: {} };
}

export function buildKosovo(inputs: Inputs): SituationFeature[] {
  const outline = kosovoOutline(inputs);
  return [
    makeFeature(
      {
        id: 'kosovo',
        name: { en: 'Kosovo', sq: 'Kosova', 'sr-Latn': 'Kosovo', 'sr-Cyrl': 'Косово' },
        kind: 'territory',
        precision: 'derived',
        rank: 1,
        areaKm2: areaKm2(outline.geometry),
        lengthKm: null,
        derivation: 'Union (turf.union) of the 38 municipalities of geoBoundaries Kosovo ADM2.',
        note: 'Kosovo declared independence in 2008; Serbia does not recognise it and regards Kosovo as its province. The outline is the boundary as mapped in OpenStreetMap (2017).',
        sources: [SOURCES.geoBoundariesKosovoAdm2],
      },
      outline.geometry,
    ),
  ];
}

const stem = (shapeName: string) => shapeName.replace(/^Municipality of /, '').normalize('NFC');

/** The GeoNames town inside the municipality that bears its name: the source of its Serbian name. */
function seatInGeoNames(inputs: Inputs, area: Area) {
  const key = fold(stem(String(area.properties.shapeName)));
  return inputs.geoNames
    .filter((p) => p.featureClass === 'P' && [p.name, ...p.alternateNames].some((n) => fold(n) === key))
    .filter((p) => turf.booleanPointInPolygon([p.lon, p.lat], area))
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId)[0];
}

export function buildOtherMunicipalities(inputs: Inputs): SituationFeature[] {
  const north = new Set<string>(FOUR_MUNICIPALITIES.map((m) => m.shapeName));
  return inputs.kosovoMunicipalities
    .filter((area) => !north.has(String(area.properties.shapeName)))
    .sort((a, b) => String(a.properties.shapeName).localeCompare(String(b.properties.shapeName)))
    .map((area) => {
      const name = stem(String(area.properties.shapeName));
      const seat = seatInGeoNames(inputs, area);
      const inferred = seat ? inferNames(seat.name, seat.alternateNames) : null;
      return makeFeature(
        {
          id: `municipality-${fold(name).replace(/[^a-z0-9]+/g, '-')}`,
          // Albanian: the written standard form from GeoNames (with ë/ç: "Prishtinë", not the
          // ASCII "Pristina" of geoBoundaries' shape name) when the seat has one.
          name: {
            en: name,
            sq: inferred?.sq && latinLanguage(inferred.sq) !== 'sr' ? inferred.sq : name,
            'sr-Latn': inferred?.['sr-Latn'] ?? null,
            'sr-Cyrl': inferred?.['sr-Cyrl'] ?? null,
          },
          kind: 'municipality',
          precision: 'derived',
          rank: 3,
          areaKm2: areaKm2(area.geometry),
          lengthKm: null,
          derivation: `Polygon "${String(area.properties.shapeName)}" of geoBoundaries Kosovo ADM2 (simplified).${
            seat
              ? ` Serbian name from GeoNames ${seat.geonameId} (${seat.name}).`
              : ' No Serbian name found in GeoNames.'
          }`,
          note: null,
          sources: seat
            ? [SOURCES.geoBoundariesKosovoAdm2, SOURCES.geoNames]
            : [SOURCES.geoBoundariesKosovoAdm2],
        },
        area.geometry,
      );
    });
}
