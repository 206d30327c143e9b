// places.geojson: towns (cited rows of points.csv) and the villages of northern Kosovo (GeoNames
// populated places inside the north), with Albanian and Serbian names.
import * as turf from '@turf/turf';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { citedPoint } from '../lib/points';
import { sourceOfPoint } from '../lib/citedSources';
import { makeFeature } from '../lib/output';
import { inferNames, normaliseName } from '../lib/names';
import { serbianLatinToCyrillic } from '../lib/cyrillic';

const TOWNS: { row: string; id: string; rank: number }[] = [
  { row: 'north_mitrovica_centre', id: 'town-north-mitrovica', rank: 1 },
  { row: 'mitrovica_city', id: 'town-mitrovica-south', rank: 1 },
  { row: 'zvecan_town', id: 'town-zvecan', rank: 1 },
  { row: 'leposavic_town', id: 'town-leposavic', rank: 1 },
  { row: 'zubin_potok_town', id: 'town-zubin-potok', rank: 1 },
  { row: 'banjska_village', id: 'village-banjska', rank: 2 },
  { row: 'pristina', id: 'town-pristina', rank: 1 },
  { row: 'raska_town', id: 'town-raska', rank: 1 },
  { row: 'novi_pazar', id: 'town-novi-pazar', rank: 1 },
  { row: 'belgrade', id: 'town-belgrade', rank: 1 },
];

/** A GeoNames village this close to a cited town is the same place; the cited row wins. */
const DUPLICATE_KM = 0.5;

export function buildPlaces(inputs: Inputs, northKosovo: SituationFeature): SituationFeature[] {
  const towns = TOWNS.map(({ row, id, rank }) => {
    const p = citedPoint(inputs.points, row);
    return makeFeature(
      {
        id,
        name: {
          en: p.nameEn.replace(/ \(.*\)$/, ''),
          sq: p.nameSq,
          'sr-Latn': p.nameSr,
          'sr-Cyrl': p.nameSrCyrl,
        },
        kind: row === 'banjska_village' ? 'village' : 'town',
        precision: 'approximate',
        rank,
        areaKm2: null,
        lengthKm: null,
        derivation: `Row "${row}" of points.csv.`,
        note: 'A town-centre convention of its source: a point standing for the town.',
        sources: [sourceOfPoint(p)],
      },
      { type: 'Point', coordinates: [p.lon, p.lat] },
    );
  });
  const townPoints = towns.map((t) => t.geometry.coordinates as [number, number]);
  const villages = inputs.geoNames
    .filter((p) => p.featureClass === 'P' && p.featureCode.startsWith('PPL'))
    .filter((p) => turf.booleanPointInPolygon([p.lon, p.lat], northKosovo.geometry as GeoJSON.Polygon))
    .filter((p) => townPoints.every((t) => turf.distance(t, [p.lon, p.lat]) > DUPLICATE_KM))
    .sort((a, b) => a.geonameId - b.geonameId)
    .map((p) => {
      const inferred = inferNames(p.name, p.alternateNames);
      // No Cyrillic among GeoNames' names: the official transliteration of the Serbian Latin form.
      const cyrillicFromLatin = inferred['sr-Latn'] !== null && inferred['sr-Cyrl'] === null;
      const names = {
        ...inferred,
        'sr-Cyrl':
          inferred['sr-Cyrl'] ?? (inferred['sr-Latn'] ? serbianLatinToCyrillic(inferred['sr-Latn']) : null),
      };
      // English: these villages lie in the four Serb-majority municipalities, where English usage
      // follows the Serbian form; GeoNames' own main name is sometimes a garbled mix ("Ioshanica").
      const en = names['sr-Latn'] ?? names.sq ?? normaliseName(p.name);
      return makeFeature(
        {
          id: `geonames-${p.geonameId}`,
          name: { en, ...names },
          kind: 'village',
          precision: 'approximate',
          rank: 3,
          areaKm2: null,
          lengthKm: null,
          derivation: `GeoNames ${p.geonameId} (${p.featureCode}); Albanian and Serbian forms picked from its alternate names by their letters.${
            cyrillicFromLatin ? ' Cyrillic transliterated from the Serbian Latin form.' : ''
          }${names.sq === null ? " No Albanian form among GeoNames' names for it." : ''}${
            names['sr-Latn'] === null ? " No Serbian form among GeoNames' names for it." : ''
          }`,
          note: null,
          sources: [SOURCES.geoNames],
        },
        { type: 'Point', coordinates: [p.lon, p.lat] },
      );
    });
  return [...towns, ...villages];
}
