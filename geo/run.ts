// The pipeline: turn the raw sources in ../shared/geo-sources/ into the layers in public/data/ (and
// the OpenStreetMap tiles in ../shared/osm-tiles/ into the base map in public/basemap/: geo/basemap/),
// for a region (regions/<id>.json, read by the caller: `npm run geo` is scripts/geo.ts). Each layer
// of the registry (src/cartography/layerRegistry.ts) but the story's own places is built by the step
// of its id (geo/layerSteps.ts) and written to its file.
import * as turf from '@turf/turf';
import { resolve } from 'node:path';
import type { LineString } from 'geojson';
import type { Region } from '../src/region/schema';
import { readInputs } from './lib/inputs';
import { OUTPUT_DIR, writeLayer } from './lib/output';
import { readFileSync } from 'node:fs';
import { withBorderDistance } from '../src/features/measure';
import { naturalEarthKosovoSerbiaLine } from './lib/naturalEarth';
import { buildMunicipalities } from './layers/municipalities';
import { buildNorthKosovo } from './layers/northKosovo';
import { buildOtherMunicipalities, kosovoOutline } from './layers/kosovo';
import { buildBorder } from './layers/border';
import { buildCountries } from './layers/countries';
import { RawTiles } from './osm/rawTiles';
import { gazivodeOutline, ibarLine } from './osm/situation';
import { citedPoint } from './lib/points';
import { writeLocator } from './layers/locator';
import { pipelinePlan, type SharedLayers } from './layerSteps';
import { applyCorrections, CORRECTIONS, type Correction } from './corrections';
import { withPlaceContext } from '../src/features/placeContext';
import type { SituationFeature } from '../src/domain/schema';
import { layerFileSchema } from '../src/domain/schema';
import { buildGazetteer } from './gazetteer/build';
import { writeGazetteer } from './gazetteer/output';
import { readNoteSources, withNoteSources } from './noteSources';

/**
 * The whole pipeline, in process: reads the sources (`sourcesDir`, else ../shared/geo-sources or
 * $GEO_SOURCES_DIR), writes the layers to `out` (else public/data), returns what it wrote.
 */
export function runPipeline(options: {
  /** The region the layers are for: its languages check the names, its context frame clips the base map. */
  region: Region;
  sourcesDir?: string;
  out?: string;
  gazetteerOut?: string;
  noteSourcesFile?: string;
  /** The raw OpenStreetMap tiles (else ../shared/osm-tiles or $OSM_TILES_DIR). */
  osmTilesDir?: string;
  log?: (line: string) => void;
}) {
  const log = options.log ?? (() => undefined);
  const out = options.out;
  const inputs = readInputs(options.sourcesDir);
  // Each layer: built from the sources, corrected (geo/corrections.ts), placed (country and the
  // majority language of its municipality, for the order of names), measured against the border.
  const applied: Correction[] = [];
  const fix = (features: SituationFeature[]) => {
    const result = applyCorrections(features);
    applied.push(...result.applied);
    return result.features;
  };
  const municipalities = fix(buildMunicipalities(inputs));
  const northKosovo = buildNorthKosovo(municipalities);
  const border = buildBorder(inputs, kosovoOutline(inputs));
  const borderLine = border.features[0].geometry as LineString;
  const otherMunicipalities = fix(buildOtherMunicipalities(inputs));
  const countries = fix(buildCountries(inputs, options.region));
  const serbia = countries.find((f) => f.properties.id === 'serbia')!;
  const noteSources = readNoteSources(options.noteSourcesFile);
  const sourcedNotes = new Set<string>();
  const write = (file: string, features: SituationFeature[]) =>
    writeLayer(
      file,
      withBorderDistance(
        withPlaceContext(
          withNoteSources(features, noteSources, sourcedNotes),
          [...municipalities, ...otherMunicipalities],
          serbia,
        ),
        borderLine,
      ),
      options.region,
      out,
    );

  // Situation data OpenStreetMap draws better (geo/osm/situation.ts): the lake's outline, the Ibar.
  const osm = new RawTiles(options.osmTilesDir);
  const lake = gazivodeOutline(osm);
  const raska = citedPoint(inputs.points, 'raska_town');
  const shared: SharedLayers = {
    inputs,
    fix,
    municipalities,
    otherMunicipalities,
    northKosovo,
    border,
    borderLine,
    countries,
    osm,
    lake,
    ibar: ibarLine(osm, lake.geometry, [raska.lon, raska.lat]),
  };
  const plan = pipelinePlan();
  if (plan.problems.length) throw new Error(plan.problems.join('; '));
  const written = plan.writes.map(({ file, step }) => write(file, step(shared)));
  written.push(writeLocator(out));
  for (const { file, bytes } of written) log(`${file.padEnd(32)} ${String(bytes).padStart(8)} bytes`);

  // The geoparser's gazetteer, from the layers as written (rounded, placed) and the name sources.
  const shipped = written
    .filter(({ file }) => file.endsWith('.geojson'))
    .flatMap(
      ({ file }) =>
        layerFileSchema.parse(JSON.parse(readFileSync(resolve(out ?? OUTPUT_DIR, file), 'utf8'))).features,
    );
  const gazetteer = writeGazetteer(
    buildGazetteer({ features: shipped, geoNames: inputs.geoNames }),
    options.gazetteerOut ?? out,
  );
  log(
    `${'gazetteer.json'.padEnd(32)} ${String(gazetteer.bytes).padStart(8)} bytes, ${gazetteer.places} places`,
  );
  const unsourced = Object.keys(noteSources).filter((id) => !sourcedNotes.has(id));
  if (unsourced.length)
    throw new Error(`note-sources.json names features the pipeline does not build: ${unsourced.join(', ')}`);
  const unused = CORRECTIONS.filter((row) => !applied.includes(row));
  if (unused.length)
    throw new Error(
      `corrections for features the pipeline no longer builds: ${unused.map((r) => `${r.featureId} ${r.field}`).join(', ')}`,
    );
  log(`corrections applied: ${new Set(applied).size} of ${CORRECTIONS.length} rows`);

  // Cross-check: the border's ends against Natural Earth's Kosovo–Serbia line ends (its tripoints).
  const ne = naturalEarthKosovoSerbiaLine();
  const neEnds = ne.coordinates.flatMap((l) => [l[0], l[l.length - 1]]);
  const ends = (border.features[0].geometry as LineString).coordinates;
  for (const end of [ends[0], ends[ends.length - 1]]) {
    const km = Math.min(...neEnds.map((p) => turf.distance(end, p)));
    log(`border end ${end.join(', ')}: ${km.toFixed(2)} km from the nearest Natural Earth line end`);
  }
  log(`border: ${JSON.stringify(border.stats)}`);
  log(`north-kosovo area km²: ${northKosovo[0].properties.areaKm2}`);
  return { written, corrections: new Set(applied).size, gazetteer };
}
