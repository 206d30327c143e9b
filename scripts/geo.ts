// `npm run geo`: the pipeline (geo/run.ts) for the shipped stories' region (regions/kosovo-serbia.json),
// writing public/data/ (or `--out DIR`: the determinism test builds into a temporary folder).
import { runPipeline } from '../geo/run';
import { pipelineRegion } from './region/readRegion';

function outputDir(): string | undefined {
  const i = process.argv.indexOf('--out');
  return i > 0 ? process.argv[i + 1] : undefined;
}

try {
  runPipeline({ region: pipelineRegion(), out: outputDir(), log: (line) => console.log(line) });
} catch (error) {
  console.error(`npm run geo failed: ${(error as Error).message}`);
  process.exit(1);
}
