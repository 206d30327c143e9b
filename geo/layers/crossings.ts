// crossings.geojson: the Jarinje and Brnjak crossings. The shared sources give no checkpoint's
// position (PROVENANCE.md, caveats), so each is drawn at the point of the border line nearest to its
// cited village/locality point and marked approximate; the corrections table (geo/corrections.ts)
// moves Jarinje to the position a source gives for the checkpoint itself.
import * as turf from '@turf/turf';
import type { LineString } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { citedPoint } from '../lib/points';
import { sourceOfPoint } from '../lib/citedSources';
import { makeFeature } from '../lib/output';

const CROSSINGS = [
  { row: 'jarinje_crossing', id: 'crossing-jarinje' },
  { row: 'brnjak_crossing', id: 'crossing-brnjak' },
];

export function buildCrossings(inputs: Inputs, border: SituationFeature): SituationFeature[] {
  const line = turf.lineString((border.geometry as LineString).coordinates);
  return CROSSINGS.map(({ row, id }) => {
    const p = citedPoint(inputs.points, row);
    const onLine = turf.nearestPointOnLine(line, [p.lon, p.lat], { units: 'kilometers' });
    const km = Math.round((onLine.properties.dist ?? 0) * 10) / 10;
    const place = p.nameEn.replace(/ \(.*\)$/, '');
    return makeFeature(
      {
        id,
        name: { en: `${place} crossing`, sq: p.nameSq, 'sr-Latn': p.nameSr, 'sr-Cyrl': p.nameSrCyrl },
        kind: 'crossing',
        precision: 'approximate',
        rank: 1,
        areaKm2: null,
        lengthKm: null,
        derivation: `Point of the border line nearest (turf.nearestPointOnLine) to the ${place} point of points.csv, which lies ${km} km away.`,
        note: 'Approximate: a point standing for the crossing, good to a few hundred metres; how it was placed is under "Sources and how it was drawn".',
        sources: [sourceOfPoint(p), SOURCES.geoBoundariesKosovoAdm2],
      },
      onLine.geometry,
    );
  });
}
