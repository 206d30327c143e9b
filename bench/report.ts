/* eslint-disable @typescript-eslint/no-explicit-any -- results.json is read back field by field, each part present only when its case ran */
// The benchmark's table (bench/run.ts): each measure with its median (min–max) and issue 25's budget.
import type { Stat } from './stats';

const f = (s: Stat | undefined, digits = 0) =>
  s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '—';
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const ratio = (a: Stat, b: Stat) => (a.median / b.median).toFixed(2);

export function printReport(r: Record<string, any>, runs: number): void {
  const rows: [string, string, string][] = [];
  const row = (name: string, value: string, budget = '') => rows.push([name, value, budget]);
  row(
    'WebGL draw calls per frame, app / baseline',
    `${r.drawCallsPerFrame.app.draws.toFixed(0)} / ${r.drawCallsPerFrame.baseline.draws.toFixed(0)}`,
    'equal: the same map drawn',
  );
  if (r.firstIdleMs) {
    row(
      'first idle, app (ms)',
      f(r.firstIdleMs.app),
      `≤ 1.3 × baseline: ratio ${r.firstIdleMs.ratio.toFixed(2)}`,
    );
    row('first idle, baseline (ms)', f(r.firstIdleMs.baseline), 'every layer at once');
    row(
      'first map picture, app (ms)',
      f(r.firstPictureMs.app),
      `≤ 0.85 × baseline's first idle: ${ratio(r.firstPictureMs.app, r.firstIdleMs.baseline)}`,
    );
    row('every layer drawn, app (ms)', f(r.allLayersIdleMs), 'the ground context, after the first idle');
    const b = r.bytesBeforeFirstIdle;
    for (const [k, v] of Object.entries(b)) row(`before first idle: ${k}`, kb(v as number));
    row('before first idle: JS + CSS', kib(b.appCode + b.libraries + b.css), '≤ 600 KiB');
    row('before first idle: geo data', kb(b.data), '≤ 250 kB');
    row('before first idle: base-map tiles (network)', kib(b.basemap ?? 0), '≤ 400 KiB at 1280 × 800');
    if (r.baselineBytesBeforeFirstIdle)
      row(
        'baseline: base-map tiles before its first idle',
        kib(r.baselineBytesBeforeFirstIdle.basemap ?? 0),
        'the same tiles',
      );
    row(
      'before every layer is drawn: JS + CSS',
      kib(r.bytesBeforeAllLayersIdle ?? NaN),
      '≤ 600 KiB (the locator included)',
    );
    if (r.reference?.firstIdleMs) {
      row(
        `first idle, ${r.reference.commit} (ms)`,
        f(r.reference.firstIdleMs),
        `ratio to its baselines ${r.reference.ratio.toFixed(2)}`,
      );
      row(
        `pan fps, ${r.reference.commit}`,
        f(r.reference.panFps, 1),
        `ratio to its baselines ${r.reference.panRatio.toFixed(2)}`,
      );
    }
    row('pan fps, app', f(r.panFps.app, 1), `≥ 0.9 × baseline: ratio ${r.panFps.ratio.toFixed(2)}`);
    row('pan fps, baseline', f(r.panFps.baseline, 1));
    row('click → details in the DOM (ms)', f(r.clickToPopupInDomMs, 1));
    row(
      'click → details painted (ms)',
      f(r.clickToPopupPaintedMs, 1),
      `≤ baseline + 34 ms: ${(r.clickToPopupPaintedMs.median - r.baselineClickToPaintMs.median).toFixed(1)} ms more`,
    );
    row('baseline: click → next paint (ms)', f(r.baselineClickToPaintMs, 1), 'a map frame');
    row('layer toggle → map frame (ms)', f(r.toggleToFrameMs, 1));
    row('layer toggle → map frame (frames)', f(r.toggleToFrameFrames), '≤ 1 frame');
    row('article phrase → first map frame (ms)', f(r.phraseToMapFirstFrameMs, 1));
    row('article phrase → move end (ms)', f(r.phraseToMapMoveEndMs), '(900 ms animation)');
  }
  if (r.heapMB) {
    const h = r.heapMB;
    row(
      'JS heap after first idle, app / baseline (MB)',
      `${f(h.afterIdle.app, 1)} / ${f(h.afterIdle.baseline, 1)}`,
      `≤ 1.3 ×: ${ratio(h.afterIdle.app, h.afterIdle.baseline)}`,
    );
    row(
      `JS heap after ${Math.min(...h.selections)}–${Math.max(...h.selections)} selections (MB)`,
      `${f(h.afterSelections.app, 1)} / ${f(h.afterSelections.baseline, 1)}`,
      `${ratio(h.afterSelections.app, h.afterSelections.baseline)} (baseline: the same clicks)`,
    );
  }
  if (r.tenTimesFeatures) {
    const t = r.tenTimesFeatures;
    row(
      `10×: draw calls per frame, app / baseline`,
      `${t.draws.app.draws.toFixed(0)} / ${t.draws.baseline.draws.toFixed(0)}`,
      `+${t.syntheticPoints} points, +${t.syntheticPolygons} polygons`,
    );
    row(
      '10×: first idle, app / baseline (ms)',
      `${f(t.idle.app)} / ${f(t.idle.baseline)}`,
      `≤ 1.3: ${ratio(t.idle.app, t.idle.baseline)}`,
    );
    row(
      '10×: pan fps, app / baseline',
      `${f(t.pan.app, 1)} / ${f(t.pan.baseline, 1)}`,
      `≥ 0.9: ${ratio(t.pan.app, t.pan.baseline)}`,
    );
  }
  if (r.manyStories) {
    const m = r.manyStories;
    const perStory = (m.buildMs.many - m.buildMs.one) / (m.count - 1);
    row(
      `${m.count} stories: vite build (s), one story / ${m.count}`,
      `${(m.buildMs.one / 1000).toFixed(1)} / ${(m.buildMs.many / 1000).toFixed(1)}`,
      `${perStory.toFixed(0)} ms per story`,
    );
    row(
      `${m.count} stories: gzip bytes built, per story`,
      kb((m.bytes.many.total - m.bytes.one.total) / (m.count - 1)),
      `story file ${kb(m.bytes.many.stories / m.count)}, thumbnail ${kb(m.bytes.many.thumbnails / m.count)}, entry in stories/index.json ${(((m.bytes.many.index ?? 0) - (m.bytes.one.index ?? 0)) / (m.count - 1)).toFixed(0)} B, in the entry chunk ${((m.bytes.many.entry - m.bytes.one.entry) / (m.count - 1)).toFixed(0)} B`,
    );
    row(
      `${m.count} stories: / first contentful paint (ms)`,
      `${f(m.fcp.app)} / one story ${f(m.fcp.baseline)}`,
      `≤ 1.5 ×: ${ratio(m.fcp.app, m.fcp.baseline)}`,
    );
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    row(
      `${m.count} stories: / content in the DOM (ms), bytes`,
      `list ${median(m.listed.map((v: any) => v.contentMs)).toFixed(0)}, ${kb(median(m.listed.map((v: any) => v.bytes)))}`,
      `one story: article ${median(m.opened.map((v: any) => v.contentMs)).toFixed(0)}, ${kb(median(m.opened.map((v: any) => v.bytes)))}`,
    );
    row(
      `${m.count} stories: one story's first idle (ms)`,
      `${f(m.idle.app)} / one story ${f(m.idle.baseline)}`,
      `unchanged within noise: ${ratio(m.idle.app, m.idle.baseline)}`,
    );
  }
  for (const [k, v] of Object.entries(r.bytesGzip))
    row(`gzip ${k}`, kb(v as number), k === 'geoData' ? '≤ 250 kB' : k === 'gazetteer' ? '≤ 300 kB' : '');
  if (r.authoring) {
    const a = r.authoring;
    row(
      `#new: worker parse of ${a.words} words (ms)`,
      f(a.workerParseMs, 1),
      `≤ 150 ms once the gazetteer is loaded (it took ${f(a.gazetteerMs)})`,
    );
    row('#new: then drafting the bundle (ms)', f(a.workerDraftMs, 1), 'links, places, story.json');
    row(`desk (${a.proposals} proposals): key → next paint (ms)`, f(a.deskKeyToPaintMs, 1), '≤ 100 ms');
    row('desk: keys painted within 100 ms', `${(a.deskKeysWithin100Ms * 100).toFixed(0)} %`);
    const ref = r.reference?.authoring;
    if (ref) {
      const within = (x: number, y: number) =>
        Math.abs(x - y) <= 0.1 * y ? 'within 10 %' : 'NOT within 10 %';
      row(
        `desk, ${r.reference.commit}: key → next paint (ms)`,
        f(ref.deskKeyToPaintMs, 1),
        `app's median ${within(a.deskKeyToPaintMs.median, ref.deskKeyToPaintMs.median)} of it`,
      );
      row(
        `desk, ${r.reference.commit}: keys painted within 100 ms`,
        `${(ref.deskKeysWithin100Ms * 100).toFixed(0)} %`,
        `app's share ${within(a.deskKeysWithin100Ms, ref.deskKeysWithin100Ms)} of it`,
      );
    }
    row(
      '#new: key typed while 10,000 words are parsed → next paint (ms)',
      f(a.typingWhileParsingMs, 1),
      '≤ 100 ms',
    );
  }
  if (r.server) {
    const v = r.server;
    row(
      `newsroom server: ${v.readers} readers (p95 ms)`,
      `${v.readerP95Ms.toFixed(1)} (median ${v.readerMedianMs.toFixed(1)}; ${v.readerRequests} requests in ${v.seconds} s)`,
      `errors: ${v.errors}`,
    );
    row(
      `newsroom server: ${v.editors} editors saving (p95 ms)`,
      `${v.saveP95Ms.toFixed(1)} (median ${v.saveMedianMs.toFixed(1)}; ${v.saves} saves)`,
      `errors 0: ${v.errors === 0 ? 'met' : JSON.stringify(v.errorKinds)}`,
    );
    row(
      'published story (newsroom server): first idle (ms)',
      f(v.firstIdleMs.app),
      `ratio to the bare map ${v.firstIdleMs.ratio.toFixed(2)}`,
    );
    row(
      'published story (newsroom server): first picture (ms)',
      f(v.firstPictureMs.app),
      `bare map's first idle ${f(v.firstIdleMs.baseline)}`,
    );
  }
  if (r.geoparse)
    row(
      `geoparse ${r.geoparse.words} words (ms)`,
      f(r.geoparse.parseMs, 1),
      `< 1000 ms, with loading the gazetteer: ${(r.geoparse.gazetteerLoadAndIndexMs + r.geoparse.parseMs.median).toFixed(0)} ms`,
    );
  if (r.lighthouse)
    for (const page of ['app', 'baseline'] as const)
      for (const preset of ['desktop', 'mobile'] as const) {
        const s = r.lighthouse[page][preset];
        const failed = s.errors.length ? `${s.errors.length} run(s) failed: ${s.errors.join(', ')}` : '';
        if (!s.performance) row(`lighthouse ${page} ${preset}`, 'no report', failed);
        else
          row(
            `lighthouse ${page} ${preset}`,
            `perf ${s.performance.median.toFixed(2)}, a11y ${s.accessibility.median.toFixed(2)}, bp ${s.bestPractices.median.toFixed(2)}`,
            `FCP ${s.fcpMs.median.toFixed(0)} ms, LCP ${s.lcpMs.median.toFixed(0)} ms, TBT ${s.tbtMs.median.toFixed(0)} ms ${failed}`,
          );
      }
  console.log(
    `\nSituation Viewer benchmark — ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.chromium}; load ${r.machine.loadAverageAtStart.toFixed(1)} at start, ${r.loadAverageAtEnd.toFixed(1)} at end; median (min–max) of ${runs}`,
  );
  for (const [name, value, budget] of rows) console.log(`${name.padEnd(46)} ${value.padEnd(34)} ${budget}`);
}
