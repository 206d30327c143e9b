// A code chunk loaded once, and a hook that renders with its module as soon as it has arrived.
// Not React.lazy: a lazy component suspends at its first render even when its chunk has already
// arrived (the import's promise settles a microtask later), and React 19 then holds the revealed
// content back for up to 300 ms after any Suspense fallback ("Throttled" retries). The map's chunks
// are fetched after the first paint and are in by the time the layers are: they render at once.
import { useEffect, useState } from 'react';

export interface Chunk<T> {
  /** Fetches the chunk (once); its module. */
  load(): Promise<T>;
  /** The module if it has arrived, else undefined. */
  loaded(): T | undefined;
}

export function chunk<T>(importChunk: () => Promise<T>): Chunk<T> {
  let module: T | undefined;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= importChunk().then((m) => {
        module = m;
        return m;
      })),
    loaded: () => module,
  };
}

/**
 * The chunk's module, or null while it loads (fetched if it was not asked for yet). A chunk that
 * cannot be fetched throws in render, so the nearest error boundary says so, as with React.lazy; an
 * `optional` one (a picture the page can do without) gives undefined instead.
 */
export function useChunk<T>(c: Chunk<T>, { optional = false } = {}): T | null | undefined {
  const module = c.loaded();
  const [failed, setFailed] = useState<Error | null>(null);
  const [, arrived] = useState(0);
  useEffect(() => {
    if (module) return;
    let cancelled = false;
    c.load().then(
      () => !cancelled && arrived((n) => n + 1),
      (error: Error) => !cancelled && setFailed(error),
    );
    return () => {
      cancelled = true;
    };
  }, [c, module]);
  if (failed) {
    if (optional) return undefined;
    throw failed;
  }
  return module ?? null;
}
