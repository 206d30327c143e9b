// The benchmark's scaled cases (issue 25): the same pages with 10× the features, and a build with
// 200 stories. Each builds its own copy under dist-bench/ (bench/vite.scaled.config.ts) and measures
// it against the baseline in the same run, alternately.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { serve } from '../server';
import { drawCallsPerFrame, firstView, panFps, startUp } from '../measure';
import { SYNTHETIC_POINTS, SYNTHETIC_POLYGONS, writeScaledPublic } from './syntheticFeatures';
import { writeManyStories } from './manyStories';
import { storySlugs } from '../../scripts/story/bundle';
import type { Stat } from '../stats';

/** bench/run.ts's alternation of app and baseline runs (the pair here: the scaled app and its comparison). */
export type Repeat = (
  label: string,
  app: () => Promise<number>,
  baseline: () => Promise<number>,
) => Promise<{ app: Stat; baseline: Stat }>;

/** Builds the app with the bench's scaled config; returns the wall time in ms. */
function build(env: Record<string, string>, root: string): number {
  const t0 = performance.now();
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.scaled.config.ts', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  return performance.now() - t0;
}

/**
 * 10× features: the app and the baseline over layer files with 3,000 synthetic villages and 400
 * synthetic areas more (bench/scaled/syntheticFeatures.ts): first idle, pan, and the draw calls that
 * show both draw the same map.
 */
export async function tenTimesFeatures(
  browser: Browser,
  opts: {
    root: string;
    port: number;
    frame: [number, number, number, number];
    size: { width: number; height: number };
    repeat: Repeat;
  },
) {
  const { root, port, frame, size, repeat } = opts;
  const counts = writeScaledPublic(join(root, 'public'), join(root, 'dist-bench/public-10x'), frame);
  build({ BENCH_PUBLIC_DIR: 'dist-bench/public-10x', BENCH_OUT_DIR: 'dist-bench/app-10x' }, root);
  const server = await serve(port, join(root, 'dist-bench/app-10x'), join(root, 'dist-bench/baseline'));
  const app = `http://127.0.0.1:${port}/`;
  // The baseline page fetches /data/ from the same origin: here, the scaled files.
  const baseline = `http://127.0.0.1:${port}/baseline/?width=${size.width}&height=${size.height}`;
  try {
    const draws = {
      app: await drawCallsPerFrame(browser, app),
      baseline: await drawCallsPerFrame(browser, baseline),
    };
    const idle = await repeat(
      '10× features: first idle',
      async () => (await startUp(browser, app)).firstIdleMs,
      async () => (await startUp(browser, baseline)).firstIdleMs,
    );
    const pan = await repeat(
      '10× features: pan fps',
      () => panFps(browser, app),
      () => panFps(browser, baseline),
    );
    return {
      syntheticPoints: SYNTHETIC_POINTS,
      syntheticPolygons: SYNTHETIC_POLYGONS,
      featuresInFiles: counts,
      draws,
      idle,
      pan,
    };
  } finally {
    server.close();
  }
}

/**
 * Gzip bytes of every file a build ships (not its precompressed copies); of its story files
 * (stories/<slug>/<hash>.json, or before issue 39 a chunk named after the slug), their thumbnails and
 * the index of stories; and of the entry chunk.
 */
function buildBytes(
  dist: string,
  slugs: readonly string[],
): { total: number; stories: number; thumbnails: number; index: number; entry: number } {
  const bytes = { total: 0, stories: 0, thumbnails: 0, index: 0, entry: 0 };
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (/\.(gz|br)$/.test(name) || !/\.(js|mjs|css|html|json|geojson|svg)$/.test(name)) continue;
    const gzip = gzipSync(readFileSync(join(dist, name)), { level: 9 }).length;
    bytes.total += gzip;
    const file = name.split('/').pop()!;
    if (name === 'stories/index.json') bytes.index += gzip;
    else if (name.startsWith('stories/')) bytes[file.endsWith('.svg') ? 'thumbnails' : 'stories'] += gzip;
    else if (slugs.some((s) => file.startsWith(`${s}-`))) bytes.stories += gzip;
    else if (/^map-.*\.svg$/.test(file)) bytes.thumbnails += gzip;
    // The chunk with the app's own code (before issue 39, also the list of stories: virtual:stories).
    if (/^styles-.*\.js$/.test(file)) bytes.entry += gzip;
  }
  return bytes;
}

/**
 * 200 stories: a temporary stories/ of the real bundle and 199 copies (bench/scaled/manyStories.ts),
 * built as `npm run build` builds; build time, bytes, `/` (the list) against `/` of the one-story
 * build (the story), and the real story's first idle in both.
 */
export async function manyStories(
  browser: Browser,
  opts: { root: string; port: number; onePort: number; count: number; repeat: Repeat },
) {
  const { root, port, onePort, count, repeat } = opts;
  const slugs = writeManyStories(join(root, 'stories'), join(root, 'dist-bench/stories-many'), count);
  // Both builds through the same config (the one-story build is the default one), the one-story build
  // before and after the other: a machine that slows down mid-run weighs on both.
  const one = () => build({ BENCH_OUT_DIR: 'dist-bench/app-one-story' }, root);
  const oneBefore = one();
  const manyMs = build(
    { BENCH_STORIES_DIR: 'dist-bench/stories-many', BENCH_OUT_DIR: 'dist-bench/app-many' },
    root,
  );
  const buildMs = { one: (oneBefore + one()) / 2, many: manyMs };
  const bytes = {
    one: buildBytes(join(root, 'dist-bench/app-one-story'), storySlugs()),
    many: buildBytes(join(root, 'dist-bench/app-many'), slugs),
  };
  const manyServer = await serve(port, join(root, 'dist-bench/app-many'), join(root, 'dist-bench/baseline'));
  const oneServer = await serve(
    onePort,
    join(root, 'dist-bench/app-one-story'),
    join(root, 'dist-bench/baseline'),
  );
  try {
    const listed: Awaited<ReturnType<typeof firstView>>[] = [];
    const opened: Awaited<ReturnType<typeof firstView>>[] = [];
    // `/`: with many stories the list; with one, the story (its first paint is the article's).
    const fcp = await repeat(
      `${count} stories: / first contentful paint (vs one story)`,
      async () => {
        const v = await firstView(browser, `http://127.0.0.1:${port}/`, '[data-testid="story-list"]');
        listed.push(v);
        return v.fcpMs;
      },
      async () => {
        const v = await firstView(browser, `http://127.0.0.1:${onePort}/`, '[data-testid="article"]');
        opened.push(v);
        return v.fcpMs;
      },
    );
    const idle = await repeat(
      `${count} stories: one story's first idle (vs one story)`,
      async () => (await startUp(browser, `http://127.0.0.1:${port}/#story=${slugs[0]}`)).firstIdleMs,
      async () => (await startUp(browser, `http://127.0.0.1:${onePort}/`)).firstIdleMs,
    );
    return { count, slug: slugs[0], buildMs, bytes, fcp, listed, opened, idle };
  } finally {
    manyServer.close();
    oneServer.close();
  }
}
