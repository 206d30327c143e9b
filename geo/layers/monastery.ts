// monastery.geojson: the Banjska monastery (point, cited coordinates) and the area of the
// 24 September 2023 attack and siege: a buffer around the monastery and Banjska village.
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { citedPoint } from '../lib/points';
import { sourceOfPoint } from '../lib/citedSources';
import { makeFeature } from '../lib/output';
import { areaKm2 } from '../../src/features/measure';

/** Radius around the monastery–village segment; covers the village entrance where the police were ambushed. */
export const AREA_RADIUS_KM = 1.0;

export function buildMonastery(inputs: Inputs): SituationFeature[] {
  const monastery = citedPoint(inputs.points, 'banjska_monastery');
  const village = citedPoint(inputs.points, 'banjska_village');
  const segment = turf.lineString([
    [monastery.lon, monastery.lat],
    [village.lon, village.lat],
  ]);
  const area = turf.buffer(segment, AREA_RADIUS_KM, { units: 'kilometers', steps: 16 });
  if (!area) throw new Error('monastery: buffer failed');
  const pointFeature = makeFeature(
    {
      id: 'banjska-monastery',
      name: {
        en: monastery.nameEn,
        sq: monastery.nameSq,
        'sr-Latn': 'Manastir Banjska',
        'sr-Cyrl': 'Манастир Бањска',
      },
      kind: 'monastery',
      precision: 'approximate',
      rank: 1,
      areaKm2: null,
      lengthKm: null,
      derivation:
        'Row "banjska_monastery" of points.csv: infobox coordinates of the English Wikipedia article (42°58′17″N 20°46′57″E).',
      note: 'A 14th-century Serbian Orthodox monastery in Zvečan municipality, where the armed group barricaded itself on 24 September 2023. A travel guide places it 65 m away; the village point is 255 m away.',
      sources: [sourceOfPoint(monastery)],
    },
    { type: 'Point', coordinates: [monastery.lon, monastery.lat] },
  );
  const areaFeature = makeFeature(
    {
      id: 'banjska-area',
      name: {
        en: 'Banjska: monastery and village (attack and siege, 24 Sept 2023)',
        sq: 'Banjskë: manastiri dhe fshati',
        'sr-Latn': 'Banjska: manastir i selo',
        'sr-Cyrl': 'Бањска: манастир и село',
      },
      kind: 'incident-area',
      precision: 'approximate',
      rank: 1,
      areaKm2: areaKm2(area.geometry as Polygon),
      lengthKm: null,
      derivation: `turf.buffer of ${AREA_RADIUS_KM} km around the segment from the monastery point (Wikipedia; row "banjska_monastery" of points.csv) to the Banjska village point (GeoNames 792910; row "banjska_village").`,
      note: 'Approximate: drawn from press reports, not from surveyed positions. The police patrol was attacked near the village, at a road reportedly blocked by vehicles, and the armed group then held out in the monastery. Exact positions of the shooting are not in the sources.',
      sources: [sourceOfPoint(monastery), sourceOfPoint(village), SOURCES.pressReports],
    },
    area.geometry,
  );
  return [areaFeature, pointFeature];
}
