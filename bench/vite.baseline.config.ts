// Builds the benchmark's baseline page (bench/baseline) into dist-bench/baseline, served at /baseline/.
// The first story's story.json and region reach the page as the build reads them (`virtual:bench-story`:
// validated, the schema's defaults filled in), not as raw JSON: a raw story.json lacks the defaults
// (a layer without `visibleByDefault` is shown), and the baseline would draw another map than the app's.
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { readBundle, storySlugs } from '../scripts/story/bundle';

const STORY = 'virtual:bench-story';

function benchStory(): Plugin {
  return {
    name: 'bench-story',
    resolveId: (id) => (id === STORY ? `\0${STORY}` : null),
    load(id) {
      if (id !== `\0${STORY}`) return null;
      const { meta, region } = readBundle(storySlugs()[0]);
      return `export default ${JSON.stringify({ meta, region })};\n`;
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: '/baseline/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [benchStory()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist-bench/baseline'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
