// landmarks.geojson: Lake Gazivode (Ujmani), OpenStreetMap's water polygon (geo/osm/situation.ts), and
// the main Ibar bridge in Mitrovica (a cited row of points.csv).
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { citedPoint } from '../lib/points';
import { sourceOfPoint } from '../lib/citedSources';
import { makeFeature } from '../lib/output';

import { OSM_DATE } from '../osm/rawTiles';
import type { OsmLake } from '../osm/situation';

/**
 * The part of the bridge row's note that says where its coordinates come from (its first sentence
 * and the measured distances), without the row's history of the bridge, which its sources contradict.
 */
function bridgeCoordinates(note: string): string {
  const first = note.slice(0, note.indexOf('. ') + 1);
  if (!first.includes('coordinates'))
    throw new Error('landmarks: the bridge row no longer starts with its coordinates');
  return first;
}

export function buildLandmarks(inputs: Inputs, lake: OsmLake): SituationFeature[] {
  const bridge = citedPoint(inputs.points, 'mitrovica_ibar_bridge');
  const km2 = Math.round(lake.areaKm2 * 100) / 100;
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
        precision: 'derived',
        rank: 2,
        areaKm2: km2,
        lengthKm: null,
        derivation: `OpenStreetMap (data of ${OSM_DATE}), layer water, class lake: the polygons of the Kosovo and Serbia extracts' z12 tiles (${lake.tiles}) unioned with turf.union, the one under the lake's water_name "${lake.name}"; ${km2} km². Names: Gazivodsko jezero in Serbian; Ujmani (Liqeni i Ujmanit) in Albanian.`,
        note: `The reservoir's published area is 11.9 km²; the outline drawn is OpenStreetMap's, at some water level, and smaller (${km2} km²). It is shared with Serbia: its western, upstream end (about 2.7 of its 11.9 km², in Tutin municipality) lies in Serbia. The Brnjak crossing lies on its shore.`,
        sources: [SOURCES.osmTiles],
      },
      lake.geometry,
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
        derivation: `The cited point of points.csv (mitrovica_ibar_bridge): ${bridgeCoordinates(bridge.note)} (The row's note also says the bridge was "rebuilt by French KFOR in 2005", after a machine-translated copy of Russian Wikipedia; the sources of the note say otherwise, and the map follows them.)`,
        note: "The main bridge between the Albanian-majority south and the Serb-majority north of Mitrovica; the Ibar is the municipal boundary. Refurbished with French government money, it was handed over to the city in June 2001; in April 2005 French KFOR troops removed the barricades on it, and in June 2005 KFOR handed it to the Kosovo police. Since 2011, when Serbs in the north put up barricades, it has been closed to passenger vehicles (the AP, in 2024). In April 2023 the North Mitrovica assembly asked for its reopening to traffic; the EU's envoy Miroslav Lajčák said it was not the right time.",
        sources: [sourceOfPoint(bridge)],
      },
      { type: 'Point', coordinates: [bridge.lon, bridge.lat] },
    ),
  ];
}
