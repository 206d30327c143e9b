// The editor's path in the browser (issues 26 and 27), measured in the built app:
// - the worker's parse of a 2,000-word article once the gazetteer is loaded (the worker's own stage
//   timings, read from the automation hook findPlaces.ts sets under navigator.webdriver);
// - at the desk, on that article (about 200 proposals), the time from a key press (`a`, accept) to
//   the next frame painted after the change: from the keydown's timestamp to a message posted from the
//   first animation frame after it (that message runs once the frame's paint is done: the usual
//   "next paint" measure where the Event Timing API reports only events over 16 ms);
// - on the new-story page, keys typed while a 10,000-word article is parsed, measured alike: whether
//   the page's own thread stays free while the worker parses.
// Not a test: it reports numbers. `npx tsx bench/authoring.ts [runs]` runs it alone on a fresh build.
import type { Browser, Page } from '@playwright/test';
import { geoparseText } from './geoparse';

/** About 2,000 words and 200 proposals: the gold texts, and a denser paragraph of northern places. */
const DENSE =
  'Police patrolled the road from Zubin Potok to the Gazivode dam, and traffic through Jarinje was light while shops in Leposavić and Zvečan opened as usual.';
export function deskArticle(): string {
  return ['A long day in the north', geoparseText(1_680), ...Array.from({ length: 12 }, () => DENSE)].join(
    '\n\n',
  );
}
export function longArticle(words = 10_000): string {
  return ['A very long day in the north', geoparseText(words)].join('\n\n');
}

interface Timings {
  gazetteer: number;
  layers: number;
  parsing: number;
  drafting: number;
  checking: number;
}

/** Starts a story at #new with `text`, and waits for the desk. */
async function startStory(page: Page, origin: string, text: string, slug: string): Promise<Timings> {
  await page.goto(`${origin}#new`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Slug').fill(slug);
  await page.getByRole('button', { name: 'Find places' }).click();
  const anyway = page.getByRole('button', { name: 'Find places anyway' });
  await Promise.race([
    anyway.waitFor().then(() => anyway.click()),
    page.getByTestId('review-card').waitFor({ timeout: 120_000 }),
  ]);
  await page.getByTestId('review-card').waitFor({ timeout: 120_000 });
  return page.evaluate(
    () => (window as unknown as { __situationAuthoring: { timings: Timings } }).__situationAuthoring.timings,
  );
}

/** From now on, each keydown's time to the next paint, kept in the page. */
async function observeKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { keyDurations: number[] };
    w.keyDurations = [];
    window.addEventListener(
      'keydown',
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.keyDurations.push(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
}
const keyDurations = (page: Page) =>
  page.evaluate(() => (window as unknown as { keyDurations: number[] }).keyDurations);

export interface AuthoringResult {
  words: number;
  proposals: number;
  /** The worker's parse of the 2,000-word article, ms, one per run (a fresh worker each time). */
  parseMs: number[];
  /** Then drafting the bundle from the mentions (links, places, story.json), ms. */
  draftMs: number[];
  gazetteerMs: number[];
  /** Key press → next paint at the desk, ms: one per accepted proposal. */
  deskKeyToPaintMs: number[];
  /** Keys typed while 10,000 words were parsed → next paint, ms. */
  typingWhileParsingMs: number[];
}

/** `typing: false` skips the typing-while-parsing measure (a reference's runs alternate with the app's). */
export async function measureAuthoring(
  browser: Browser,
  origin: string,
  runs: number,
  { typing = true }: { typing?: boolean } = {},
): Promise<AuthoringResult> {
  const result: AuthoringResult = {
    words: 0,
    proposals: 0,
    parseMs: [],
    draftMs: [],
    gazetteerMs: [],
    deskKeyToPaintMs: [],
    typingWhileParsingMs: [],
  };
  const article = deskArticle();
  result.words = article.split(/\s+/).filter(Boolean).length;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const timings = await startStory(page, origin, article, `desk-bench-${run}`);
    result.parseMs.push(timings.parsing);
    result.draftMs.push(timings.drafting);
    result.gazetteerMs.push(timings.gazetteer);
    result.proposals = Number(
      /^(\d+) to review/.exec(await page.getByTestId('review-counts').innerText())?.[1],
    );
    // The map settles first, as an editor would wait for it.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="map"][data-idle="true"]') !== null,
      null,
      {
        timeout: 60_000,
      },
    );
    await observeKeys(page);
    for (let i = 0; i < 5; i++) {
      const before = await page.getByTestId('review-counts').innerText();
      await page.keyboard.press('a');
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="review-counts"]')?.textContent !== text,
        before,
      );
    }
    // The last key's paint has happened once a later frame has run.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    result.deskKeyToPaintMs.push(...(await keyDurations(page)));
    await context.close();
  }
  if (!typing) return result;
  // Typing while 10,000 words are parsed.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}#new`);
  await page.getByLabel('Article text').fill(longArticle());
  await page.getByLabel('Slug').fill('typing-bench');
  await page.getByRole('button', { name: 'Find places' }).click();
  await page.getByRole('button', { name: 'Find places anyway' }).click();
  await page.getByTestId('find-progress').waitFor();
  await observeKeys(page);
  const title = page.getByLabel('Title');
  await title.focus();
  while ((await page.getByTestId('review-card').count()) === 0 && (await title.count()) > 0)
    await page.keyboard.type('x').catch(() => undefined);
  await page.getByTestId('review-card').waitFor({ timeout: 120_000 });
  result.typingWhileParsingMs = await keyDurations(page).catch(() => []);
  await context.close();
  return result;
}

/** The share of desk keys whose next paint came within 100 ms (0–1). */
export const keysWithin100Ms = (r: Pick<AuthoringResult, 'deskKeyToPaintMs'>) =>
  r.deskKeyToPaintMs.filter((v) => v <= 100).length / Math.max(1, r.deskKeyToPaintMs.length);

/** Two measures of the same path put together (runs alternated between the app and a reference). */
export function joinAuthoring(a: AuthoringResult, b: AuthoringResult): AuthoringResult {
  return {
    words: b.words || a.words,
    proposals: b.proposals || a.proposals,
    parseMs: [...a.parseMs, ...b.parseMs],
    draftMs: [...a.draftMs, ...b.draftMs],
    gazetteerMs: [...a.gazetteerMs, ...b.gazetteerMs],
    deskKeyToPaintMs: [...a.deskKeyToPaintMs, ...b.deskKeyToPaintMs],
    typingWhileParsingMs: [...a.typingWhileParsingMs, ...b.typingWhileParsingMs],
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

/** Prints the measures in a few lines (also used by bench/run.ts). */
export function describeAuthoring(r: AuthoringResult): string[] {
  const ms = (values: number[]) =>
    `${median(values).toFixed(1)} ms median (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}) of ${values.length}`;
  return [
    `worker parse of ${r.words} words (${r.proposals} proposals), gazetteer loaded: ${ms(r.parseMs)}; then drafting the bundle: ${ms(r.draftMs)}; gazetteer fetched and indexed: ${ms(r.gazetteerMs)}`,
    `desk, key press (accept) → next paint: ${ms(r.deskKeyToPaintMs)}; ${r.deskKeyToPaintMs.filter((v) => v <= 100).length} of ${r.deskKeyToPaintMs.length} ≤ 100 ms [${r.deskKeyToPaintMs.map((v) => Math.round(v)).join(', ')}]`,
    `new-story page, key typed while 10,000 words are parsed → next paint: ${ms(r.typingWhileParsingMs)}`,
  ];
}

/** `npx tsx bench/authoring.ts [runs]`: builds the app, serves it, measures, prints. */
async function main() {
  const { execFileSync } = await import('node:child_process');
  const { resolve } = await import('node:path');
  const { chromium } = await import('@playwright/test');
  const { findChromium } = await import('../scripts/find-chromium.mjs');
  const { serve } = await import('./server');
  const root = resolve(import.meta.dirname, '..');
  const runs = Number(process.argv[2] ?? 5);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-bench/authoring'], {
    cwd: root,
    stdio: 'inherit',
  });
  const server = await serve(
    4177,
    resolve(root, 'dist-bench/authoring'),
    resolve(root, 'dist-bench/authoring'),
  );
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    const result = await measureAuthoring(browser, 'http://127.0.0.1:4177/', runs);
    for (const line of describeAuthoring(result)) console.log(line);
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
