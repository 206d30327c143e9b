// For browser tests only (navigator.webdriver is true under Playwright, never for a reader): a window
// property with read-only questions about the map, so tests assert on layout properties, feature-state
// and projected points instead of pixels and hand-written Mercator maths.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PickCandidate } from './pick';

export interface MapTestHook {
  /** Page coordinates (CSS px) of a longitude/latitude in the current view. */
  project(lon: number, lat: number): { x: number; y: number };
  visibility(styleLayerId: string): string | undefined;
  /** The style's layer ids, in drawing order. */
  styleLayerIds(): string[];
  featureState(source: string, id: string): Record<string, unknown>;
  /** Labels MapLibre placed on screen: style layer, feature id and text. */
  renderedLabels(): { layer: string; id: string; text: string }[];
  camera(): { zoom: number; lat: number; lon: number; bounds: [number, number, number, number] };
  limits(): { minZoom: number; maxZoom: number };
  /** How many `move` events the map has fired since it loaded (a jump is one, a flight dozens). */
  moveEvents(): number;
  /** What a mouse click at a page point would consider (pick.ts ranks these). */
  candidatesAt(x: number, y: number): PickCandidate[];
}

declare global {
  interface Window {
    __situationMap?: MapTestHook;
  }
}

export function exposeForTests(
  map: MapLibreMap,
  candidatesAt: (point: { x: number; y: number }) => PickCandidate[],
): void {
  if (!navigator.webdriver) return;
  let moves = 0;
  map.on('move', () => moves++);
  window.__situationMap = {
    moveEvents: () => moves,
    candidatesAt(x, y) {
      const rect = map.getCanvas().getBoundingClientRect();
      return candidatesAt({ x: x - rect.left, y: y - rect.top });
    },
    project(lon, lat) {
      const rect = map.getCanvas().getBoundingClientRect();
      const p = map.project([lon, lat]);
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    visibility: (id) => map.getLayoutProperty(id, 'visibility') as string | undefined,
    styleLayerIds: () => map.getStyle().layers.map((l) => l.id),
    featureState: (source, id) => map.getFeatureState({ source, id }),
    renderedLabels() {
      const symbolLayers = map
        .getStyle()
        .layers.filter((l) => l.type === 'symbol')
        .map((l) => l.id);
      return map.queryRenderedFeatures({ layers: symbolLayers }).map((f) => ({
        layer: f.layer.id,
        id: String(f.properties?.id ?? ''),
        text: [f.properties?.label1, f.properties?.label2].filter(Boolean).join(' / '),
      }));
    },
    camera() {
      const c = map.getCenter();
      const b = map.getBounds();
      return {
        zoom: map.getZoom(),
        lat: c.lat,
        lon: c.lng,
        bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      };
    },
    limits: () => ({ minZoom: map.getMinZoom(), maxZoom: map.getMaxZoom() }),
  };
}
