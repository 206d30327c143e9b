// Builds the benchmark's baseline page (bench/baseline) into dist-bench/baseline, served at /baseline/
// beside the app's site. The page reads the first story as the app does, from the site's story files
// at run time (bench/baseline/story.ts), and its head preloads them as the app's does.
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { siteStories } from '../scripts/story/siteStories';
import { storyPreloads } from '../scripts/story/vitePlugin';

function storyFilesPreloaded(): Plugin {
  return {
    name: 'bench-story-preloads',
    transformIndexHtml: (html) =>
      html.replace('</head>', `  ${storyPreloads(siteStories(), '/').join('\n    ')}\n  </head>`),
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: '/baseline/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [storyFilesPreloaded()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist-bench/baseline'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
