import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storiesPlugin } from './scripts/story/vitePlugin';

/**
 * Content-Security-Policy of the built app: scripts, styles, workers and data from its own origin only;
 * no eval, no inline script. MapLibre's worker is a same-origin module file (setWorkerUrl), so
 * `worker-src 'self'` is enough; React and MapLibre set styles through the CSSOM, which style-src
 * does not restrict. Sent as a header by `vite preview` and as a meta tag in the built index.html.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
  { name: 'turf', test: /node_modules\/@turf\//, priority: 20 },
  // What is left in node_modules is MapLibre, react-map-gl and their dependencies. Not recursive: Vite's
  // preload helper, which react-map-gl's dynamic import uses, must stay with the entry.
  { name: 'maplibre', test: /node_modules\//, priority: 10, includeDependenciesRecursively: false },
];

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
  plugins: [react(), cspMetaTag(), storiesPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // One chunk per library family, so the benchmark can weigh MapLibre, React and the app separately,
    // and so a change of app code leaves the libraries' cached files alone.
    rolldownOptions: { output: { codeSplitting: { groups: LIBRARY_CHUNKS } } },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Node by default: most unit tests read files and compute geometry. A test that renders the DOM
    // says so in its first lines (`@vitest-environment jsdom`).
    environment: 'node',
  },
});
