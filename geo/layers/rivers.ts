// rivers.geojson: the Ibar from OpenStreetMap, unbroken from where it leaves Lake Gazivode through
// Zubin Potok and Mitrovica to Raška (geo/osm/situation.ts), in two features split where it last
// crosses the border line (the Ibar in Kosovo, the Ibar in Serbia); and the lower Sitnica (EU-Hydro),
// its pieces joined in downstream order (numbered `seq`, each starting where the previous one ends).
import type { LineString, Position } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { lengthKm } from '../../src/features/measure';
import { OSM_DATE } from '../osm/rawTiles';
import { splitAtLastCrossing, type OsmRiver } from '../osm/situation';

const IBAR_NAME = { sq: 'Ibri', 'sr-Latn': 'Ibar', 'sr-Cyrl': 'Ибар' };

/** The lower Sitnica: the EU-Hydro pieces joined end to end. */
function buildSitnica(inputs: Inputs): SituationFeature {
  const pieces = inputs.hydro.features
    .filter((f) => f.properties?.river === 'Sitnica' && f.geometry.type === 'LineString')
    .sort((a, b) => Number(a.properties?.seq) - Number(b.properties?.seq));
  if (!pieces.length) throw new Error('rivers: no Sitnica pieces in the EU-Hydro extract');
  const coordinates: Position[] = [];
  for (const piece of pieces) {
    const line = (piece.geometry as LineString).coordinates;
    coordinates.push(...(coordinates.length ? line.slice(1) : line));
  }
  const geometry: LineString = { type: 'LineString', coordinates };
  return makeFeature(
    {
      id: 'river-sitnica',
      name: { en: 'Sitnica', sq: 'Sitnica', 'sr-Latn': 'Sitnica', 'sr-Cyrl': 'Ситница' },
      kind: 'river',
      precision: 'derived',
      rank: 2,
      areaKm2: null,
      lengthKm: lengthKm(geometry),
      derivation: `${pieces.length} EU-Hydro v1.3 river lines joined end to end in downstream order.`,
      note: 'Only the lower course, from north of Vushtrri to the confluence with the Ibar.',
      sources: [SOURCES.euHydro],
    },
    geometry,
  );
}

export function buildRivers(inputs: Inputs, ibar: OsmRiver, border: LineString): SituationFeature[] {
  const [inKosovo, inSerbia] = splitAtLastCrossing(ibar.coordinates, border);
  const derivation = (part: string) =>
    `OpenStreetMap waterway (data of ${OSM_DATE}), class river, named ${ibar.names.map((n) => `"${n}"`).join(', ')}: the pieces of the Kosovo and Serbia extracts' z12 tiles (${ibar.tiles}), each cut back to its own tile and joined where the cut ends meet, the shortest way from where the river leaves Lake Gazivode's outline (landmarks) to its point nearest Raška; ${part}.`;
  const ibarFeature = (
    id: string,
    en: string,
    rank: number,
    coordinates: Position[],
    part: string,
    note: string,
  ) => {
    const geometry: LineString = { type: 'LineString', coordinates };
    return makeFeature(
      {
        id,
        name: { en, ...IBAR_NAME },
        kind: 'river',
        precision: 'derived',
        rank,
        areaKm2: null,
        lengthKm: lengthKm(geometry),
        derivation: derivation(part),
        note,
        sources: [SOURCES.osmTiles],
      },
      geometry,
    );
  };
  return [
    ibarFeature(
      'river-ibar',
      'Ibar',
      2,
      inKosovo,
      'this part from the lake to where the line last crosses the border line, near Jarinje',
      'From where it leaves Lake Gazivode, through Zubin Potok, Zvečan and Mitrovica and past Leposavić to the border near Jarinje; it runs on in Serbia to Raška.',
    ),
    buildSitnica(inputs),
    ibarFeature(
      'river-ibar-serbia',
      'Ibar (in Serbia)',
      3,
      inSerbia,
      'this part from the border line near Jarinje to Raška',
      'The Ibar from the border near Jarinje to Raška, where the map ends it (it flows on north to Kraljevo).',
    ),
  ];
}
