// `npm run bench`: builds the app and a bare-MapLibre baseline, serves both on 127.0.0.1, measures in
// Chromium (median of BENCH_RUNS runs, default 7, with min and max), prints a table and writes
// bench/results.json. Not a test: nothing here passes or fails.
// BENCH_REFERENCE=<commit> also builds that commit of the app (a git worktree) and measures its first
// idle and bytes in the same run, alternating with the app and the baseline: a change compared with
// main as it was, under the same conditions.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { serve } from './server';
import { measureGeoparse } from './geoparse';
import { storySlugs } from '../scripts/story/bundle';
import {
  clickToPaint,
  clickToPopup,
  firstIdle,
  mapSize,
  panFps,
  phraseToMap,
  startUp,
  toggleToFrame,
  type StartUp,
} from './measure';

const execFileAsync = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4175;
const ROOT = resolve(import.meta.dirname, '..');
const APP = `http://127.0.0.1:${PORT}/`;
const REFERENCE_PORT = PORT + 1;
const REFERENCE = process.env.BENCH_REFERENCE;

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

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

function stat(runs: number[]): Stat {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
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
    // in the browser), but the review mode's and the stories'.
    appCode: gzipBytes(
      assets,
      (f) =>
        /\.js$/.test(f) &&
        !/^(maplibre|react|zod|turf|d3|ReviewProvider)-/.test(f) &&
        !storySlugs().some((slug) => f.startsWith(`${slug}-`)),
    ),
    review: gzipBytes(assets, js('ReviewProvider-')),
    css: gzipBytes(assets, (f) => f.endsWith('.css')),
    geoData: gzipBytes(join(root, 'dist/data'), () => true),
    // Each story's bundle (article, links, notes, events) is a chunk named after its slug.
    stories: gzipBytes(assets, (f) => storySlugs().some((slug) => f.startsWith(`${slug}-`))),
    // Loaded only by the review mode.
    gazetteer: gzipBytes(join(root, 'dist/geoparse'), () => true),
  };
}

/** Median of each kind of bytes fetched before the first idle (the same in every run, unless a run lost a request). */
function startBytes(starts: StartUp[]): StartUp['bytesBeforeFirstIdle'] {
  const keys = ['appCode', 'libraries', 'css', 'data'] as const;
  return Object.fromEntries(
    keys.map((k) => [k, stat(starts.map((s) => s.bytesBeforeFirstIdle[k])).median]),
  ) as StartUp['bytesBeforeFirstIdle'];
}

const LIGHTHOUSE_KEYS = [
  'performance',
  'accessibility',
  'bestPractices',
  'fcpMs',
  'lcpMs',
  'speedIndexMs',
  'tbtMs',
  'cls',
] as const;
type LighthouseKey = (typeof LIGHTHOUSE_KEYS)[number];
type LighthouseRun = Record<LighthouseKey, number>;

/**
 * One Lighthouse run: scores and the metrics behind the performance score, or the error Lighthouse
 * reported (a page that never paints is an error, NO_FCP, not a crash of the benchmark).
 * Asynchronous on purpose: the static server runs in this process and must keep answering.
 */
async function lighthouse(
  chrome: string,
  preset: 'desktop' | 'mobile',
  url: string,
  name: string,
): Promise<LighthouseRun | { error: string }> {
  const args = [
    'lighthouse',
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  let out: string;
  try {
    ({ stdout: out } = await execFileAsync('npx', args, {
      env: { ...process.env, CHROME_PATH: chrome },
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    }));
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? '';
  }
  let report;
  try {
    report = JSON.parse(out);
  } catch {
    return { error: 'no report' };
  }
  mkdirSync(join(ROOT, 'bench/lighthouse'), { recursive: true });
  writeFileSync(join(ROOT, `bench/lighthouse/${name}-${preset}.json`), out);
  if (report.runtimeError) return { error: report.runtimeError.code };
  const metric = (id: string) => report.audits[id].numericValue as number;
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    bestPractices: report.categories['best-practices'].score,
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    speedIndexMs: metric('speed-index'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

/** Median (min–max) of each Lighthouse figure over the runs that gave a report, and the errors of the others. */
function lighthouseSummary(runs: (LighthouseRun | { error: string })[]) {
  const ok = runs.filter((r): r is LighthouseRun => !('error' in r));
  return {
    runs: runs.length,
    errors: runs.flatMap((r) => ('error' in r ? [r.error] : [])),
    ...(ok.length
      ? Object.fromEntries(LIGHTHOUSE_KEYS.map((k) => [k, stat(ok.map((r) => r[k]))]))
      : ({} as Partial<Record<LighthouseKey, Stat>>)),
  } as { runs: number; errors: string[] } & Partial<Record<LighthouseKey, Stat>>;
}

async function main() {
  const chrome = findChromium();
  console.log('Building the app and the baseline…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
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
  console.log(`Measuring (${RUNS} runs each; map ${size.width} × ${size.height} CSS px in both)…`);
  const appStarts: StartUp[] = [];
  const referenceStarts: StartUp[] = [];
  const recordStart = async (url: string, into: StartUp[]) => {
    const s = await startUp(browser, url);
    into.push(s);
    return s.firstIdleMs;
  };
  const baselineStarts: StartUp[] = [];
  const idle = await repeatPair(
    'first idle',
    () => recordStart(APP, appStarts),
    () => recordStart(BASELINE, baselineStarts),
  );
  const fps = await repeatPair(
    'pan fps',
    () => panFps(browser, APP),
    () => panFps(browser, BASELINE),
  );
  const [idleApp, idleBase, fpsApp, fpsBase] = [idle.app, idle.baseline, fps.app, fps.baseline];
  // The reference, then the baseline again, alternately: its ratio is to baselines of the same moments.
  const reference = referenceServer
    ? await repeatPair(
        `first idle of ${REFERENCE}`,
        () => recordStart(`http://127.0.0.1:${REFERENCE_PORT}/`, referenceStarts),
        () => firstIdle(browser, BASELINE),
      )
    : null;
  const referencePan = referenceServer
    ? await repeatPair(
        `pan fps of ${REFERENCE}`,
        () => panFps(browser, `http://127.0.0.1:${REFERENCE_PORT}/`),
        () => panFps(browser, BASELINE),
      )
    : null;
  console.log('  click to popup (app), click to next paint (baseline)');
  const popupRuns: { dom: number; painted: number }[] = [];
  const baselineClickRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    popupRuns.push(await clickToPopup(browser, APP));
    baselineClickRuns.push(await clickToPaint(browser, BASELINE));
  }
  console.log('  toggle');
  const toggleRuns: { ms: number; frames: number }[] = [];
  for (let i = 0; i < RUNS; i++) toggleRuns.push(await toggleToFrame(browser, APP));
  const toggle = stat(toggleRuns.map((r) => r.ms));
  const toggleFrames = stat(toggleRuns.map((r) => r.frames));
  console.log('  phrase to map');
  const phraseRuns = [];
  for (let i = 0; i < RUNS; i++) phraseRuns.push(await phraseToMap(browser, APP));
  await browser.close();

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
        runs.push(await lighthouse(chrome, preset, pages[page], page));
      lighthouseResults[page][preset] = lighthouseSummary(runs);
    }
  }
  server.close();
  referenceServer?.close();

  console.log('  geoparser');
  const geo = measureGeoparse(RUNS);

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: execFileSync(chrome, ['--version'], { encoding: 'utf8' }).trim(),
    },
    runs: RUNS,
    mapSizeCssPx: size,
    firstIdleMs: { app: idleApp, baseline: idleBase, ratio: idleApp.median / idleBase.median },
    allLayersIdleMs: stat(appStarts.map((s) => s.allLayersIdleMs)),
    firstPictureMs: {
      app: stat(appStarts.map((s) => s.firstPictureMs)),
      baseline: stat(baselineStarts.map((s) => s.firstPictureMs)),
      ...(referenceStarts.length ? { reference: stat(referenceStarts.map((s) => s.firstPictureMs)) } : {}),
    },
    bytesBeforeFirstIdle: startBytes(appStarts),
    panFps: { app: fpsApp, baseline: fpsBase, ratio: fpsApp.median / fpsBase.median },
    clickToPopupInDomMs: stat(popupRuns.map((r) => r.dom)),
    clickToPopupPaintedMs: stat(popupRuns.map((r) => r.painted)),
    baselineClickToPaintMs: stat(baselineClickRuns),
    toggleToFrameMs: toggle,
    toggleToFrameFrames: toggleFrames,
    phraseToMapFirstFrameMs: stat(phraseRuns.map((r) => r.firstFrame)),
    phraseToMapMoveEndMs: stat(phraseRuns.map((r) => r.moveEnd)),
    bytesGzip: shippedBytes(),
    ...(reference && referenceDir
      ? {
          reference: {
            commit: REFERENCE,
            firstIdleMs: reference.app,
            baselineFirstIdleMs: reference.baseline,
            ratio: reference.app.median / reference.baseline.median,
            ...(referencePan
              ? {
                  panFps: referencePan.app,
                  baselinePanFps: referencePan.baseline,
                  panRatio: referencePan.app.median / referencePan.baseline.median,
                }
              : {}),
            bytesGzip: shippedBytes(referenceDir),
            bytesBeforeFirstIdle: startBytes(referenceStarts),
          },
        }
      : {}),
    geoparse: {
      words: geo.words,
      mentions: geo.mentions,
      gazetteerLoadAndIndexMs: geo.indexMs,
      parseMs: stat(geo.parseMs),
    },
    lighthouse: { runs: lighthouseCount, ...lighthouseResults },
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const f = (s: Stat, digits = 0) =>
    `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const rows: [string, string, string][] = [
    ['first idle, app (ms)', f(idleApp), `≤ 1.15 × baseline: ratio ${results.firstIdleMs.ratio.toFixed(2)}`],
    ['first idle, baseline (ms)', f(idleBase), ''],
    [
      'first map picture, app (ms)',
      f(results.firstPictureMs.app),
      `static SVG before MapLibre; baseline ${f(results.firstPictureMs.baseline)}${results.firstPictureMs.reference ? `, ${REFERENCE} ${f(results.firstPictureMs.reference)}` : ''}`,
    ],
    ['every layer drawn, app (ms)', f(results.allLayersIdleMs), 'the ground context, after the first idle'],
    ...Object.entries(results.bytesBeforeFirstIdle).map(
      ([k, v]) =>
        [
          `before first idle: ${k}`,
          kb(v),
          results.reference
            ? `${REFERENCE}: ${kb(results.reference.bytesBeforeFirstIdle[k as keyof StartUp['bytesBeforeFirstIdle']])}`
            : '',
        ] as [string, string, string],
    ),
    ...(results.reference
      ? ([
          [
            `first idle, ${REFERENCE} (ms)`,
            f(results.reference.firstIdleMs),
            `ratio to its baselines ${results.reference.ratio.toFixed(2)} (app: ${results.firstIdleMs.ratio.toFixed(2)})`,
          ],
          ...Object.entries(results.reference.bytesGzip).map(([k, v]) => [
            `gzip ${k}, ${REFERENCE}`,
            kb(v),
            `app: ${kb(results.bytesGzip[k as keyof typeof results.bytesGzip])}`,
          ]),
        ] as [string, string, string][])
      : []),
    ['pan fps, app', f(fpsApp, 1), `≥ 0.9 × baseline: ratio ${results.panFps.ratio.toFixed(2)}`],
    ...(results.reference?.panFps
      ? ([
          [
            `pan fps, ${REFERENCE}`,
            f(results.reference.panFps, 1),
            `ratio to its baselines ${results.reference.panRatio!.toFixed(2)}`,
          ],
        ] as [string, string, string][])
      : []),
    ['pan fps, baseline', f(fpsBase, 1), ''],
    ['click → popup in the DOM (ms)', f(results.clickToPopupInDomMs, 1), '≤ 50 ms'],
    ['click → popup painted (ms)', f(results.clickToPopupPaintedMs, 1), '≤ 50 ms'],
    ['baseline: click → next paint (ms)', f(results.baselineClickToPaintMs, 1), 'the floor: a map frame'],
    ['layer toggle → map frame (ms)', f(toggle, 1), ''],
    ['layer toggle → map frame (frames)', f(toggleFrames), '≤ 1 frame (drawn in the next frame)'],
    ['article phrase → first map frame (ms)', f(results.phraseToMapFirstFrameMs, 1), ''],
    ['article phrase → move end (ms)', f(results.phraseToMapMoveEndMs), '(900 ms animation)'],
    ...Object.entries(results.bytesGzip).map(
      ([k, v]) =>
        [
          `gzip ${k}`,
          kb(v),
          k === 'geoData' ? '≤ 250 kB' : k === 'appCode' ? '≤ 40 kB' : k === 'gazetteer' ? '≤ 300 kB' : '',
        ] as [string, string, string],
    ),
    [
      `geoparse ${geo.words} words (ms)`,
      f(results.geoparse.parseMs, 1),
      `< 1000 ms, with loading the gazetteer: ${(geo.indexMs + results.geoparse.parseMs.median).toFixed(0)} ms`,
    ],
    ...(['app', 'baseline'] as const).flatMap((page) =>
      (['desktop', 'mobile'] as const).flatMap((preset) => {
        const summary = results.lighthouse[page][preset];
        const label = `lighthouse ${page} ${preset}`;
        const failed = summary.errors.length
          ? `${summary.errors.length} run(s) failed: ${summary.errors.join(', ')}`
          : '';
        if (!summary.performance) return [[label, 'no report', failed] as [string, string, string]];
        const budget: Record<LighthouseKey, string> = {
          performance: page === 'baseline' ? 'for reference' : preset === 'desktop' ? '≥ 0.95' : '≥ 0.85',
          accessibility: page === 'app' ? '1.0' : '',
          bestPractices: page === 'app' ? '1.0' : '',
          fcpMs: '',
          lcpMs: '',
          speedIndexMs: '',
          tbtMs: '',
          cls: '',
        };
        return LIGHTHOUSE_KEYS.map(
          (k) =>
            [
              `${label} ${k}`,
              f(summary[k]!, k === 'cls' || !k.endsWith('Ms') ? 2 : 0),
              [budget[k], failed].filter(Boolean).join('; '),
            ] as [string, string, string],
        );
      }),
    ),
  ];
  console.log(
    `\nSituation Viewer benchmark — ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.chromium}; median (min–max) of ${RUNS}`,
  );
  for (const [name, value, budget] of rows) console.log(`${name.padEnd(40)} ${value.padEnd(26)} ${budget}`);
  console.log('\nWritten: bench/results.json');
}

await main();
