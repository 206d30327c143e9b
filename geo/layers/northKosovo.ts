// north-kosovo.geojson: northern Kosovo as the dissolved union of the four municipalities.
// The ADM2 file shares edges exactly between neighbours, so the union has no slivers; any interior
// ring left by rounding would be a pinhole, so the build refuses one.
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { makeFeature } from '../lib/output';
import { areaKm2 } from '../../src/features/measure';
import { dissolveToOneRing } from '../lib/dissolve';

export function buildNorthKosovo(municipalities: SituationFeature[]): SituationFeature[] {
  const union = dissolveToOneRing(
    municipalities.map((m) => turf.feature(m.geometry as Polygon | MultiPolygon)),
    'north-kosovo (four municipalities)',
  );
  return [
    makeFeature(
      {
        id: 'north-kosovo',
        name: {
          en: 'Northern Kosovo',
          sq: 'Veriu i Kosovës',
          'sr-Latn': 'Sever Kosova',
          'sr-Cyrl': 'Север Косова',
        },
        kind: 'region',
        precision: 'derived',
        rank: 1,
        areaKm2: areaKm2(union),
        lengthKm: null,
        derivation:
          'Union (turf.union) of the four municipalities North Mitrovica, Zvečan, Zubin Potok and Leposavić from geoBoundaries Kosovo ADM2.',
        note: 'The article\'s "north of the territory": the four Serb-majority municipalities of the north. North Mitrovica lies north of the Ibar; Zvečan and Leposavić lie on both banks, and the Ibar also runs through Zubin Potok, where it is dammed into Lake Gazivode. Its southern edge in Mitrovica is schematic (see North Mitrovica).',
        sources: municipalities[0].properties.sources.slice(0, 1),
      },
      union,
    ),
  ];
}
