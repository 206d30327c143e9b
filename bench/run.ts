// `npm run bench`: builds the app and a bare-MapLibre baseline, serves both on 127.0.0.1, measures in
// Chromium (median of BENCH_RUNS runs, default 7, with min and max), prints a table and writes
// bench/results.json. Not a test: nothing here passes or fails.
// BENCH_REFERENCE=<commit> also builds that commit of the app (a git worktree) and measures its first
// idle and bytes in the same run, alternating with the app and the baseline: a change compared with
// main as it was, under the same conditions.
// BENCH_CASES (default all): which parts run, of `default` (start-up, pan, clicks, toggle, phrase),
// `memory`, `10x` (10× features), `stories` (200 stories), `authoring` (the editor's path: the worker's
// parse, the desk's key to paint, typing while parsing), `server` (the newsroom server: readers and
// editors at once, then a published story's start-up; bench/serverLoad.ts), `lighthouse`, `geoparse`.
// BENCH_PORT (default 4175): the first of the ports it serves on (it uses up to BENCH_PORT + 5).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { serve } from './server';
import { measureGeoparse } from './geoparse';
import { joinAuthoring, keysWithin100Ms, measureAuthoring, type AuthoringResult } from './authoring';
import { measureServer } from './serverLoad';
import { readBundle, storySlugs } from '../scripts/story/bundle';
import {
  clickToPaint,
  clickToPopup,
  drawCallsPerFrame,
  firstIdle,
  heapUse,
  mapSize,
  panFps,
  phraseToMap,
  pickablePoints,
  startUp,
  toggleToFrame,
  type StartUp,
} from './measure';
import { stat, type Stat } from './stats';
import { lighthouse, lighthouseSummary } from './lighthouse';
import { manyStories, tenTimesFeatures } from './scaled/cases';
import { printReport } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const ROOT = resolve(import.meta.dirname, '..');
const APP = `http://127.0.0.1:${PORT}/`;
const REFERENCE_PORT = PORT + 1;
const REFERENCE = process.env.BENCH_REFERENCE;
const CASES = new Set(
  (process.env.BENCH_CASES ?? 'default,memory,10x,stories,authoring,server,lighthouse,geoparse')
    .split(',')
    .map((c) => c.trim()),
);
/** How many stories the "many stories" case builds (issue 25: 200). */
const STORY_COUNT = Number(process.env.BENCH_STORIES ?? 200);
/** How many map selections the memory measure makes (issue 25: 30). */
const SELECTIONS = 30;
/** Where the synthetic features of the 10× case go: the first story's default frame, the first view. */
const STORY_FRAME = readBundle(storySlugs()[0]).meta.defaultFrame as [number, number, number, number];

/** Builds the app at a commit in a worktree of its own (this checkout's node_modules linked). */
function buildReference(commit: string): string {
  const dir = join(ROOT, 'dist-bench/reference-src');
  if (existsSync(dir))
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, commit], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  execFileSync('ln', ['-sfn', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/** App and baseline runs alternate, so a machine that slows down or speeds up mid-run affects both alike. */
async function repeatPair(
  label: string,
  app: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<{ app: Stat; baseline: Stat }> {
  console.log(`  ${label}, app and baseline alternately`);
  const runs = { app: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    runs.app.push(await app());
    runs.baseline.push(await baseline());
  }
  return { app: stat(runs.app), baseline: stat(runs.baseline) };
}

function gzipBytes(dir: string, match: (file: string) => boolean): number {
  if (!existsSync(dir)) return 0;
  return (
    readdirSync(dir)
      // The build's precompressed copies (.gz, .br) are not files the app asks for.
      .filter((f) => !/\.(gz|br)$/.test(f) && match(f))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0)
  );
}

function shippedBytes(root = ROOT) {
  const assets = join(root, 'dist/assets');
  const js = (prefix: string) => (f: string) => f.startsWith(prefix) && /\.m?js$/.test(f);
  return {
    maplibre: gzipBytes(assets, (f) => js('maplibre-')(f) && !f.startsWith('maplibre-gl-worker')),
    maplibreWorker: gzipBytes(assets, js('maplibre-gl-worker')),
    react: gzipBytes(assets, js('react-')),
    zod: gzipBytes(assets, js('zod-')),
    turf: gzipBytes(assets, js('turf-')),
    d3: gzipBytes(assets, js('d3-')),
    // Every chunk of the app's own code, loaded at start or later (before-first-idle bytes are measured
    // in the browser), but the desk's (its chunk was ReviewProvider before the store) and the stories'.
    appCode: gzipBytes(
      assets,
      (f) =>
        /\.js$/.test(f) &&
        !/^(maplibre|react|zod|turf|d3|ReviewProvider|desk)-/.test(f) &&
        !storySlugs().some((slug) => f.startsWith(`${slug}-`)),
    ),
    review: gzipBytes(assets, (f) => js('ReviewProvider-')(f) || js('desk-')(f)),
    css: gzipBytes(assets, (f) => f.endsWith('.css')),
    geoData: gzipBytes(join(root, 'dist/data'), () => true),
    // Each story's file (stories/<slug>/<hash>.json; before issue 39 a chunk named after its slug).
    stories:
      gzipBytes(assets, (f) => storySlugs().some((slug) => f.startsWith(`${slug}-`))) +
      storySlugs().reduce(
        (sum, slug) => sum + gzipBytes(join(root, 'dist/stories', slug), (f) => f.endsWith('.json')),
        0,
      ),
    storyIndex: gzipBytes(join(root, 'dist/stories'), (f) => f === 'index.json'),
    // Loaded only by the review mode.
    gazetteer: gzipBytes(join(root, 'dist/geoparse'), () => true),
  };
}

/** Median of each kind of bytes fetched before the first idle (the same in every run, unless a run lost a request). */
function startBytes(starts: StartUp[]): StartUp['bytesBeforeFirstIdle'] {
  const keys = ['appCode', 'libraries', 'css', 'data', 'stories', 'basemap'] as const;
  return Object.fromEntries(
    keys.map((k) => [k, stat(starts.map((s) => s.bytesBeforeFirstIdle[k])).median]),
  ) as StartUp['bytesBeforeFirstIdle'];
}

async function main() {
  const chrome = findChromium();
  console.log('Building the app and the baseline…');
  const buildStart = performance.now();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const appBuildMs = performance.now() - buildStart;
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.baseline.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  let referenceDir: string | null = null;
  if (REFERENCE) {
    console.log(`Building the reference: the app at ${REFERENCE}…`);
    referenceDir = buildReference(REFERENCE);
  }
  const server = await serve(PORT, join(ROOT, 'dist'), join(ROOT, 'dist-bench/baseline'));
  const referenceServer = referenceDir
    ? await serve(REFERENCE_PORT, join(referenceDir, 'dist'), join(ROOT, 'dist-bench/baseline'))
    : null;
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });

  // The baseline draws a canvas of exactly the app's map size: frame cost grows with pixels.
  const size = await mapSize(browser, APP);
  const BASELINE = `http://127.0.0.1:${PORT}/baseline/?width=${size.width}&height=${size.height}`;
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: execFileSync(chrome, ['--version'], { encoding: 'utf8' }).trim(),
      loadAverageAtStart: loadavg()[0],
    },
    runs: RUNS,
    cases: [...CASES],
    mapSizeCssPx: size,
    appBuildMs,
    bytesGzip: shippedBytes(),
  };
  const save = () => writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  // Not timed: both pages must draw the same map (same layers visible, same tiles) for their frame
  // rates to compare. A baseline that drew 4 of the story's layers once made the app look 2.7× slower.
  const draws = {
    app: await drawCallsPerFrame(browser, APP),
    baseline: await drawCallsPerFrame(browser, BASELINE),
  };
  results.drawCallsPerFrame = draws;
  if (Math.abs(draws.app.draws - draws.baseline.draws) > 0.05 * draws.baseline.draws)
    console.warn(
      `WARNING: the app draws ${draws.app.draws.toFixed(0)} WebGL calls per frame and the baseline ${draws.baseline.draws.toFixed(0)}: they do not draw the same map, and their frame rates do not compare.`,
    );

  console.log(`Measuring (${RUNS} runs each; map ${size.width} × ${size.height} CSS px in both)…`);
  if (CASES.has('default')) {
    const appStarts: StartUp[] = [];
    const referenceStarts: StartUp[] = [];
    const baselineStarts: StartUp[] = [];
    const recordStart = async (url: string, into: StartUp[]) => {
      const s = await startUp(browser, url);
      into.push(s);
      return s.firstIdleMs;
    };
    const idle = await repeatPair(
      'first idle',
      () => recordStart(APP, appStarts),
      () => recordStart(BASELINE, baselineStarts),
    );
    results.firstIdleMs = { ...idle, ratio: idle.app.median / idle.baseline.median };
    results.allLayersIdleMs = stat(appStarts.map((s) => s.allLayersIdleMs));
    results.firstPictureMs = {
      app: stat(appStarts.map((s) => s.firstPictureMs)),
      baseline: stat(baselineStarts.map((s) => s.firstPictureMs)),
    };
    results.bytesBeforeFirstIdle = startBytes(appStarts);
    results.bytesBeforeAllLayersIdle = stat(appStarts.map((s) => s.bytesBeforeAllLayersIdle)).median;
    results.baselineBytesBeforeFirstIdle = startBytes(baselineStarts);
    save();
    const fps = await repeatPair(
      'pan fps',
      () => panFps(browser, APP),
      () => panFps(browser, BASELINE),
    );
    results.panFps = { ...fps, ratio: fps.app.median / fps.baseline.median };
    save();
    if (referenceServer) {
      // The reference, then the baseline again, alternately: its ratio is to baselines of the same moments.
      const referenceUrl = `http://127.0.0.1:${REFERENCE_PORT}/`;
      const reference = await repeatPair(
        `first idle of ${REFERENCE}`,
        () => recordStart(referenceUrl, referenceStarts),
        () => firstIdle(browser, BASELINE),
      );
      const referencePan = await repeatPair(
        `pan fps of ${REFERENCE}`,
        () => panFps(browser, referenceUrl),
        () => panFps(browser, BASELINE),
      );
      results.reference = {
        commit: REFERENCE,
        firstIdleMs: reference.app,
        baselineFirstIdleMs: reference.baseline,
        ratio: reference.app.median / reference.baseline.median,
        firstPictureMs: stat(referenceStarts.map((s) => s.firstPictureMs)),
        panFps: referencePan.app,
        baselinePanFps: referencePan.baseline,
        panRatio: referencePan.app.median / referencePan.baseline.median,
        bytesGzip: shippedBytes(referenceDir!),
        bytesBeforeFirstIdle: startBytes(referenceStarts),
        bytesBeforeAllLayersIdle: stat(referenceStarts.map((s) => s.bytesBeforeAllLayersIdle)).median,
      };
    }
    console.log('  click to popup (app), click to next paint (baseline)');
    const popupRuns: { dom: number; painted: number }[] = [];
    const baselineClickRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      popupRuns.push(await clickToPopup(browser, APP));
      baselineClickRuns.push(await clickToPaint(browser, BASELINE));
    }
    results.clickToPopupInDomMs = stat(popupRuns.map((r) => r.dom));
    results.clickToPopupPaintedMs = stat(popupRuns.map((r) => r.painted));
    results.baselineClickToPaintMs = stat(baselineClickRuns);
    console.log('  toggle');
    const toggleRuns: { ms: number; frames: number }[] = [];
    for (let i = 0; i < RUNS; i++) toggleRuns.push(await toggleToFrame(browser, APP));
    results.toggleToFrameMs = stat(toggleRuns.map((r) => r.ms));
    results.toggleToFrameFrames = stat(toggleRuns.map((r) => r.frames));
    console.log('  phrase to map');
    const phraseRuns = [];
    for (let i = 0; i < RUNS; i++) phraseRuns.push(await phraseToMap(browser, APP));
    results.phraseToMapFirstFrameMs = stat(phraseRuns.map((r) => r.firstFrame));
    results.phraseToMapMoveEndMs = stat(phraseRuns.map((r) => r.moveEnd));
    save();
  }

  if (CASES.has('memory')) {
    // The same clicks on both pages: on the app, until 30 selections have been made.
    console.log(`  memory: JS heap after the first idle and after ${SELECTIONS} selections`);
    const points = await pickablePoints(browser, APP, 60);
    const runs = Math.min(RUNS, 3);
    const app: Awaited<ReturnType<typeof heapUse>>[] = [];
    const baseline: Awaited<ReturnType<typeof heapUse>>[] = [];
    for (let i = 0; i < runs; i++) {
      app.push(await heapUse(browser, APP, points, SELECTIONS));
      baseline.push(await heapUse(browser, BASELINE, app[i].clicked, 0));
    }
    const mb = (xs: number[]) => stat(xs.map((x) => x / 1e6));
    results.heapMB = {
      afterIdle: { app: mb(app.map((r) => r.afterIdle)), baseline: mb(baseline.map((r) => r.afterIdle)) },
      afterSelections: {
        app: mb(app.map((r) => r.afterClicks)),
        baseline: mb(baseline.map((r) => r.afterClicks)),
      },
      selections: app.map((r) => r.selections),
      clicks: app.map((r) => r.clicked.length),
    };
    save();
  }

  if (CASES.has('10x')) {
    console.log('  10× features (building the scaled copy)…');
    results.tenTimesFeatures = await tenTimesFeatures(browser, {
      root: ROOT,
      port: PORT + 2,
      frame: STORY_FRAME,
      size,
      repeat: repeatPair,
    });
    save();
  }

  if (CASES.has('stories')) {
    console.log(`  ${STORY_COUNT} stories (building the copy)…`);
    results.manyStories = await manyStories(browser, {
      root: ROOT,
      port: PORT + 3,
      onePort: PORT + 4,
      count: STORY_COUNT,
      repeat: repeatPair,
    });
    save();
  }

  if (CASES.has('authoring')) {
    console.log('  the editor’s path: #new, the desk, typing while parsing');
    const summary = (a: AuthoringResult) => ({
      words: a.words,
      proposals: a.proposals,
      workerParseMs: stat(a.parseMs),
      workerDraftMs: stat(a.draftMs),
      gazetteerMs: stat(a.gazetteerMs),
      deskKeyToPaintMs: stat(a.deskKeyToPaintMs),
      /** The share of desk keys painted within 100 ms. */
      deskKeysWithin100Ms: keysWithin100Ms(a),
      typingWhileParsingMs: stat(a.typingWhileParsingMs),
    });
    if (referenceServer) {
      // The app and the reference alternately, one run each at a time; typing while parsing in the first.
      const referenceUrl = `http://127.0.0.1:${REFERENCE_PORT}/`;
      let app: AuthoringResult | null = null;
      let reference: AuthoringResult | null = null;
      for (let i = 0; i < RUNS; i++) {
        const typing = i === 0;
        const a = await measureAuthoring(browser, APP, 1, { typing });
        const b = await measureAuthoring(browser, referenceUrl, 1, { typing });
        app = app ? joinAuthoring(app, a) : a;
        reference = reference ? joinAuthoring(reference, b) : b;
      }
      results.authoring = summary(app!);
      results.reference = {
        ...(results.reference as object | undefined),
        commit: REFERENCE,
        authoring: summary(reference!),
      };
    } else results.authoring = summary(await measureAuthoring(browser, APP, RUNS));
    save();
  }

  if (CASES.has('server')) {
    console.log('  the newsroom server: readers and editors at once, then a published story');
    results.server = await measureServer(browser, {
      root: ROOT,
      port: PORT + 5,
      baselineUrl: BASELINE,
      runs: RUNS,
      repeat: repeatPair,
    });
    save();
  }
  await browser.close();

  if (CASES.has('lighthouse')) {
    // The app, and for reference the bare-MapLibre page (full window, as such a page would be).
    const lighthouseCount = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? RUNS);
    const pages = { app: APP, baseline: `http://127.0.0.1:${PORT}/baseline/` };
    const lighthouseResults = {} as Record<
      'app' | 'baseline',
      Record<'desktop' | 'mobile', ReturnType<typeof lighthouseSummary>>
    >;
    for (const page of ['app', 'baseline'] as const) {
      lighthouseResults[page] = {} as (typeof lighthouseResults)[typeof page];
      for (const preset of ['desktop', 'mobile'] as const) {
        console.log(`  lighthouse ${page} ${preset}`);
        const runs = [];
        for (let i = 0; i < lighthouseCount; i++)
          runs.push(await lighthouse(ROOT, chrome, preset, pages[page], page));
        lighthouseResults[page][preset] = lighthouseSummary(runs);
      }
    }
    results.lighthouse = { runs: lighthouseCount, ...lighthouseResults };
    save();
  }
  server.close();
  referenceServer?.close();

  if (CASES.has('geoparse')) {
    console.log('  geoparser');
    const geo = measureGeoparse(RUNS);
    results.geoparse = {
      words: geo.words,
      mentions: geo.mentions,
      gazetteerLoadAndIndexMs: geo.indexMs,
      parseMs: stat(geo.parseMs),
    };
  }
  results.loadAverageAtEnd = loadavg()[0];
  save();
  printReport(results, RUNS);
  console.log('\nWritten: bench/results.json');
}

await main();
