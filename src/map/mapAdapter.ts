// The one imperative owner of the MapLibre map. React keeps ids (visible layers, selection, hover);
// this class turns changes of those ids into layout properties, feature-state and camera moves, and
// answers what lies under the pointer.
import type { Rect } from '../camera/camera';
import * as turf from '@turf/turf';
import type { LayerSpecification, Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { Feature, Geometry, Position } from 'geojson';
import type { SituationFeature } from '../domain/schema';
import { frameWithinBounds } from '../camera/frameWithin';
import { FRAME_MARGIN } from '../camera/overlayPadding';
import { pickableLayers, styleLayerOwners, type StyledLayer } from '../cartography/mapStyle';
import { distanceToPolyline, type PickCandidate, type ScreenPoint } from './pick';
import type { Padding } from '../camera/overlayPadding';

export interface FeatureRef {
  layerId: string;
  featureId: string;
}

/** Closest zoom a camera move goes to: a point is shown with its surroundings. */
const FRAME_MAX_ZOOM = 13;

export class MapAdapter {
  private selection: FeatureRef | null = null;
  private hover: FeatureRef[] = [];

  /** Which layer each style layer belongs to, and how the clickable ones answer: from the story's layers. */
  private readonly owners: Record<string, string>;
  /** The style layers of the story's situation layers. */
  private readonly situationStyleLayers: string[];
  private readonly pickable: ReturnType<typeof pickableLayers>;

  constructor(
    readonly map: MapLibreMap,
    layers: readonly (StyledLayer & { role?: string })[],
  ) {
    this.owners = styleLayerOwners(layers);
    this.situationStyleLayers = layers
      .filter((l) => l.role === 'situation')
      .flatMap((l) => l.style.layers.map((s) => s.id));
    this.pickable = pickableLayers(layers);
  }

  setVisible(layerId: string, visible: boolean): void {
    for (const [styleLayer, owner] of Object.entries(this.owners)) {
      if (owner === layerId && this.map.getLayer(styleLayer)) {
        this.map.setLayoutProperty(styleLayer, 'visibility', visible ? 'visible' : 'none');
      }
    }
  }

  /** Where features are on the page: the projected corners of their bounding box (CSS px), or null. */
  screenBox(features: readonly SituationFeature[]): Rect | null {
    if (!features.length) return null;
    const [w, s, e, n] = turf.bbox(turf.featureCollection(features as unknown as Feature[]));
    const canvas = this.map.getCanvas().getBoundingClientRect();
    const a = this.map.project([w, n]);
    const b = this.map.project([e, s]);
    return {
      left: canvas.left + a.x,
      top: canvas.top + a.y,
      right: canvas.left + b.x,
      bottom: canvas.top + b.y,
    };
  }

  /** Whether a feature of a situation layer is drawn under a rectangle of the page (CSS px). */
  situationUnder(rect: Rect): boolean {
    const canvas = this.map.getCanvas().getBoundingClientRect();
    const layers = this.situationStyleLayers.filter((id) => this.map.getLayer(id));
    if (!layers.length) return false;
    const box: [PointLike, PointLike] = [
      [rect.left - canvas.left, rect.top - canvas.top],
      [rect.right - canvas.left, rect.bottom - canvas.top],
    ];
    return this.map.queryRenderedFeatures(box, { layers }).length > 0;
  }

  setSelection(ref: FeatureRef | null): void {
    if (this.selection) this.setState(this.selection, { selected: false });
    this.selection = ref;
    if (ref) this.setState(ref, { selected: true });
  }

  setHover(refs: FeatureRef[]): void {
    for (const ref of this.hover) this.setState(ref, { hover: false });
    this.hover = refs;
    for (const ref of refs) this.setState(ref, { hover: true });
  }

  /**
   * Brings features into view, all of them, inside the part of the map that no overlay covers
   * (`padding`). A lone point gets a close-up. Jumps when motion is reduced.
   */
  frame(features: SituationFeature[], padding: Padding, reduceMotion: boolean): void {
    if (!features.length) return;
    const [w, s, e, n] = turf.bbox(turf.featureCollection(features as unknown as Feature[]));
    const duration = reduceMotion ? 0 : 900;
    // Near the region's edge a plain fit would be slid back by maxBounds, under the panels: the
    // camera is chosen knowing the bounds (frameWithin.ts) when one fits, else the plain fit.
    const bounds = this.map.getMaxBounds();
    const canvas = this.map.getCanvas();
    const camera =
      bounds &&
      frameWithinBounds(
        [w, s, e, n],
        { width: canvas.clientWidth, height: canvas.clientHeight },
        padding,
        FRAME_MARGIN,
        [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        { min: this.map.getMinZoom(), max: FRAME_MAX_ZOOM },
      );
    if (camera) this.map.flyTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, duration });
    else this.map.fitBounds([w, s, e, n], { padding, maxZoom: FRAME_MAX_ZOOM, duration });
  }

  /** New data for the sources (the names in another order): MapLibre redraws the labels. */
  setSourcesData(sources: Record<string, GeoJSON.FeatureCollection>): void {
    for (const [name, data] of Object.entries(sources)) {
      const source = this.map.getSource(name);
      if (source && 'setData' in source)
        (source as unknown as { setData: (d: unknown) => void }).setData(data);
    }
  }

  /**
   * New filters and layout values for style layers the map already has (the base map's names: the
   * reader's order, what the story's layers name). MapLibre leaves unchanged values alone.
   */
  restyle(layers: readonly LayerSpecification[]): void {
    for (const layer of layers) {
      if (!this.map.getLayer(layer.id)) continue;
      if ('filter' in layer) this.map.setFilter(layer.id, layer.filter ?? null);
      for (const [name, value] of Object.entries(('layout' in layer && layer.layout) || {}))
        if (name !== 'visibility') this.map.setLayoutProperty(layer.id, name as 'visibility', value);
    }
  }

  jumpTo(view: { zoom: number; lat: number; lon: number }): void {
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  /**
   * What the reader may mean at a screen point: labels, points and lines within `tolerancePx`, and
   * the areas under the point, each with its screen distance (ranked by pick.ts).
   */
  candidatesAt(
    point: ScreenPoint,
    tolerancePx: number,
    areaOf: (id: string) => number | null,
  ): PickCandidate[] {
    const present = Object.keys(this.pickable).filter((id) => this.map.getLayer(id));
    const order = (styleLayer: string) => present.length - present.indexOf(styleLayer);
    const nearLayers = present.filter((id) => this.pickable[id] !== 'area');
    const areaLayers = present.filter((id) => this.pickable[id] === 'area');
    const box: [PointLike, PointLike] = [
      [point.x - tolerancePx, point.y - tolerancePx],
      [point.x + tolerancePx, point.y + tolerancePx],
    ];
    const hits: { f: MapGeoJSONFeature; area: boolean }[] = [
      ...(nearLayers.length ? this.map.queryRenderedFeatures(box, { layers: nearLayers }) : []).map((f) => ({
        f,
        area: false,
      })),
      ...(areaLayers.length
        ? this.map.queryRenderedFeatures([point.x, point.y], { layers: areaLayers })
        : []
      ).map((f) => ({ f, area: true })),
    ];
    return hits.flatMap(({ f }) => {
      const featureId = String(f.properties?.id ?? f.id ?? '');
      const kind = this.pickable[f.layer.id];
      if (!featureId || !kind) return [];
      return [
        {
          featureId,
          kind,
          distancePx: kind === 'point' || kind === 'line' ? this.distance(point, f) : 0,
          areaKm2: kind === 'area' ? areaOf(featureId) : null,
          order: order(f.layer.id),
        },
      ];
    });
  }

  /** Screen distance from a point to a rendered point, line, or area's outline. */
  private distance(point: ScreenPoint, f: MapGeoJSONFeature): number {
    const project = (p: Position) => {
      const { x, y } = this.map.project([p[0], p[1]]);
      return { x, y };
    };
    // Each part as a polyline; a point is a polyline of one vertex.
    return Math.min(...partsOf(f.geometry).map((part) => distanceToPolyline(point, part.map(project))));
  }

  private setState(ref: FeatureRef, state: Record<string, boolean>): void {
    if (this.map.getSource(ref.layerId))
      this.map.setFeatureState({ source: ref.layerId, id: ref.featureId }, state);
  }
}

/** The parts of a geometry as polylines: points one vertex each, lines, and the rings of areas. */
function partsOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'MultiPoint':
      return g.coordinates.map((c) => [c]);
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    default:
      return [];
  }
}
