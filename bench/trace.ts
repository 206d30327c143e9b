/* eslint-disable @typescript-eslint/no-explicit-any -- trace events and DevTools protocol replies are untyped JSON read field by field */
// `npx tsx bench/trace.ts`: where the time goes in the app and in the bare-MapLibre baseline, during
// the benchmark's pan (the same drag as measure.ts's panFps) and during start-up (navigation to the
// map's first idle). Records a DevTools trace (CDP Tracing, with V8's sampling profiler in it) and
// prints, per page: main-thread time by category, top self-time JS functions with their chunk, React
// commits, style recalcs / layouts (element counts, invalidation reasons), paints by element, and the
// composited layers. Then, with BENCH_TRACE_HYPOTHESES (default on), pan fps of the app with CSS
// injected to switch overlays off one at a time. Not a test: nothing passes or fails.
//
// Builds unminified, with sourcemaps, into dist-bench/app-trace and dist-bench/baseline-trace (function
// names readable; BENCH_TRACE_NO_BUILD=1 reuses them). Ports 4191 (pages). Writes bench/trace-results.json.
// BENCH_TRACE_RUNS (default 3) runs of each trace; BENCH_TRACE_FPS_RUNS (default 3) per hypothesis.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { serve } from './server';
import { recordFrames, VIEWPORT } from './measure';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4191;
const APP = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 3);
const FPS_RUNS = Number(process.env.BENCH_TRACE_FPS_RUNS ?? 3);
const MAP_DRAWN = '[data-testid="map"][data-idle="true"]:not([data-layers-pending])';
const MAP_IDLE = '[data-testid="map"][data-idle="true"]';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'latencyInfo',
].join(',');

/** Counts React commits (and the components rendered in each) through the DevTools hook, which React's production build calls too. */
const REACT_HOOK = `
window.__name = (f) => f;
(() => {
  const stats = { commits: 0, commitTimes: [], rendered: {} };
  window.__reactStats = stats;
  const seen = new WeakMap();
  const label = (fiber) => {
    const t = fiber.type;
    const name = (t && (t.displayName || t.name)) || (t && t.render && (t.render.displayName || t.render.name)) || (t && t.type && (t.type.displayName || t.type.name)) || '?';
    return name;
  };
  const walk = (fiber) => {
    // Component fibers (function 0, class 1, forwardRef 11, memo 14/15) whose props or state changed since the last commit seen.
    for (let f = fiber; f; f = f.sibling) {
      if ([0, 1, 11, 14, 15].includes(f.tag)) {
        const prev = seen.get(f) ?? (f.alternate && seen.get(f.alternate));
        const now = [f.memoizedProps, f.memoizedState];
        if (!prev || prev[0] !== now[0] || prev[1] !== now[1]) {
          const n = label(f);
          stats.rendered[n] = (stats.rendered[n] ?? 0) + 1;
        }
        seen.set(f, now);
        if (f.alternate) seen.set(f.alternate, now);
      }
      if (f.child) walk(f.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(), supportsFiber: true, isDisabled: false,
    inject() { return 1; }, checkDCE() {},
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      stats.commits++; stats.commitTimes.push(performance.now());
      if (window.__reactTrackComponents) walk(root.current.child);
    },
  };
})();
`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, any>;
}

async function newPage(browser: Browser, css?: string): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: REACT_HOOK });
  if (css)
    await context.addInitScript({
      content: `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s); });`,
    });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

async function startTracing(cdp: CDPSession) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES.split(','), recordMode: 'recordContinuously' },
  } as any);
}

async function endTracing(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  // Playwright's CDPSession types name only its own events; the tracing events are the protocol's.
  const session = cdp as unknown as {
    on(event: string, listener: (e: { value: TraceEvent[] }) => void): void;
    once(event: string, listener: () => void): void;
    off(event: string, listener: (e: { value: TraceEvent[] }) => void): void;
  };
  session.on('Tracing.dataCollected', onData);
  const done = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', onData);
  return events;
}

/** The drag of measure.ts's panFps; returns the map frames counted and the window in trace µs. */
async function pan(page: Page): Promise<{ fps: number; frames: number; ms: number }> {
  await recordFrames(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const cx = box.x + box.width / 2 - 100;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = await page.evaluate(() => {
    performance.mark('pan-start');
    return performance.now();
  });
  const steps = 180;
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    await page.mouse.move(cx + Math.sin(a) * 150, cy + Math.sin(a * 2) * 80);
    await page.waitForTimeout(12);
  }
  const t1 = await page.evaluate(() => {
    performance.mark('pan-end');
    return performance.now();
  });
  await page.mouse.up();
  const frames = await page.evaluate(
    ([a, b]) => (window as unknown as { __frames: number[] }).__frames.filter((t) => t >= a && t <= b).length,
    [t0, t1],
  );
  return { fps: (frames / (t1 - t0)) * 1000, frames, ms: t1 - t0 };
}

const category = (name: string): string => {
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/.test(name))
    return 'style';
  if (
    /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections|ResizeObserverController)/.test(
      name,
    )
  )
    return 'layout';
  if (/^(Paint|PaintImage|PaintSetup|RasterTask|Decode|PrePaint|UpdateLayer|PaintArtifact)/.test(name))
    return 'paint';
  if (/^(CompositeLayers|UpdateLayerTree|Layerize|Commit$|ComputeIntersections)/.test(name))
    return 'composite';
  if (/^(GPUTask|gpu)/.test(name)) return 'gpu';
  if (/^(ParseHTML|ResourceReceivedData|ResourceFinish|ResourceSendRequest)/.test(name)) return 'loading';
  if (/^(MajorGC|MinorGC|V8\.GC|BlinkGC|GCEvent)/.test(name)) return 'gc';
  if (
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|XHR|FireIdleCallback|v8.compile|CompileScript|CompileCode|ProfileCall|MutationObserver|HandlePostMessage|RunTask|v8\.run)/.test(
      name,
    )
  )
    return 'scripting';
  if (name === 'RunTask' || name === 'ThreadControllerImpl::RunTask') return 'other';
  return 'other';
};

/** Self time (ms) of complete events on one thread, by event name, within [from, to] µs. */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const xs = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const pop = () => {
    const top = stack.pop()!;
    self.set(top.e.name, (self.get(top.e.name) ?? 0) + (top.e.dur! - top.child) / 1000);
  };
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) pop();
    if (stack.length) stack[stack.length - 1].child += e.dur!;
    stack.push({ e, end: e.ts + e.dur!, child: 0 });
  }
  while (stack.length) pop();
  return self;
}

/** The sampling profiler's self time (ms) per function, for one thread's profile, within [from, to] µs. */
function profileSelf(events: TraceEvent[], pid: number, tid: number, from: number, to: number) {
  const profiles = events
    .filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)
    .map((e) => e.id);
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && profiles.includes(e.id));
  const nodes = new Map<number, { callFrame: any; parent?: number }>();
  const self = new Map<string, number>();
  for (const p of profiles) {
    let t = events.find((e) => e.name === 'Profile' && e.id === p)!.args!.data.startTime as number;
    for (const c of chunks.filter((c) => c.id === p)) {
      const data = c.args!.data;
      for (const n of data.cpuProfile?.nodes ?? [])
        nodes.set(n.id, { callFrame: n.callFrame, parent: n.parent });
      const samples: number[] = data.cpuProfile?.samples ?? [];
      const deltas: number[] = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        const dt = deltas[i + 1] ?? 0;
        if (t < from || t > to) continue;
        const cf = nodes.get(samples[i])?.callFrame;
        if (!cf) continue;
        const file = (cf.url || '').replace(/^.*\//, '').replace(/-[\w-]{8}\.(m?js)$/, '.$1');
        const key = `${cf.functionName || '(anonymous)'} @ ${file || cf.codeType || '-'}${cf.url ? ':' + (cf.lineNumber + 1) : ''}`;
        self.set(key, (self.get(key) ?? 0) + dt / 1000);
      }
    }
  }
  return self;
}

const chunkOf = (key: string): string => {
  const file = key.split(' @ ')[1] ?? '';
  if (/^(\(|-|$)/.test(file) || !file.includes('.')) return file.split(':')[0] || '(native)';
  return file.split(':')[0];
};

const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, +v.toFixed(1)] as const);

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  // The renderer main thread of our page: the one that loaded an http(s) document or recorded the
  // page's own marks. Not "the busiest CrRendererMain": Chromium's WebUI pages (the new-tab page's
  // search box) run in renderers of their own and are sometimes busier.
  const ours = events.find(
    (e) =>
      (e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http')) ||
      (e.cat.includes('blink.user_timing') && ['map-first-idle', 'pan-start'].includes(e.name)),
  );
  const names = events.filter(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      (!ours || e.pid === ours.pid),
  );
  let best: { pid: number; tid: number; n: number } | null = null;
  for (const t of names) {
    const n = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
    if (!best || n > best.n) best = { pid: t.pid, tid: t.tid, n };
  }
  return best;
}

function threadName(events: TraceEvent[], pid: number, tid: number) {
  return events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.tid === tid)?.args
    ?.name;
}

/** The summary of one trace window. */
async function summarise(
  events: TraceEvent[],
  from: number,
  to: number,
  page: Page | null,
  cdp: CDPSession | null,
) {
  const main = mainThread(events)!;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const self = selfTimes(onMain, from, to);
  const byCategory: Record<string, number> = {};
  for (const [name, ms] of self) byCategory[category(name)] = (byCategory[category(name)] ?? 0) + ms;
  const windowMs = (to - from) / 1000;
  byCategory.idle = windowMs - sum(self);
  for (const k of Object.keys(byCategory)) byCategory[k] = +byCategory[k].toFixed(1);

  // Other threads of the renderer (MapLibre's workers, compositor, raster) and the GPU process.
  const threads: Record<string, number> = {};
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.dur && e.ts >= from && e.ts <= to && !(e.pid === main.pid && e.tid === main.tid)) {
      const key = `${e.pid}:${e.tid}`;
      busy.set(key, (busy.get(key) ?? 0) + 0); // placeholder so the thread is listed
    }
  for (const key of busy.keys()) {
    const [pid, tid] = key.split(':').map(Number);
    const s = selfTimes(
      events.filter((e) => e.pid === pid && e.tid === tid),
      from,
      to,
    );
    const total = sum(s);
    if (total > 5) {
      const name = `${threadName(events, pid, tid) ?? 'thread'}${pid === main.pid ? '' : ` (pid ${pid})`}`;
      threads[name] = +((threads[name] ?? 0) + total).toFixed(1);
    }
  }

  const js = profileSelf(events, main.pid, main.tid, from, to);
  const byChunk = new Map<string, number>();
  for (const [k, v] of js) byChunk.set(chunkOf(k), (byChunk.get(chunkOf(k)) ?? 0) + v);

  const inWindow = (e: TraceEvent) => e.ts >= from && e.ts <= to;
  const styleEvents = onMain.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X' && inWindow(e));
  const layoutEvents = onMain.filter((e) => e.name === 'Layout' && e.ph === 'X' && inWindow(e));
  const elementCounts = styleEvents.map((e) => e.args?.elementCount ?? e.args?.data?.elementCount ?? 0);
  const layoutObjects = layoutEvents.map((e) => e.args?.beginData?.dirtyObjects ?? 0);
  const layoutTotals = layoutEvents.map((e) => e.args?.beginData?.totalObjects ?? 0);

  // Invalidation tracking: which nodes, for what reason.
  const reasons = new Map<string, number>();
  for (const e of events)
    if (/InvalidationTracking$/.test(e.name) && inWindow(e)) {
      const d = e.args?.data ?? {};
      const key = `${e.name.replace('InvalidationTracking', '')}: ${d.nodeName ?? '?'} — ${d.reason ?? d.invalidationSet?.[0]?.classes?.join(' ') ?? d.invalidatedSelectorId ?? '?'}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }

  // Paints by the element painted (backend node id, resolved while the page is open).
  const paints = new Map<number, { n: number; ms: number }>();
  for (const e of onMain)
    if (e.name === 'Paint' && e.ph === 'X' && inWindow(e)) {
      const id = e.args?.data?.nodeId ?? -1;
      const p = paints.get(id) ?? { n: 0, ms: 0 };
      p.n++;
      p.ms += (e.dur ?? 0) / 1000;
      paints.set(id, p);
    }
  const paintRows: [string, number, number][] = [];
  for (const [id, p] of [...paints.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, 10))
    paintRows.push([await describe(cdp, id), p.n, +p.ms.toFixed(1)]);

  const frames = {
    beginFrames: events.filter((e) => e.name === 'BeginFrame' && inWindow(e)).length,
    drawFrames: events.filter((e) => e.name === 'DrawFrame' && inWindow(e)).length,
    droppedFrames: events.filter((e) => e.name === 'DroppedFrame' && inWindow(e)).length,
    animationFrameFired: onMain.filter((e) => e.name === 'FireAnimationFrame' && inWindow(e)).length,
    commits: onMain.filter((e) => e.name === 'Commit' && inWindow(e)).length,
  };
  const eventCounts: Record<string, number> = {};
  for (const e of onMain)
    if (e.name === 'EventDispatch' && inWindow(e)) {
      const t = e.args?.data?.type ?? '?';
      eventCounts[t] = (eventCounts[t] ?? 0) + 1;
    }
  void page;
  const gpu = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrGpuMain');
  const gpuSelf = gpu
    ? selfTimes(
        events.filter((e) => e.pid === gpu.pid && e.tid === gpu.tid),
        from,
        to,
      )
    : new Map();
  return {
    windowMs: +windowMs.toFixed(0),
    topMainEvents: top(self, 12),
    topGpuEvents: top(gpuSelf, 8),
    mainThreadMs: byCategory,
    otherThreadsMs: threads,
    jsByChunkMs: Object.fromEntries(top(byChunk, 12)),
    topSelfJs: top(js, 25),
    styleRecalcs: {
      count: styleEvents.length,
      ms: +(styleEvents.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000).toFixed(1),
      elements: elementCounts.reduce((a, b) => a + b, 0),
      maxElements: Math.max(0, ...elementCounts),
    },
    layouts: {
      count: layoutEvents.length,
      ms: +(layoutEvents.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000).toFixed(1),
      dirtyObjects: layoutObjects.reduce((a, b) => a + b, 0),
      maxTotalObjects: Math.max(0, ...layoutTotals),
    },
    invalidations: top(reasons, 15),
    paints: paintRows,
    frames,
    events: eventCounts,
  };
}

async function describe(cdp: CDPSession | null, backendNodeId: number): Promise<string> {
  if (!cdp || backendNodeId < 0) return `node ${backendNodeId}`;
  try {
    const { node } = (await cdp.send('DOM.describeNode', { backendNodeId })) as any;
    const attrs: string[] = node.attributes ?? [];
    const get = (k: string) => {
      const i = attrs.indexOf(k);
      return i >= 0 ? attrs[i + 1] : '';
    };
    const testid = get('data-testid');
    const cls = get('class');
    return `${node.nodeName.toLowerCase()}${testid ? `[data-testid=${testid}]` : ''}${cls ? '.' + cls.trim().split(/\s+/).slice(0, 2).join('.') : ''}${node.nodeName === '#document' ? '' : ''}`;
  } catch {
    return `node ${backendNodeId} (gone)`;
  }
}

/** The composited layers while the map is moving: element, size, compositing reasons. */
async function layers(page: Page, cdp: CDPSession) {
  await cdp.send('DOM.getDocument', { depth: -1 });
  let latest: any[] = [];
  const on = (e: any) => {
    if (e.layers) latest = e.layers;
  };
  cdp.on('LayerTree.layerTreeDidChange', on);
  await cdp.send('LayerTree.enable');
  await page.waitForTimeout(500);
  cdp.off('LayerTree.layerTreeDidChange', on);
  const rows: {
    element: string;
    size: string;
    reasons: string;
    drawsContent: boolean;
    paintCount?: number;
  }[] = [];
  for (const l of latest) {
    let reasons: string[] = [];
    try {
      reasons =
        ((await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId })) as any)
          .compositingReasonIds ?? [];
    } catch {
      /* the layer went */
    }
    rows.push({
      element: l.backendNodeId ? await describe(cdp, l.backendNodeId) : '(no element)',
      size: `${Math.round(l.width)}×${Math.round(l.height)}`,
      reasons: reasons.join(', '),
      drawsContent: l.drawsContent,
      paintCount: l.paintCount,
    });
  }
  await cdp.send('LayerTree.disable');
  return { count: latest.length, drawing: rows.filter((r) => r.drawsContent).length, rows };
}

const traceMark = (events: TraceEvent[], name: string) =>
  events.find(
    (e) =>
      e.name === name &&
      /user_timing/.test(e.cat) &&
      (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'),
  )?.ts;

async function tracePan(browser: Browser, url: string) {
  const { page, cdp } = await newPage(browser);
  await page.goto(url);
  await page.locator(MAP_DRAWN).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.evaluate(() => ((window as any).__reactTrackComponents = true));
  const before = await page.evaluate(() => (window as any).__reactStats?.commits ?? 0);
  await page.evaluate(() => ((window as any).__reactStats.rendered = {}));
  await startTracing(cdp);
  const r = await pan(page);
  const events = await endTracing(cdp);
  const react = await page.evaluate(() => (window as any).__reactStats);
  const from = traceMark(events, 'pan-start') ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const to = traceMark(events, 'pan-end') ?? Math.max(...events.map((e) => e.ts));
  const summary = await summarise(events, from, to, page, cdp);
  // Layers while the map moves: a second, short drag.
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const moving = (async () => {
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(box.x + box.width / 2 + Math.sin(i / 6) * 80, box.y + box.height / 2);
      await page.waitForTimeout(15);
    }
  })();
  const layerTree = await layers(page, cdp);
  await moving;
  await page.mouse.up();
  await page.context().close();
  return {
    fps: +r.fps.toFixed(1),
    mapFrames: r.frames,
    reactCommits: (react?.commits ?? 0) - before,
    reactRendered: Object.entries(react?.rendered ?? {})
      .sort((a: any, b: any) => b[1] - a[1])
      .slice(0, 15),
    ...summary,
    layers: layerTree,
  };
}

async function traceStart(browser: Browser, url: string) {
  const { page, cdp } = await newPage(browser);
  await startTracing(cdp);
  const t0 = Date.now();
  await page.goto(url);
  await page.locator(MAP_IDLE).waitFor({ timeout: 60_000 });
  const firstIdle = await page.evaluate(
    () => performance.getEntriesByName('map-first-idle')[0]?.startTime ?? NaN,
  );
  await page.waitForTimeout(200);
  const events = await endTracing(cdp);
  const react = await page.evaluate(() => (window as any).__reactStats);
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  const from = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const idleTs = traceMark(events, 'map-first-idle') ?? from + firstIdle * 1000;
  const summary = await summarise(events, from, idleTs, page, cdp);
  await page.context().close();
  void t0;
  const commitsBeforeIdle = (react?.commitTimes ?? []).filter((t: number) => t <= firstIdle).length;
  return { firstIdleMs: Math.round(firstIdle), reactCommitsBeforeIdle: commitsBeforeIdle, ...summary };
}

async function fpsWith(browser: Browser, url: string, css: string | undefined): Promise<number> {
  const { page } = await newPage(browser, css);
  await page.goto(url);
  await page.locator(MAP_DRAWN).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  const r = await pan(page);
  await page.context().close();
  return r.fps;
}

/** CSS switched on in the app to see which overlay costs per frame (none changes the map's size). */
const HYPOTHESES: Record<string, string | undefined> = {
  'as is': undefined,
  'no box-shadow / filter / backdrop-filter':
    '*, *::before, *::after { box-shadow: none !important; filter: none !important; backdrop-filter: none !important; text-shadow: none !important; }',
  'no transitions / animations':
    '*, *::before, *::after { transition: none !important; animation: none !important; }',
  'locator hidden (visibility)': '[data-testid="locator"] { visibility: hidden !important; }',
  'locator display:none': '[data-testid="locator"] { display: none !important; }',
  'timeline hidden (visibility)': '[data-testid="timeline"] { visibility: hidden !important; }',
  'article hidden (visibility)': '[data-testid="article"] { visibility: hidden !important; }',
  'panels over the map hidden':
    '.layers-pane, .details-pane, [data-testid="layer-panel"], [data-testid="precision-legend"], [data-testid="attribution"], .maplibregl-control-container { visibility: hidden !important; }',
  'MapLibre scale control display:none': '.maplibregl-ctrl-scale { display: none !important; }',
  'MapLibre controls display:none': '.maplibregl-control-container { display: none !important; }',
  'everything but the map hidden':
    'body * { visibility: hidden !important; } [data-testid="map"], [data-testid="map"] canvas, .maplibregl-canvas-container { visibility: visible !important; }',
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  if (!process.env.BENCH_TRACE_NO_BUILD) {
    console.log('Building the app and the baseline, unminified with sourcemaps…');
    execFileSync(
      'npx',
      [
        'vite',
        'build',
        '--minify',
        'false',
        '--sourcemap',
        '--outDir',
        join(ROOT, 'dist-bench/app-trace'),
        '--logLevel',
        'error',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    execFileSync(
      'npx',
      [
        'vite',
        'build',
        '--config',
        'bench/vite.baseline.config.ts',
        '--minify',
        'false',
        '--sourcemap',
        '--outDir',
        join(ROOT, 'dist-bench/baseline-trace'),
        '--logLevel',
        'error',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  const server = await serve(
    PORT,
    join(ROOT, 'dist-bench/app-trace'),
    join(ROOT, 'dist-bench/baseline-trace'),
  );
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const size = await (async () => {
    const { page } = await newPage(browser);
    await page.goto(APP);
    await page.locator(MAP_DRAWN).waitFor({ timeout: 60_000 });
    const b = (await page.getByTestId('map').boundingBox())!;
    await page.context().close();
    return { width: Math.round(b.width), height: Math.round(b.height) };
  })();
  const BASELINE = `http://127.0.0.1:${PORT}/baseline/?width=${size.width}&height=${size.height}`;
  const only = process.env.BENCH_TRACE_ONLY ?? 'pan,start,hypotheses';
  const results: Record<string, any> = {
    date: new Date().toISOString(),
    mapSizeCssPx: size,
    pan: { app: [], baseline: [] },
    start: { app: [], baseline: [] },
  };
  const out = () =>
    writeFileSync(
      join(ROOT, process.env.BENCH_TRACE_OUT ?? 'bench/trace-results.json'),
      JSON.stringify(results, null, 1) + '\n',
    );
  for (let i = 0; i < RUNS; i++) {
    if (only.includes('pan')) {
      console.log(`pan trace ${i + 1}/${RUNS}`);
      results.pan.app.push(await tracePan(browser, APP));
      results.pan.baseline.push(await tracePan(browser, BASELINE));
      out();
    }
    if (only.includes('start')) {
      console.log(`start-up trace ${i + 1}/${RUNS}`);
      results.start.app.push(await traceStart(browser, APP));
      results.start.baseline.push(await traceStart(browser, BASELINE));
      out();
    }
  }
  if (only.includes('hypotheses')) {
    results.hypotheses = {};
    const runs: Record<string, number[]> = { baseline: [] };
    for (let i = 0; i < FPS_RUNS; i++)
      for (const [name, css] of [['baseline', undefined] as const, ...Object.entries(HYPOTHESES)].filter(
        ([name]) => !process.env.BENCH_TRACE_HYP || process.env.BENCH_TRACE_HYP.split('|').includes(name),
      )) {
        (runs[name] ??= []).push(await fpsWith(browser, name === 'baseline' ? BASELINE : APP, css));
        console.log(`  fps ${name}: ${runs[name].at(-1)!.toFixed(1)}`);
        const xs = runs[name];
        results.hypotheses[name] = { median: +median(xs).toFixed(1), runs: xs.map((x) => +x.toFixed(1)) };
        out();
      }
    out();
  }
  await browser.close();
  server.close();
  console.log(JSON.stringify(results.hypotheses ?? {}, null, 1));
  console.log('Written bench/trace-results.json');
}

await main();
