// `npm run geo`: turn the raw sources in ../shared/geo-sources/ into the layers in public/data/.
// Each step builds one layer from the sources (and the layers before it) and writes one file.
import * as turf from '@turf/turf';
import type { LineString } from 'geojson';
import { readInputs } from './lib/inputs';
import { writeLayer } from './lib/output';
import { withBorderDistance } from './lib/measure';
import { naturalEarthKosovoSerbiaLine } from './lib/naturalEarth';
import { buildMunicipalities } from './layers/municipalities';
import { buildNorthKosovo } from './layers/northKosovo';
import { buildKosovo, buildOtherMunicipalities, kosovoOutline } from './layers/kosovo';
import { buildBorder } from './layers/border';
import { buildMonastery } from './layers/monastery';
import { buildCountries } from './layers/countries';
import { buildPlaces } from './layers/places';
import { buildCrossings } from './layers/crossings';
import { buildRivers } from './layers/rivers';

/** `--out DIR` writes elsewhere (the determinism test builds into a temporary folder). */
function outputDir(): string | undefined {
  const i = process.argv.indexOf('--out');
  return i > 0 ? process.argv[i + 1] : undefined;
}

function main() {
  const out = outputDir();
  const inputs = readInputs();
  const municipalities = buildMunicipalities(inputs);
  const northKosovo = buildNorthKosovo(municipalities);
  const border = buildBorder(inputs, kosovoOutline(inputs));
  const borderLine = border.features[0].geometry as LineString;
  const write = (file: string, features: Parameters<typeof writeLayer>[1]) =>
    writeLayer(file, withBorderDistance(features, borderLine), out);

  const written = [
    write('municipalities.geojson', municipalities),
    write('north-kosovo.geojson', northKosovo),
    write('border.geojson', border.features),
    write('monastery.geojson', buildMonastery(inputs)),
    write('kosovo.geojson', buildKosovo(inputs)),
    write('kosovo-municipalities.geojson', buildOtherMunicipalities(inputs)),
    write('countries.geojson', buildCountries(inputs)),
    write('places.geojson', buildPlaces(inputs, northKosovo[0])),
    write('crossings.geojson', buildCrossings(inputs, border.features[0])),
    write('rivers.geojson', buildRivers(inputs)),
  ];
  for (const { file, bytes } of written) console.log(`${file.padEnd(32)} ${String(bytes).padStart(8)} bytes`);

  // Cross-check: the border's ends against Natural Earth's Kosovo–Serbia line ends (its tripoints).
  const ne = naturalEarthKosovoSerbiaLine();
  const neEnds = ne.coordinates.flatMap((l) => [l[0], l[l.length - 1]]);
  const ends = (border.features[0].geometry as LineString).coordinates;
  for (const end of [ends[0], ends[ends.length - 1]]) {
    const km = Math.min(...neEnds.map((p) => turf.distance(end, p)));
    console.log(`border end ${end.join(', ')}: ${km.toFixed(2)} km from the nearest Natural Earth line end`);
  }
  console.log('border:', border.stats);
  console.log('north-kosovo area km²:', northKosovo[0].properties.areaKm2);
}

try {
  main();
} catch (error) {
  console.error(`npm run geo failed: ${(error as Error).message}`);
  process.exit(1);
}
