// `npm run bench`: builds the app and a bare-MapLibre baseline, serves both on 127.0.0.1, measures in
// Chromium (median of BENCH_RUNS runs, default 7, with min and max), prints a table and writes
// bench/results.json. Not a test: nothing here passes or fails.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { serve } from './server';
import { clickToPopup, firstIdle, panFps, phraseToMap, toggleToFrame } from './measure';

const execFileAsync = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4175;
const ROOT = resolve(import.meta.dirname, '..');
const APP = `http://127.0.0.1:${PORT}/`;
const BASELINE = `http://127.0.0.1:${PORT}/baseline/`;

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

async function repeat(label: string, measure: () => Promise<number>): Promise<Stat> {
  console.log(`  ${label}`);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure());
  return stat(runs);
}

function gzipBytes(dir: string, match: (file: string) => boolean): number {
  return readdirSync(dir)
    .filter(match)
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

function shippedBytes() {
  const assets = join(ROOT, 'dist/assets');
  const js = (prefix: string) => (f: string) => f.startsWith(prefix) && /\.m?js$/.test(f);
  return {
    maplibre: gzipBytes(assets, (f) => js('maplibre-')(f) && !f.startsWith('maplibre-gl-worker')),
    maplibreWorker: gzipBytes(assets, js('maplibre-gl-worker')),
    react: gzipBytes(assets, js('react-')),
    zod: gzipBytes(assets, js('zod-')),
    turf: gzipBytes(assets, js('turf-')),
    appCode: gzipBytes(assets, (f) => /^(index|MapView|rolldown-runtime)-.*\.js$/.test(f)),
    css: gzipBytes(assets, (f) => f.endsWith('.css')),
    geoData: gzipBytes(join(ROOT, 'dist/data'), () => true),
  };
}

interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
}

/** Asynchronous on purpose: the static server runs in this process and must keep answering. */
async function lighthouse(chrome: string, preset: 'desktop' | 'mobile'): Promise<LighthouseScores> {
  const args = [
    'lighthouse',
    APP,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout: out } = await execFileAsync('npx', args, {
    env: { ...process.env, CHROME_PATH: chrome },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const report = JSON.parse(out);
  mkdirSync(join(ROOT, 'bench/lighthouse'), { recursive: true });
  writeFileSync(join(ROOT, `bench/lighthouse/${preset}.json`), out);
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    bestPractices: report.categories['best-practices'].score,
  };
}

async function main() {
  const chrome = findChromium();
  console.log('Building the app and the baseline…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.baseline.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const server = await serve(PORT, join(ROOT, 'dist'), join(ROOT, 'dist-bench/baseline'));
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });

  console.log(`Measuring (${RUNS} runs each)…`);
  const idleApp = await repeat('first idle, app', () => firstIdle(browser, APP));
  const idleBase = await repeat('first idle, baseline', () => firstIdle(browser, BASELINE));
  const fpsApp = await repeat('pan fps, app', () => panFps(browser, APP));
  const fpsBase = await repeat('pan fps, baseline', () => panFps(browser, BASELINE));
  console.log('  click to popup');
  const popupRuns: { dom: number; painted: number }[] = [];
  for (let i = 0; i < RUNS; i++) popupRuns.push(await clickToPopup(browser, APP));
  const toggle = await repeat('toggle', () => toggleToFrame(browser, APP));
  console.log('  phrase to map');
  const phraseRuns = [];
  for (let i = 0; i < RUNS; i++) phraseRuns.push(await phraseToMap(browser, APP));
  await browser.close();

  const lighthouseRuns = { desktop: [] as LighthouseScores[], mobile: [] as LighthouseScores[] };
  const lighthouseCount = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? RUNS);
  for (const preset of ['desktop', 'mobile'] as const) {
    console.log(`  lighthouse ${preset}`);
    for (let i = 0; i < lighthouseCount; i++) lighthouseRuns[preset].push(await lighthouse(chrome, preset));
  }
  server.close();

  const lh = (preset: 'desktop' | 'mobile', key: keyof LighthouseScores) =>
    stat(lighthouseRuns[preset].map((r) => r[key]));
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
    firstIdleMs: { app: idleApp, baseline: idleBase, ratio: idleApp.median / idleBase.median },
    panFps: { app: fpsApp, baseline: fpsBase, ratio: fpsApp.median / fpsBase.median },
    clickToPopupInDomMs: stat(popupRuns.map((r) => r.dom)),
    clickToPopupPaintedMs: stat(popupRuns.map((r) => r.painted)),
    toggleToFrameMs: toggle,
    phraseToMapFirstFrameMs: stat(phraseRuns.map((r) => r.firstFrame)),
    phraseToMapMoveEndMs: stat(phraseRuns.map((r) => r.moveEnd)),
    bytesGzip: shippedBytes(),
    lighthouse: {
      runs: lighthouseCount,
      desktop: {
        performance: lh('desktop', 'performance'),
        accessibility: lh('desktop', 'accessibility'),
        bestPractices: lh('desktop', 'bestPractices'),
      },
      mobile: {
        performance: lh('mobile', 'performance'),
        accessibility: lh('mobile', 'accessibility'),
        bestPractices: lh('mobile', 'bestPractices'),
      },
    },
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const f = (s: Stat, digits = 0) =>
    `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const rows: [string, string, string][] = [
    ['first idle, app (ms)', f(idleApp), `≤ 1.15 × baseline: ratio ${results.firstIdleMs.ratio.toFixed(2)}`],
    ['first idle, baseline (ms)', f(idleBase), ''],
    ['pan fps, app', f(fpsApp, 1), `≥ 0.9 × baseline: ratio ${results.panFps.ratio.toFixed(2)}`],
    ['pan fps, baseline', f(fpsBase, 1), ''],
    ['click → popup in the DOM (ms)', f(results.clickToPopupInDomMs, 1), '≤ 50 ms'],
    ['click → popup painted (ms)', f(results.clickToPopupPaintedMs, 1), '≤ 50 ms'],
    ['layer toggle → next frame (ms)', f(toggle, 1), '≤ 1 frame (16.7 ms at 60 Hz)'],
    ['article phrase → first map frame (ms)', f(results.phraseToMapFirstFrameMs, 1), ''],
    ['article phrase → move end (ms)', f(results.phraseToMapMoveEndMs), '(900 ms animation)'],
    ...Object.entries(results.bytesGzip).map(
      ([k, v]) =>
        [`gzip ${k}`, kb(v), k === 'geoData' ? '≤ 250 kB' : k === 'appCode' ? '≤ 40 kB' : ''] as [
          string,
          string,
          string,
        ],
    ),
    ...(['desktop', 'mobile'] as const).flatMap((p) =>
      (['performance', 'accessibility', 'bestPractices'] as const).map(
        (k) =>
          [
            `lighthouse ${p} ${k}`,
            f(results.lighthouse[p][k], 2),
            k === 'performance' ? (p === 'desktop' ? '≥ 0.95' : '≥ 0.85') : '1.0',
          ] as [string, string, string],
      ),
    ),
  ];
  console.log(
    `\nSituation Viewer benchmark — ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.chromium}; median (min–max) of ${RUNS}`,
  );
  for (const [name, value, budget] of rows) console.log(`${name.padEnd(40)} ${value.padEnd(26)} ${budget}`);
  console.log('\nWritten: bench/results.json');
}

await main();
