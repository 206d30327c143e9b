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
  /**
   * How many frames the map has drawn while its camera was moving, since it loaded: a flight draws
   * some on its way; a jump draws none (its move starts and ends before the next frame).
   */
  framesInMotion(): number;
  /** What a mouse click at a page point would consider (pick.ts ranks these). */
  candidatesAt(x: number, y: number): PickCandidate[];
  /**
   * The features drawn within `radiusPx` CSS px of a longitude/latitude (a box around it), each once:
   * `layer` the style layer's id (as renderedLabels gives it), `sourceLayer` the vector-tile layer (the
   * base map) or null (the story's GeoJSON). Empty when the point is outside the view.
   */
  renderedFeaturesAt(
    lon: number,
    lat: number,
    radiusPx?: number,
  ): { layer: string; sourceLayer: string | null; properties: Record<string, unknown> }[];
}

/** A label's text as drawn: the story's two names, or the style's evaluated text (the base map's). */
function labelText(properties: Record<string, unknown>, layout: Record<string, unknown> | undefined): string {
  if (properties.label1) return [properties.label1, properties.label2].filter(Boolean).join(' / ');
  const field = layout?.['text-field'] as { sections?: { text: string }[] } | string | undefined;
  const text = typeof field === 'string' ? field : (field?.sections ?? []).map((s) => s.text).join('');
  return text.split('\n').join(' / ');
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
  let inMotion = false;
  let framesInMotion = 0;
  map.on('movestart', () => (inMotion = true));
  map.on('moveend', () => (inMotion = false));
  map.on('render', () => {
    if (inMotion) framesInMotion++;
  });
  window.__situationMap = {
    moveEvents: () => moves,
    framesInMotion: () => framesInMotion,
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
        text: labelText(f.properties ?? {}, f.layer.layout as Record<string, unknown> | undefined),
      }));
    },
    renderedFeaturesAt(lon, lat, radiusPx = 3) {
      const { x, y } = map.project([lon, lat]);
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      if (!(x >= 0 && y >= 0 && x <= width && y <= height)) return [];
      const seen = new Set<string>();
      return map
        .queryRenderedFeatures([
          [x - radiusPx, y - radiusPx],
          [x + radiusPx, y + radiusPx],
        ])
        .flatMap((f) => {
          const found = {
            layer: f.layer.id,
            sourceLayer: f.sourceLayer ?? null,
            properties: { ...f.properties } as Record<string, unknown>,
          };
          // A feature cut by tile edges comes once per tile: once here.
          const key = JSON.stringify([found.layer, f.id ?? null, found.properties]);
          if (seen.has(key)) return [];
          seen.add(key);
          return [found];
        });
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
