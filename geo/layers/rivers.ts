// rivers.geojson: the Ibar and the lower Sitnica (EU-Hydro), each joined into one line. The source
// pieces are numbered downstream (seq) and each starts where the previous one ends.
import * as turf from '@turf/turf';
import type { LineString, Position } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { lengthKm } from '../../src/features/measure';

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

/**
 * The Ibar from where the EU-Hydro line ends (the border near Jarinje) on into Serbia to Raška: the
 * Natural Earth 1:10m line (its "Sitnica" feature, whose northern part is the Ibar), from its point
 * nearest that end to its northern end. Coarse: offsets of about a kilometre.
 */
export function buildIbarInSerbia(inputs: Inputs, ibar: SituationFeature): SituationFeature {
  const ne = inputs.coarseRivers.features.find(
    (f) => f.properties?.name === 'Sitnica' && f.geometry.type === 'LineString',
  );
  if (!ne) throw new Error('rivers: no Ibar (Natural Earth "Sitnica") line in the 1:10m extract');
  const line = turf.lineString((ne.geometry as LineString).coordinates);
  const euHydro = (ibar.geometry as LineString).coordinates;
  const end = euHydro[euHydro.length - 1];
  const from = turf.nearestPointOnLine(line, end);
  const coords = line.geometry.coordinates;
  const north = coords[0][1] > coords[coords.length - 1][1] ? coords[0] : coords[coords.length - 1];
  const part = turf.lineSlice(from, turf.point(north), line);
  const geometry: LineString = {
    type: 'LineString',
    coordinates: [end, ...part.geometry.coordinates.slice(1)],
  };
  return makeFeature(
    {
      id: 'river-ibar-serbia',
      name: { en: 'Ibar (in Serbia)', sq: 'Ibri', 'sr-Latn': 'Ibar', 'sr-Cyrl': 'Ибар' },
      kind: 'river',
      precision: 'approximate',
      rank: 3,
      areaKm2: null,
      lengthKm: lengthKm(geometry),
      derivation: `Natural Earth 1:10m rivers (Europe), the line named "Sitnica" whose northern part is the Ibar: from its point nearest the end of the EU-Hydro Ibar (${from.properties.dist?.toFixed(2)} km away) to its northern end near Raška, joined to that end.`,
      note: 'Coarse: a 1:10,000,000 line, about a kilometre off in places. Used only where no finer line is available offline.',
      sources: [SOURCES.naturalEarthRivers],
    },
    geometry,
  );
}
