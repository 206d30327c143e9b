// municipalities.geojson: the four Serb-majority municipalities of northern Kosovo, geometry as
// published in geoBoundaries Kosovo ADM2; names from the seat rows of points.csv (en/sq/sr).
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import { type Inputs, municipalityByShapeName } from '../lib/inputs';
import { citedPoint } from '../lib/points';
import { sourceOfPoint } from '../lib/citedSources';
import { makeFeature } from '../lib/output';
import { areaKm2 } from '../../src/features/measure';

export const FOUR_MUNICIPALITIES = [
  {
    id: 'municipality-north-mitrovica',
    shapeName: 'Municipality of North Mitrovica',
    seat: 'north_mitrovica_centre',
  },
  { id: 'municipality-zvecan', shapeName: 'Municipality of Zveçan', seat: 'zvecan_town' },
  { id: 'municipality-zubin-potok', shapeName: 'Municipality of Zubin Potok', seat: 'zubin_potok_town' },
  { id: 'municipality-leposavic', shapeName: 'Municipality of Leposaviq', seat: 'leposavic_town' },
] as const;

const NORTH_MITROVICA_NOTE =
  'The boundary with South Mitrovica is schematic in the source: it follows the Ibar only approximately, and the polygon (≈5.5 km²) is about half the commonly quoted municipal area (≈11 km²).';

export function buildMunicipalities(inputs: Inputs): SituationFeature[] {
  return FOUR_MUNICIPALITIES.map(({ id, shapeName, seat }) => {
    const area = municipalityByShapeName(inputs, shapeName);
    const seatRow = citedPoint(inputs.points, seat);
    return makeFeature(
      {
        id,
        name: {
          en: seatRow.nameEn,
          sq: seatRow.nameSq,
          'sr-Latn': seatRow.nameSr,
          'sr-Cyrl': seatRow.nameSrCyrl,
        },
        kind: 'municipality',
        precision: 'derived',
        rank: 1,
        areaKm2: areaKm2(area.geometry),
        lengthKm: null,
        derivation: `Polygon "${shapeName}" of geoBoundaries Kosovo ADM2 (simplified), unchanged but for rounding to 5 decimals. Names from the seat's row "${seat}" of points.csv.`,
        note:
          id === 'municipality-north-mitrovica'
            ? NORTH_MITROVICA_NOTE
            : 'Boundary of 2017 (OpenStreetMap), simplified by geoBoundaries.',
        sources: [SOURCES.geoBoundariesKosovoAdm2, sourceOfPoint(seatRow)],
      },
      area.geometry,
    );
  });
}
