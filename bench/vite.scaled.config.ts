// The app's build (vite.config.ts) with another public/ or stories/ folder, for the benchmark's scaled
// cases (bench/scaled/): BENCH_PUBLIC_DIR (the layer files, 10× features), BENCH_STORIES_DIR (many
// stories), BENCH_OUT_DIR (where it goes, under dist-bench/). Nothing else differs from `npm run build`.
import { defineConfig, mergeConfig, type PluginOption } from 'vite';
import { resolve } from 'node:path';
import appConfig from '../vite.config';
import { storiesPlugin } from '../scripts/story/vitePlugin';

const ROOT = resolve(import.meta.dirname, '..');
const storiesDir = process.env.BENCH_STORIES_DIR;
const plugins = (appConfig.plugins ?? []) as PluginOption[];

export default mergeConfig(
  { ...appConfig, plugins: [] },
  defineConfig({
    root: ROOT,
    plugins: storiesDir
      ? plugins.map((p) =>
          p && typeof p === 'object' && 'name' in p && p.name === 'situation-viewer-stories'
            ? storiesPlugin({ storiesDir: resolve(ROOT, storiesDir) })
            : p,
        )
      : plugins,
    ...(process.env.BENCH_PUBLIC_DIR ? { publicDir: resolve(ROOT, process.env.BENCH_PUBLIC_DIR) } : {}),
    build: { outDir: resolve(ROOT, process.env.BENCH_OUT_DIR ?? 'dist-bench/scaled'), emptyOutDir: true },
  }),
);
