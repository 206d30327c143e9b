// Lighthouse runs for the benchmark (bench/run.ts): scores and the metrics behind the performance
// score, median (min–max) over the runs that gave a report.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stat, type Stat } from './stats';

const execFileAsync = promisify(execFile);

export const LIGHTHOUSE_KEYS = [
  'performance',
  'accessibility',
  'bestPractices',
  'fcpMs',
  'lcpMs',
  'speedIndexMs',
  'tbtMs',
  'cls',
] as const;
export type LighthouseKey = (typeof LIGHTHOUSE_KEYS)[number];
type LighthouseRun = Record<LighthouseKey, number>;

/**
 * One Lighthouse run: scores and the metrics behind the performance score, or the error Lighthouse
 * reported (a page that never paints is an error, NO_FCP, not a crash of the benchmark).
 * Asynchronous on purpose: the static server runs in this process and must keep answering.
 */
export async function lighthouse(
  root: string,
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
  mkdirSync(join(root, 'bench/lighthouse'), { recursive: true });
  writeFileSync(join(root, `bench/lighthouse/${name}-${preset}.json`), out);
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
export function lighthouseSummary(runs: (LighthouseRun | { error: string })[]) {
  const ok = runs.filter((r): r is LighthouseRun => !('error' in r));
  return {
    runs: runs.length,
    errors: runs.flatMap((r) => ('error' in r ? [r.error] : [])),
    ...(ok.length
      ? Object.fromEntries(LIGHTHOUSE_KEYS.map((k) => [k, stat(ok.map((r) => r[k]))]))
      : ({} as Partial<Record<LighthouseKey, Stat>>)),
  } as { runs: number; errors: string[] } & Partial<Record<LighthouseKey, Stat>>;
}
