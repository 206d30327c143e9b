// The map's code in chunks of its own, fetched after the article has painted (App), in parallel with
// the layer files: MapLibre's view, the static map (d3-geo: the first picture while MapLibre loads, the
// map without WebGL, the printed figure) and the locator with its countries (locator.json).
import { chunk } from '../hooks/useChunk';

export const mapLibreChunk = chunk(() => import('../map/MapLibreView'));
export const staticMapChunk = chunk(() => import('./StaticMapPane'));
export const locatorChunk = chunk(() => import('./Locator'));

/** A failure here resurfaces through useChunk, and MapErrorBoundary says so on the page. */
export function importMapCode(): void {
  staticMapChunk.load().catch(() => undefined);
  mapLibreChunk.load().catch(() => undefined);
}
