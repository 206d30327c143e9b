// One measurement each: run in a fresh browser context, return a number (ms, fps or bytes).
import type { Browser, Page } from '@playwright/test';

export const VIEWPORT = { width: 1280, height: 800 };
/** The map idle with every layer drawn; the bare-MapLibre baseline never has pending layers. */
const MAP_DRAWN = '[data-testid="map"][data-idle="true"]:not([data-layers-pending])';
/** Interactions start this long after the first idle, as a reader's would (not in the same frame). */
const SETTLE_MS = 1000;

async function openPage(
  browser: Browser,
  url: string,
  initScript = '',
  /** Runs on the new page before it navigates (a DevTools session that must see every request). */
  beforeNavigation?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx (esbuild, keepNames) wraps named inner functions of page.evaluate callbacks in __name(…),
  // which does not exist in the page: define it as the identity.
  await context.addInitScript({ content: `window.__name = (f) => f;\n${initScript}` });
  const page = await context.newPage();
  await beforeNavigation?.(page);
  await page.goto(url);
  // Every layer drawn (the ground context loads after the first idle): interactions start from the whole map.
  await page.locator(MAP_DRAWN).waitFor({ timeout: 60_000 });
  return page;
}

async function closePage(page: Page) {
  await page.context().close();
}

/** The app's map size in CSS pixels, for giving the baseline the same canvas. */
export async function mapSize(browser: Browser, url: string): Promise<{ width: number; height: number }> {
  const page = await openPage(browser, url);
  const box = (await page.getByTestId('map').boundingBox())!;
  await closePage(page);
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** Navigation start to the map's first `idle` (its first picture drawn), from a performance mark. */
export async function firstIdle(browser: Browser, url: string): Promise<number> {
  return (await startUp(browser, url)).firstIdleMs;
}

export interface StartUp {
  firstIdleMs: number;
  /**
   * To the first picture of the map: the static first picture (mark `map-first-picture`) where the page
   * draws one, else the map's first idle (MapLibre pages: their first complete picture).
   */
  firstPictureMs: number;
  /** To the first idle with every layer drawn (the ground context loads after the first idle); NaN where there is no such mark. */
  allLayersIdleMs: number;
  /**
   * Bytes on the wire (gzip) of what was fetched before the first idle, by what it is; `basemap`: the
   * base map's tiles, counted from the network (DevTools' Network events: bytes received, headers
   * included), since MapLibre asks for them from its worker.
   */
  bytesBeforeFirstIdle: {
    appCode: number;
    libraries: number;
    css: number;
    data: number;
    stories: number;
    basemap: number;
  };
  /** JS + CSS on the wire fetched before every layer is drawn (the ground context and the locator too); NaN where there is no such mark. */
  bytesBeforeAllLayersIdle: number;
}

/** The base map's tile requests a page makes, with when each started (epoch ms) and its bytes on the wire. */
async function recordTiles(page: Page): Promise<{ startedAt: number; bytes: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const started = new Map<string, number>();
  const tiles: { startedAt: number; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/\/basemap\//.test(new URL(e.request.url).pathname)) started.set(e.requestId, e.wallTime * 1000);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const at = started.get(e.requestId);
    if (at !== undefined) tiles.push({ startedAt: at, bytes: e.encodedDataLength });
  });
  return tiles;
}

/** The libraries' chunks (and MapLibre's worker): named after their package by the build. */
const LIBRARY_CHUNK = /\/assets\/(react|zod|maplibre|maplibre-gl-worker|turf|d3)-[\w-]+\.m?js$/;

/** The first idle, the idle with every layer, and what was fetched before the first idle. */
export async function startUp(browser: Browser, url: string): Promise<StartUp> {
  let tiles: { startedAt: number; bytes: number }[] = [];
  const page = await openPage(browser, url, '', async (p) => {
    tiles = await recordTiles(p);
  });
  const result = await page.evaluate((libraryChunk) => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const idle = mark('map-first-idle');
    const allIdle = mark('map-all-layers-idle');
    const bytes = { appCode: 0, libraries: 0, css: 0, data: 0, stories: 0 };
    let codeBeforeAllLayersIdle = 0;
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const path = new URL(entry.name).pathname;
      if (/\.(m?js|css)$/.test(path) && entry.startTime <= allIdle)
        codeBeforeAllLayersIdle += entry.encodedBodySize;
      if (entry.startTime > idle) continue;
      const kind = new RegExp(libraryChunk).test(path)
        ? 'libraries'
        : /\.m?js$/.test(path)
          ? 'appCode'
          : path.endsWith('.css')
            ? 'css'
            : /\/data\//.test(path)
              ? 'data'
              : // The index of stories and the story's file (before issue 39: a JS chunk, appCode).
                /\/stories\//.test(path)
                ? 'stories'
                : null;
      if (kind) bytes[kind] += entry.encodedBodySize;
    }
    const picture = mark('map-first-picture');
    return {
      firstIdleMs: idle,
      firstPictureMs: Number.isNaN(picture) ? idle : Math.min(picture, idle),
      allLayersIdleMs: allIdle,
      bytesBeforeFirstIdle: bytes,
      bytesBeforeAllLayersIdle: Number.isNaN(allIdle) ? NaN : codeBeforeAllLayersIdle,
      firstIdleAt: performance.timeOrigin + idle,
    };
  }, LIBRARY_CHUNK.source);
  await closePage(page);
  const { firstIdleAt, ...startUp } = result;
  const basemap = tiles.filter((t) => t.startedAt <= firstIdleAt).reduce((sum, t) => sum + t.bytes, 0);
  return { ...startUp, bytesBeforeFirstIdle: { ...startUp.bytesBeforeFirstIdle, basemap } };
}

/** Installs, in the page, a recorder of map frames (the map's `render` events, mirrored in data-idle). */
export async function recordFrames(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    const frame = document.querySelector('[data-testid="map"]')!;
    new MutationObserver((records) => {
      for (const r of records)
        if ((r.target as Element).getAttribute('data-idle') === 'false') w.__frames.push(performance.now());
    }).observe(frame, { attributes: true, attributeFilter: ['data-idle'] });
  });
}

/**
 * Time from a click's event timestamp to what the page reports: `dom:SELECTOR` an element inserted
 * (MutationObserver, so a busy main thread cannot delay the reading), `SELECTOR` that element painted
 * (the first task after the next frame), `paint` the next frame painted whatever it holds, `frame` the
 * next map frame, `mark:NAME` a performance mark.
 */
async function clickLatency(page: Page, click: () => Promise<void>, waitFor: string): Promise<number> {
  await page.evaluate((waitFor) => {
    const w = window as unknown as { __done: Promise<number>; __frames: number[] };
    w.__done = new Promise((resolve) => {
      document.addEventListener(
        'click',
        (event) => {
          const start = event.timeStamp;
          (window as unknown as { __clickAt: number }).__clickAt = start;
          const afterPaint = () =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          if (waitFor === 'paint') return afterPaint();
          if (waitFor === 'frame' || waitFor.startsWith('mark:')) {
            const poll = () => {
              const t =
                waitFor === 'frame'
                  ? w.__frames.find((f) => f > start)
                  : performance.getEntriesByName(waitFor.slice(5)).find((m) => m.startTime > start)
                      ?.startTime;
              if (t !== undefined) resolve(t - start);
              else setTimeout(poll, 1);
            };
            return poll();
          }
          const selector = waitFor.replace(/^dom:/, '');
          const found = () => {
            if (!document.querySelector(selector)) return false;
            if (waitFor.startsWith('dom:')) resolve(performance.now() - start);
            else afterPaint();
            return true;
          };
          if (found()) return;
          const observer = new MutationObserver(() => found() && observer.disconnect());
          observer.observe(document.body, { childList: true, subtree: true });
        },
        { capture: true, once: true },
      );
    });
  }, waitFor);
  await click();
  // A reading that never comes is an error, not a hang.
  return page.evaluate(() =>
    Promise.race([
      (window as unknown as { __done: Promise<number> }).__done,
      new Promise<number>((_, reject) =>
        setTimeout(() => reject(new Error('no reading within 20 s')), 20_000),
      ),
    ]),
  );
}

/**
 * The pointer rests on the map's centre (as a reader's does before clicking: the hover highlight is
 * drawn) and the map settles; returns a click there that presses and releases without moving, so a
 * reading is the click's own cost and not that of a pointer move dispatched in the same instant.
 */
async function restPointerOnMapCentre(page: Page): Promise<() => Promise<void>> {
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.waitForTimeout(SETTLE_MS);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(SETTLE_MS);
  return async () => {
    await page.mouse.down();
    await page.mouse.up();
  };
}

/** Click on the Banjska monastery symbol to its details in the DOM, and to the next frame painted. */
export async function clickToPopup(browser: Browser, url: string): Promise<{ dom: number; painted: number }> {
  const page = await openPage(browser, `${url}#map=11.00/42.97139/20.78250`);
  const click = await restPointerOnMapCentre(page);
  const dom = await clickLatency(page, click, 'dom:[data-testid="details"]');
  await page.keyboard.press('Escape');
  await page.getByTestId('details').waitFor({ state: 'detached' });
  await page.waitForTimeout(SETTLE_MS);
  const painted = await clickLatency(page, click, '[data-testid="details"]');
  await closePage(page);
  return { dom, painted };
}

/**
 * The floor under "popup painted" on this machine: the same pointer rest and click on the bare
 * MapLibre page, to the next frame painted. MapLibre redraws the map on every press (its handlers run
 * in a render frame), so this frame carries a full map draw.
 */
export async function clickToPaint(browser: Browser, url: string): Promise<number> {
  const page = await openPage(browser, url);
  const ms = await clickLatency(page, await restPointerOnMapCentre(page), 'paint');
  await closePage(page);
  return ms;
}

/**
 * Click on a layer's checkbox to the first map frame drawn after it: in ms, and in animation frames
 * (how many frames began after the click up to the one the map drew in; 1 = the very next frame).
 */
export async function toggleToFrame(browser: Browser, url: string): Promise<{ ms: number; frames: number }> {
  const page = await openPage(browser, url);
  await recordFrames(page);
  await page.evaluate(() => {
    const w = window as unknown as { __frameStarts: number[] };
    w.__frameStarts = [];
    const tick = (t: number) => {
      w.__frameStarts.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // The layers panel is closed at first (issue 11): open it before the measured click.
  const toggle = page.getByTestId('toggle-municipalities');
  if (!(await toggle.isVisible())) await page.getByRole('button', { name: /Layers and features/ }).click();
  await toggle.waitFor({ state: 'visible' });
  const ms = await clickLatency(page, () => toggle.click(), 'frame');
  const frames = await page.evaluate((ms) => {
    const w = window as unknown as { __frameStarts: number[]; __clickAt: number };
    const drawn = w.__clickAt + ms;
    return w.__frameStarts.filter((t) => t > w.__clickAt && t <= drawn).length;
  }, ms);
  await closePage(page);
  return { ms, frames };
}

/** Click on an article phrase to the map moving (first frame) and to the end of the move. */
export async function phraseToMap(
  browser: Browser,
  url: string,
): Promise<{ firstFrame: number; moveEnd: number }> {
  const page = await openPage(browser, url);
  await recordFrames(page);
  const phrase = page
    .getByTestId('article')
    .getByRole('link', { name: /barricaded themselves in a monastery/ });
  await phrase.scrollIntoViewIfNeeded();
  const firstFrame = await clickLatency(page, () => phrase.click(), 'frame');
  await page.getByTestId('details').waitFor();
  await page.getByTestId('details').press('Escape');
  const moveEnd = await clickLatency(
    page,
    () =>
      page
        .getByTestId('article')
        .getByRole('link', { name: /four municipalities/ })
        .click(),
    'mark:map-moveend',
  );
  await closePage(page);
  return { firstFrame, moveEnd };
}

/**
 * The benchmark's drag: `steps` pointer moves in a figure of eight around a point left of the map's
 * centre, button held. Returns the map frames drawn during it (recordFrames installed) and its
 * duration (ms).
 */
async function drag(page: Page, steps: number): Promise<{ frames: number; ms: number }> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const cx = box.x + box.width / 2 - 100;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = await page.evaluate(() => performance.now());
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    await page.mouse.move(cx + Math.sin(a) * 150, cy + Math.sin(a * 2) * 80);
    await page.waitForTimeout(12);
  }
  const t1 = await page.evaluate(() => performance.now());
  await page.mouse.up();
  const frames = await page.evaluate(
    ([a, b]) => (window as unknown as { __frames: number[] }).__frames.filter((t) => t >= a && t <= b).length,
    [t0, t1],
  );
  return { frames, ms: t1 - t0 };
}

/**
 * Frames per second the map draws while being dragged (180 pointer moves), from a settled page (as a
 * reader's drag starts: not in the instant the last layer is drawn).
 */
export async function panFps(browser: Browser, url: string): Promise<number> {
  const page = await openPage(browser, url);
  await page.waitForTimeout(SETTLE_MS);
  await recordFrames(page);
  const { frames, ms } = await drag(page, 180);
  await closePage(page);
  return (frames / ms) * 1000;
}

/** Counts the WebGL calls a page makes (installed before any script of the page runs). */
const COUNT_GL_CALLS = `(() => {
  const calls = { draws: 0, programs: 0 };
  window.__glCalls = calls;
  const gl = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
    const call = gl[name];
    gl[name] = function (...args) { calls.draws++; return call.apply(this, args); };
  }
  const useProgram = gl.useProgram;
  gl.useProgram = function (program) { calls.programs++; return useProgram.call(this, program); };
})();`;

/**
 * What the map draws per frame while dragged: WebGL draw calls and program switches. Not timed: a
 * check that the app and the baseline draw the same map (the same layers visible, the same tiles),
 * without which their frame rates do not compare.
 */
export async function drawCallsPerFrame(
  browser: Browser,
  url: string,
): Promise<{ draws: number; programs: number }> {
  const page = await openPage(browser, url, COUNT_GL_CALLS);
  await recordFrames(page);
  // Calls and frames read in the same task: every frame counted has all its calls counted.
  const count = () =>
    page.evaluate(() => {
      const w = window as unknown as { __glCalls: { draws: number; programs: number }; __frames: number[] };
      return { ...w.__glCalls, frames: w.__frames.length };
    });
  const before = await count();
  await drag(page, 30);
  await page.locator(MAP_DRAWN).waitFor();
  const after = await count();
  await closePage(page);
  const frames = after.frames - before.frames;
  return {
    draws: (after.draws - before.draws) / frames,
    programs: (after.programs - before.programs) / frames,
  };
}

/** The page's JS heap (main thread) after a full garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Map points (page CSS px) where a click picks a feature, each a different one: the app's test hook
 * answers what a click would pick (src/map/testHook.ts). Offsets from the map's top-left corner.
 */
export async function pickablePoints(
  browser: Browser,
  url: string,
  count: number,
): Promise<{ dx: number; dy: number }[]> {
  const page = await openPage(browser, url);
  const box = (await page.getByTestId('map').boundingBox())!;
  const points = await page.evaluate(
    ({ box, count }) => {
      const hook = (
        window as unknown as {
          __situationMap: { candidatesAt(x: number, y: number): { featureId: string; kind: string }[] };
        }
      ).__situationMap;
      const seen = new Set<string>();
      const found: { dx: number; dy: number }[] = [];
      // A grid over the map's left half, away from its edges (the controls, the locator) and from
      // its right half, where the details dock once something is selected.
      for (let y = 0.1; y < 0.7 && found.length < count; y += 0.015)
        for (let x = 0.08; x < 0.5 && found.length < count; x += 0.015) {
          // What the click would pick, roughly as pick.ts ranks: a point or label near it before an area.
          const candidates = hook.candidatesAt(box.x + x * box.width, box.y + y * box.height);
          const first = candidates.find((c) => c.kind !== 'area') ?? candidates[0];
          if (first && !seen.has(first.featureId)) {
            seen.add(first.featureId);
            found.push({ dx: x * box.width, dy: y * box.height });
          }
        }
      return found;
    },
    { box, count },
  );
  await closePage(page);
  return points;
}

/**
 * JS heap (main thread, after a forced GC) once every layer is drawn and the page has settled, and
 * after clicks on the map at `points` (offsets in the map, in turn, round again): on the app, until
 * `selections` selections have been made (a click that selects nothing is not counted); on the bare map (`selections` 0), the same clicks,
 * which MapLibre handles and nothing answers. Returns the points clicked.
 */
export async function heapUse(
  browser: Browser,
  url: string,
  points: { dx: number; dy: number }[],
  selections: number,
): Promise<{
  afterIdle: number;
  afterClicks: number;
  selections: number;
  clicked: { dx: number; dy: number }[];
}> {
  const page = await openPage(browser, url);
  await page.waitForTimeout(SETTLE_MS);
  const afterIdle = await heapAfterGc(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  let selected = 0;
  const clicked: { dx: number; dy: number }[] = [];
  // Round the points again while selections are missing (a feature selected anew after others is a selection too).
  const rounds = selections > 0 ? points.length * 4 : points.length;
  for (let i = 0; i < rounds; i++) {
    const point = points[i % points.length];
    if (selections > 0 && selected >= selections) break;
    const before = await page.evaluate(() => location.hash);
    await page.mouse.click(box.x + point.dx, box.y + point.dy);
    clicked.push(point);
    // The app writes the selected feature into its link: a new `feature=` there is a selection made.
    if (selections > 0)
      selected += await page
        .waitForFunction((before) => location.hash !== before && location.hash.includes('feature='), before, {
          timeout: 5000,
        })
        .then(
          () => 1,
          () => 0,
        );
    await page.locator(MAP_DRAWN).waitFor();
  }
  await page.waitForTimeout(SETTLE_MS);
  const afterClicks = await heapAfterGc(page);
  await closePage(page);
  return { afterIdle, afterClicks, selections: selected, clicked };
}

/**
 * `/` of a build: first contentful paint, when its content is in the DOM (the list of stories, or
 * the opened story's article), and the bytes (on the wire) fetched by then.
 */
export async function firstView(
  browser: Browser,
  url: string,
  content: string,
): Promise<{ fcpMs: number; contentMs: number; bytes: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({
    content: `window.__name = (f) => f;
new MutationObserver((_, observer) => {
  if (document.querySelector(${JSON.stringify(content)})) {
    performance.mark('bench-content');
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(content).first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const result = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0].startTime;
    const contentMs = at('bench-content');
    const bytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.startTime <= contentMs)
      .reduce((sum, e) => sum + e.encodedBodySize, 0);
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { fcpMs: at('first-contentful-paint'), contentMs, bytes: bytes + nav.encodedBodySize };
  });
  await context.close();
  return result;
}
