import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storiesPlugin } from './scripts/story/vitePlugin.ts';
import {
  CONTENT_SECURITY_POLICY,
  DEFAULT_EMBED_FRAME_ANCESTORS,
  headerRules,
  headersFor,
} from './deploy/headers.ts';
import { siteFilesPlugin } from './scripts/build/siteFiles.ts';
import { layerDigestsPlugin } from './scripts/build/layerDigests.ts';

const EMBED_FRAME_ANCESTORS = process.env.EMBED_FRAME_ANCESTORS ?? DEFAULT_EMBED_FRAME_ANCESTORS;
const HEADER_RULES = headerRules(EMBED_FRAME_ANCESTORS);

/**
 * Library chunks, highest priority first. A group also takes the modules its libraries import
 * (turf's and MapLibre's own dependencies), except those a higher group took already: React stays
 * in its chunk, so the article never waits for MapLibre.
 */
const LIBRARY_CHUNKS = [
  {
    name: 'react',
    test: /node_modules\/(react|react-dom|scheduler)\//,
    priority: 40,
    includeDependenciesRecursively: false,
  },
  { name: 'zod', test: /node_modules\/zod\//, priority: 30 },
  // d3-geo (and d3-array) draw the static map, which comes before MapLibre.
  { name: 'd3', test: /node_modules\/d3-/, priority: 25 },
  // The turf functions the reader's map uses (label points along lines, bounding boxes, the static
  // map's winding), and apart the ones only the editor's desk and the new-story page use (distances to
  // lines and areas, points in polygons…): one chunk of all turf grew the reader's first view by 7.7 kB.
  {
    name: 'turf',
    test: /node_modules\/@turf\/(turf|helpers|meta|invariant|along|bearing|destination|distance|bbox|rewind|boolean-clockwise|clone)\//,
    priority: 21,
  },
  { name: 'turf-desk', test: /node_modules\/@turf\//, priority: 20 },
  // The base map's tiles read by the static map (the first picture, no WebGL, print): before MapLibre.
  { name: 'vector-tile', test: /node_modules\/(@mapbox\/(vector-tile|point-geometry)|pbf)\//, priority: 15 },
  // What is left in node_modules is MapLibre, react-map-gl and their dependencies. Not recursive: Vite's
  // preload helper, which react-map-gl's dynamic import uses, must stay with the entry.
  { name: 'maplibre', test: /node_modules\//, priority: 10, includeDependenciesRecursively: false },
];

/** `vite preview` sends each path the headers of a production deployment (deploy/headers.ts). */
function previewHeaders(): Plugin {
  return {
    name: 'preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        for (const [name, value] of Object.entries(headersFor(path, HEADER_RULES)))
          res.setHeader(name, value);
        next();
      });
    },
  };
}

function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMetaTag(),
    storiesPlugin(),
    layerDigestsPlugin(),
    siteFilesPlugin(HEADER_RULES),
    previewHeaders(),
  ],
  // The new-story page's worker (src/authoring/geoparseWorker.ts) is built apart: it reads the layer
  // files through the same loader, whose digests are a module of the build.
  worker: { format: 'es', plugins: () => [layerDigestsPlugin()] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // One chunk per library family, so the benchmark can weigh MapLibre, React and the app separately,
    // and so a change of app code leaves the libraries' cached files alone.
    rolldownOptions: {
      // The full viewer, and the compact viewer other sites embed (same hash parameters).
      input: { main: 'index.html', embed: 'embed.html' },
      // Rolldown warns when plugins take long; the site-files plugin's brotli copies of every file take
      // seconds on a quiet machine and most of a minute on a busy one, which is known, not news.
      checks: { bundlerTimings: false },
      output: { codeSplitting: { groups: LIBRARY_CHUNKS } },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.ts'],
    // Node by default: most unit tests read files and compute geometry. A test that renders the DOM
    // says so in its first lines (`@vitest-environment jsdom`).
    environment: 'node',
  },
});
