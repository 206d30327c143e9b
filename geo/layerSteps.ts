// The pipeline's step for each layer it writes, by the layer's id in the registry
// (src/cartography/layerRegistry.ts), which also names the file: a step builds the layer's features
// from the sources and from what the steps share (the municipalities, the border, …). The table is
// typed by the registry: a shipped layer without a step, or a step for no layer, does not compile.
import type { LineString } from 'geojson';
import type { SituationFeature } from '../src/domain/schema';
import { LAYER_REGISTRY, type LayerDefinition, type ShippedLayerId } from '../src/cartography/layerRegistry';
import type { Inputs } from './lib/inputs';
import type { buildBorder } from './layers/border';
import { buildMonastery } from './layers/monastery';
import { buildKosovo } from './layers/kosovo';
import { buildPlaces } from './layers/places';
import { buildCrossings, withRoadDistance } from './layers/crossings';
import { buildRivers } from './layers/rivers';
import { buildSafetyZone } from './layers/safetyZone';
import { buildLandmarks } from './layers/landmarks';
import { buildStations } from './layers/stations';
import { buildTerrain } from './layers/terrain';
import { citedPoint } from './lib/points';
import type { RawTiles } from './osm/rawTiles';
import { metresToRoad, roadMeetsLine, type OsmLake, type OsmRiver } from './osm/situation';

/** What several steps need, built once before them (geo/run.ts). */
export interface SharedLayers {
  inputs: Inputs;
  /** Applies the corrections (geo/corrections.ts) and records those applied. */
  fix: (features: SituationFeature[]) => SituationFeature[];
  municipalities: SituationFeature[];
  otherMunicipalities: SituationFeature[];
  northKosovo: SituationFeature[];
  border: ReturnType<typeof buildBorder>;
  borderLine: LineString;
  countries: SituationFeature[];
  /** The raw OpenStreetMap tiles (../shared/osm-tiles/), each checked as it is read. */
  osm: RawTiles;
  /** Lake Gazivode's outline and the Ibar, from OSM (geo/osm/situation.ts). */
  lake: OsmLake;
  ibar: OsmRiver;
}

export type LayerStep = (shared: SharedLayers) => SituationFeature[];

export const LAYER_STEPS: Record<ShippedLayerId, LayerStep> = {
  countries: (s) => s.countries,
  kosovo: (s) => buildKosovo(s.inputs),
  kosovoMunicipalities: (s) => s.otherMunicipalities,
  municipalities: (s) => s.municipalities,
  safetyZone: (s) => [buildSafetyZone(s.borderLine, s.inputs.serbiaOutline, s.inputs.kosovoOutline)],
  northKosovo: (s) => s.northKosovo,
  rivers: (s) => buildRivers(s.inputs, s.ibar, s.borderLine),
  terrain: (s) => buildTerrain(s.inputs, s.northKosovo[0]),
  monastery: (s) => s.fix(buildMonastery(s.inputs)),
  border: (s) => s.border.features,
  crossings: (s) => {
    const brnjak = citedPoint(s.inputs.points, 'brnjak_crossing');
    const m2 = roadMeetsLine(s.osm, 'M-2', s.borderLine, [brnjak.lon, brnjak.lat]);
    return withRoadDistance(s.fix(buildCrossings(s.inputs, s.border.features[0], m2)), (at) =>
      metresToRoad(s.osm, 'M-22.3', at),
    );
  },
  stations: (s) => s.fix(buildStations(s.inputs)),
  landmarks: (s) => buildLandmarks(s.inputs, s.lake),
  places: (s) => s.fix(buildPlaces(s.inputs, s.northKosovo[0])),
};

export interface PlannedWrite {
  id: string;
  file: string;
  step: LayerStep;
}

/**
 * The layer files the pipeline writes, in the registry's order: each registry layer's file (but the
 * story bundle's own places) from the step of its id. Problems: a layer without a step, a step for no
 * layer it writes, a file two layers would write.
 */
export function pipelinePlan(
  registry: readonly LayerDefinition<string>[] = LAYER_REGISTRY,
  steps: Readonly<Record<string, LayerStep>> = LAYER_STEPS,
): { writes: PlannedWrite[]; problems: string[] } {
  const problems: string[] = [];
  const writes: PlannedWrite[] = [];
  for (const { id, file } of registry) {
    if (file === 'story') continue;
    const step = steps[id];
    if (!step) problems.push(`registry layer "${id}" (${file}) has no pipeline step (geo/layerSteps.ts)`);
    else writes.push({ id, file, step });
  }
  for (const id of Object.keys(steps))
    if (!writes.some((w) => w.id === id))
      problems.push(`pipeline step "${id}" is for no registry layer the pipeline writes`);
  for (const [i, { id, file }] of writes.entries()) {
    const first = writes.findIndex((w) => w.file === file);
    if (first !== i) problems.push(`${file} is the file of two registry layers: ${writes[first].id}, ${id}`);
  }
  return { writes, problems };
}
