// crossings.geojson: the Jarinje and Brnjak crossings. Brnjak is where OpenStreetMap's M-2 meets the
// border line (geo/osm/situation.ts). Jarinje starts at the point of the line nearest its cited village
// point; the corrections table (geo/corrections.ts) moves it to the position a source gives for the
// checkpoint itself, and its derivation says how far that lies from OpenStreetMap's M-22.3. Both are
// approximate: the line is geoBoundaries' simplified one, off by up to a few hundred metres.
import * as turf from '@turf/turf';
import type { LineString, Position } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { citedPoint } from '../lib/points';
import { sourceOfPoint } from '../lib/citedSources';
import { makeFeature } from '../lib/output';
import { OSM_DATE } from '../osm/rawTiles';
import type { RoadCrossing } from '../osm/situation';

const NOTE =
  'Approximate: a point standing for the crossing, good to a few hundred metres; how it was placed is under "Sources and how it was drawn".';

function crossingName(inputs: Inputs, row: string) {
  const p = citedPoint(inputs.points, row);
  const place = p.nameEn.replace(/ \(.*\)$/, '');
  return {
    p,
    place,
    name: { en: `${place} crossing`, sq: p.nameSq, 'sr-Latn': p.nameSr, 'sr-Cyrl': p.nameSrCyrl },
  };
}

export function buildCrossings(
  inputs: Inputs,
  border: SituationFeature,
  brnjakRoad: RoadCrossing,
): SituationFeature[] {
  const line = turf.lineString((border.geometry as LineString).coordinates);
  const jarinje = crossingName(inputs, 'jarinje_crossing');
  const onLine = turf.nearestPointOnLine(line, [jarinje.p.lon, jarinje.p.lat], { units: 'kilometers' });
  const km = Math.round((onLine.properties.dist ?? 0) * 10) / 10;
  const brnjak = crossingName(inputs, 'brnjak_crossing');
  const fromLocality = Math.round(turf.distance([brnjak.p.lon, brnjak.p.lat], brnjakRoad.point) * 10) / 10;
  return [
    makeFeature(
      {
        id: 'crossing-jarinje',
        name: jarinje.name,
        kind: 'crossing',
        precision: 'approximate',
        rank: 1,
        areaKm2: null,
        lengthKm: null,
        derivation: `Point of the border line nearest (turf.nearestPointOnLine) to the ${jarinje.place} point of points.csv, which lies ${km} km away.`,
        note: NOTE,
        sources: [sourceOfPoint(jarinje.p), SOURCES.geoBoundariesKosovoAdm2],
      },
      onLine.geometry,
    ),
    makeFeature(
      {
        id: 'crossing-brnjak',
        name: brnjak.name,
        kind: 'crossing',
        precision: 'approximate',
        rank: 1,
        areaKm2: null,
        lengthKm: null,
        derivation: `Where OpenStreetMap's M-2 (data of ${OSM_DATE}; layer transportation_name, ref M-2, class ${brnjakRoad.roadClass}, tiles ${brnjakRoad.tiles}) meets the border line (turf.lineIntersect), ${fromLocality} km from the ${brnjak.place} locality point of points.csv.`,
        note: NOTE,
        sources: [SOURCES.osmTiles, sourceOfPoint(brnjak.p), SOURCES.geoBoundariesKosovoAdm2],
      },
      { type: 'Point', coordinates: brnjakRoad.point },
    ),
  ];
}

/** Jarinje, once corrected, with how far its cited position lies from OSM's M-22.3. */
export function withRoadDistance(
  crossings: SituationFeature[],
  jarinjeRoad: (at: Position) => { metres: number; tiles: string },
): SituationFeature[] {
  return crossings.map((f) => {
    if (f.properties.id !== 'crossing-jarinje' || f.geometry.type !== 'Point') return f;
    const { metres, tiles } = jarinjeRoad(f.geometry.coordinates);
    return {
      ...f,
      properties: {
        ...f.properties,
        derivation: `${f.properties.derivation} The checkpoint's position lies ${Math.round(metres)} m from OpenStreetMap's M-22.3 (data of ${OSM_DATE}; layer transportation_name, tiles ${tiles}), the road through the crossing.`,
        sources: [...f.properties.sources, SOURCES.osmTiles],
      },
    };
  });
}
