// terrain.geojson: the names GeoNames gives to mountains, ranges, peaks and passes of the north, as
// labels that hint at the terrain (no elevation model is available offline).
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { inferNames, normaliseName } from '../lib/names';
import { serbianLatinToCyrillic } from '../lib/cyrillic';
import * as turf from '@turf/turf';

const CODES = new Set(['MTS', 'MT', 'PK', 'PASS']);

export function buildTerrain(inputs: Inputs, northKosovo: SituationFeature): SituationFeature[] {
  const area = turf.buffer(northKosovo as never, 5, { units: 'kilometers' })!;
  return (
    inputs.geoNames
      .filter((g) => g.featureClass === 'T' && CODES.has(g.featureCode))
      .filter((g) => turf.booleanPointInPolygon([g.lon, g.lat], area))
      // Ranges and named peaks and passes; single hills named "Mt X" only where the range is named.
      .filter(
        (g) =>
          g.featureCode !== 'MT' || /planina|gora|mali i|bjeshk/i.test(g.name + g.alternateNames.join(' ')),
      )
      .map((g) => {
        const inferred = inferNames(g.name, g.alternateNames);
        const latin = inferred['sr-Latn'];
        const names = {
          ...inferred,
          'sr-Cyrl': inferred['sr-Cyrl'] ?? (latin ? serbianLatinToCyrillic(latin) : null),
        };
        return makeFeature(
          {
            id: `geonames-${g.geonameId}`,
            name: { en: names['sr-Latn'] ?? names.sq ?? normaliseName(g.name), ...names },
            kind: 'mountain',
            precision: 'approximate',
            rank: g.featureCode === 'MTS' ? 3 : 4,
            areaKm2: null,
            lengthKm: null,
            derivation: `GeoNames ${g.geonameId} "${normaliseName(g.name)}" (${g.featureCode}: ${{ MTS: 'mountains', MT: 'mountain', PK: 'peak', PASS: 'pass' }[g.featureCode]}), one point.${names.sq === null ? " No Albanian form among GeoNames' names for it." : ''}${names['sr-Latn'] === null ? " No Serbian form among GeoNames' names for it." : ''}${inferred['sr-Cyrl'] === null && latin ? ' Cyrillic by the official transliteration.' : ''}`,
            note: 'A name for the terrain, placed at one GeoNames point: no outline, no elevation.',
            sources: [SOURCES.geoNames],
          },
          { type: 'Point', coordinates: [g.lon, g.lat] },
        );
      })
  );
}
