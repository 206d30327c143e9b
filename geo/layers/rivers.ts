// rivers.geojson: the Ibar and the lower Sitnica (EU-Hydro), each joined into one line. The source
// pieces are numbered downstream (seq) and each starts where the previous one ends.
import type { LineString, Position } from 'geojson';
import type { SituationFeature } from '../../src/data/schema';
import { SOURCES } from '../../src/data/sources';
import type { Inputs } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { lengthKm } from '../lib/measure';

const RIVERS = [
  { river: 'Ibar', id: 'river-ibar', name: { en: 'Ibar', sq: 'Ibri', 'sr-Latn': 'Ibar', 'sr-Cyrl': 'Ибар' } },
  {
    river: 'Sitnica',
    id: 'river-sitnica',
    name: { en: 'Sitnica', sq: 'Sitnica', 'sr-Latn': 'Sitnica', 'sr-Cyrl': 'Ситница' },
  },
];

export function buildRivers(inputs: Inputs): SituationFeature[] {
  return RIVERS.map(({ river, id, name }) => {
    const pieces = inputs.hydro.features
      .filter((f) => f.properties?.river === river && f.geometry.type === 'LineString')
      .sort((a, b) => Number(a.properties?.seq) - Number(b.properties?.seq));
    if (!pieces.length) throw new Error(`rivers: no ${river} pieces in the EU-Hydro extract`);
    const coordinates: Position[] = [];
    for (const piece of pieces) {
      const line = (piece.geometry as LineString).coordinates;
      coordinates.push(...(coordinates.length ? line.slice(1) : line));
    }
    const geometry: LineString = { type: 'LineString', coordinates };
    return makeFeature(
      {
        id,
        name,
        kind: 'river',
        precision: 'derived',
        rank: 2,
        areaKm2: null,
        lengthKm: lengthKm(geometry),
        derivation: `${pieces.length} EU-Hydro v1.3 river lines joined end to end in downstream order.`,
        note:
          river === 'Ibar'
            ? 'Only the reach from the Sitnica confluence in Mitrovica to the border near Jarinje is in the source; the river through central Mitrovica and up to Gazivode is missing.'
            : 'Only the lower course, from north of Vushtrri to the confluence with the Ibar.',
        sources: [SOURCES.euHydro],
      },
      geometry,
    );
  });
}
