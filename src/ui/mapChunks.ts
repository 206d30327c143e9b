// The map's code in chunks of its own, fetched after the article has painted (App), in parallel with
// the layer files: MapLibre's view, the static map (d3-geo: the first picture while MapLibre loads, the
// map without WebGL, the printed figure) and the locator with its countries (locator.json).
export const importMapView = () => import('../map/MapView');
export const importStaticMap = () => import('./StaticMapPane');
export const importLocator = () => import('./Locator');

/** A failure here resurfaces through lazy() and MapErrorBoundary, which say so on the page. */
export function importMapCode(): void {
  importStaticMap().catch(() => undefined);
  importMapView().catch(() => undefined);
}
