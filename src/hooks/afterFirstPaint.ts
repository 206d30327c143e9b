// Deferring work until the page has shown something: the article paints before the map code and the
// layer files compete with it for the network and the main thread.

/**
 * Runs `run` once the page's first contentful paint is reported (the article is on screen), or after
 * `fallbackMs` in a browser that does not report paints. Returns a cancel.
 */
export function afterFirstPaint(run: () => void, fallbackMs = 1000): () => void {
  let done = false;
  const reportsPaint = PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    run();
  };
  const observer = reportsPaint
    ? new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) go();
      })
    : null;
  observer?.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(go, reportsPaint ? fallbackMs : 0);
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}
