// landmarks.geojson: Lake Gazivode (Ujmani), as GeoNames' point (no outline is available offline),
// and the main Ibar bridge in Mitrovica (a cited row of points.csv).
import type { SituationFeature } from '../../src/data/schema';
import { SOURCES } from '../../src/data/sources';
import type { Inputs } from '../lib/inputs';
import { citedPoint } from '../lib/points';
import { sourceOfPoint } from '../lib/citedSources';
import { makeFeature } from '../lib/output';

export const LAKE_GEONAMES_ID = 823862;

export function buildLandmarks(inputs: Inputs): SituationFeature[] {
  const lake = inputs.geoNames.find((g) => g.geonameId === LAKE_GEONAMES_ID);
  if (!lake) throw new Error(`landmarks: GeoNames ${LAKE_GEONAMES_ID} (Gazivodsko Jezero) is missing`);
  const bridge = citedPoint(inputs.points, 'mitrovica_ibar_bridge');
  return [
    makeFeature(
      {
        id: 'lake-gazivode',
        name: {
          en: 'Lake Gazivode',
          sq: 'Liqeni i Ujmanit',
          'sr-Latn': 'Gazivodsko jezero',
          'sr-Cyrl': 'Газиводско језеро',
        },
        kind: 'lake',
        precision: 'approximate',
        rank: 2,
        areaKm2: null,
        lengthKm: null,
        derivation: `GeoNames ${LAKE_GEONAMES_ID} "${lake.name}" (feature code ${lake.featureCode}): one point for the whole reservoir. Names: Gazivodsko jezero in Serbian; Ujmani (Liqeni i Ujmanit) in Albanian.`,
        note: "The reservoir's outline is not drawn: none is available offline. It is shared with Serbia (its northern arm), and the Brnjak crossing lies on its shore.",
        sources: [SOURCES.geoNames],
      },
      { type: 'Point', coordinates: [lake.lon, lake.lat] },
    ),
    makeFeature(
      {
        id: 'ibar-bridge',
        name: {
          en: 'Ibar bridge',
          sq: bridge.nameSq,
          'sr-Latn': bridge.nameSr,
          'sr-Cyrl': bridge.nameSrCyrl ?? 'Мост на Ибру',
        },
        kind: 'bridge',
        precision: 'approximate',
        rank: 2,
        areaKm2: null,
        lengthKm: null,
        derivation: `The cited point of points.csv (mitrovica_ibar_bridge): ${bridge.note}`,
        note: 'The main bridge between the Albanian-majority south and the Serb-majority north of Mitrovica; the Ibar is the municipal boundary.',
        sources: [sourceOfPoint(bridge)],
      },
      { type: 'Point', coordinates: [bridge.lon, bridge.lat] },
    ),
  ];
}
