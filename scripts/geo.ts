// `npm run geo`: the pipeline (geo/run.ts), then the base map (geo/basemap/run.ts), for the shipped
// stories' region (regions/kosovo-serbia.json, read here and given to both); `npm run geo -- layers`
// or `npm run geo -- basemap` one of them; `--out DIR` writes elsewhere (the determinism test builds
// into a temporary folder).
import { resolve } from 'node:path';
import { runPipeline } from '../geo/run';
import { basemapOut, runBaseMap } from '../geo/basemap/run';
import { pipelineRegion } from './region/readRegion';

function outputDir(): string | undefined {
  const i = process.argv.indexOf('--out');
  return i > 0 ? process.argv[i + 1] : undefined;
}

try {
  const region = pipelineRegion();
  const out = outputDir();
  const only = process.argv.slice(2).find((a) => a === 'layers' || a === 'basemap');
  const log = (line: string) => console.log(line);
  if (only !== 'basemap') runPipeline({ region, out, log });
  // The base map reads the layers just written (with --out, those in DIR; alone, public/data/).
  const layersIn = only === 'basemap' ? undefined : out;
  if (only !== 'layers')
    runBaseMap({
      region,
      out: basemapOut(out),
      dataDir: layersIn,
      gazetteerFile: layersIn ? resolve(layersIn, 'gazetteer.json') : undefined,
      log,
    });
} catch (error) {
  console.error(`npm run geo failed: ${(error as Error).message}`);
  process.exit(1);
}
