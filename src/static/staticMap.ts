// The static map: the interactive map's style (the same style layers, src/cartography/mapStyle.ts) drawn as
// SVG marks with d3-geo, in the same projection and camera (camera.ts). Pure: sources, style layers,
// camera and size in; marks out (src/static/StaticMap.tsx turns them into SVG elements). Used for the
// first picture before MapLibre arrives, for readers without WebGL, and for print.
import { geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { MapSources } from '../cartography/mapStyle';
import { evaluate, labelLines, type EvaluationContext } from './expressions.ts';
import { projectionFor, type Camera, type Size } from '../camera/camera.ts';

interface MarkBase {
  /** The style layer it draws, and the story layer that owns it. */
  styleLayer: string;
  owner: string;
  featureId: string;
}
export interface PathMark extends MarkBase {
  type: 'path';
  d: string;
  fill: string | null;
  fillOpacity: number;
  stroke: string | null;
  strokeWidth: number;
  strokeOpacity: number;
  dash: string | null;
}
export interface CircleMark extends MarkBase {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string | null;
  strokeWidth: number;
}
export interface TextMark extends MarkBase {
  type: 'text';
  x: number;
  y: number;
  lines: { text: string; size: number }[];
  anchor: 'start' | 'middle' | 'end';
  color: string;
  halo: string | null;
  haloWidth: number;
  letterSpacing: number;
}
export type Mark = PathMark | CircleMark | TextMark;

export interface StaticMapInput {
  sources: MapSources;
  /** The style's layers in drawing order, with their visibility (buildMapStyle's `layers`). */
  layers: readonly LayerSpecification[];
  owners: Record<string, string>;
  camera: Camera;
  size: Size;
  selected?: ReadonlySet<string>;
  /**
   * How finely lines are drawn: vertices closer than `thinPx` to the last kept one are dropped, and
   * coordinates are written with `digits` decimals. Default 0.75 px and 1 (the first picture and
   * print); the story list's small thumbnails use coarser values.
   */
  precision?: { thinPx: number; digits: number };
}

type AnyLayer = LayerSpecification & {
  source?: string;
  filter?: unknown;
  paint?: Record<string, unknown>;
  layout?: Record<string, unknown>;
  minzoom?: number;
  maxzoom?: number;
};

/** Layout properties whose value is an array of words, not an expression. */
const LITERAL_ARRAYS = new Set(['text-variable-anchor', 'text-font']);

const geometryTypeOf = (g: Geometry): EvaluationContext['geometryType'] =>
  g.type.includes('Point') ? 'Point' : g.type.includes('LineString') ? 'LineString' : 'Polygon';

const shown = (l: AnyLayer, zoom: number) =>
  l.layout?.visibility !== 'none' && zoom >= (l.minzoom ?? 0) && zoom < (l.maxzoom ?? 24);

interface StyledFeature {
  feature: Feature;
  featureId: string;
  /** The layer's paint and layout properties evaluated for this feature, or the fallback if unset. */
  paint: (name: string, fallback: unknown) => unknown;
  layout: (name: string, fallback: unknown) => unknown;
}

/** The features a style layer draws (its filter passed), each with its properties evaluated. */
function styledFeatures(
  layer: AnyLayer,
  features: Feature[],
  zoom: number,
  selected: ReadonlySet<string> | undefined,
): StyledFeature[] {
  return features.flatMap((feature) => {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const featureId = String(properties.id);
    const ctx: EvaluationContext = {
      zoom,
      properties,
      geometryType: geometryTypeOf(feature.geometry),
      state: { selected: selected?.has(featureId) ?? false, hovered: false },
    };
    if (layer.filter !== undefined && evaluate(layer.filter, ctx) !== true) return [];
    const valueOf = (group: 'paint' | 'layout') => (name: string, fallback: unknown) => {
      const value = layer[group]?.[name];
      if (value === undefined) return fallback;
      return group === 'layout' && LITERAL_ARRAYS.has(name) ? value : evaluate(value, ctx);
    };
    return [{ feature, featureId, paint: valueOf('paint'), layout: valueOf('layout') }];
  });
}

/** Every mark of the view, in drawing order: areas and lines, then points, then the labels that fit. */
export function staticMapMarks(input: StaticMapInput): Mark[] {
  const { camera, size } = input;
  const margin = 64;
  const projection = projectionFor(camera, size).clipExtent([
    [-margin, -margin],
    [size.width + margin, size.height + margin],
  ]);
  const { thinPx, digits } = input.precision ?? { thinPx: 0.75, digits: 1 };
  const path = geoPath(thinned(projection, thinPx)).digits(digits);
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;
  // d3 wants the exterior rings clockwise, GeoJSON's are counter-clockwise (RFC 7946).
  const rewound = new Map<string, Feature[]>();
  const featuresOf = (source: string): Feature[] => {
    if (!rewound.has(source)) {
      const fc = input.sources[source] as FeatureCollection | undefined;
      rewound.set(
        source,
        (fc?.features ?? []).map((f) =>
          f.geometry.type.includes('Polygon') ? (rewind(f, { reverse: true }) as Feature) : f,
        ),
      );
    }
    return rewound.get(source)!;
  };

  const marks: Mark[] = [];
  const labelLayers: AnyLayer[] = [];
  for (const layer of input.layers as AnyLayer[]) {
    if (!layer.source || !shown(layer, camera.zoom)) continue;
    if (layer.type === 'symbol') {
      labelLayers.push(layer);
      continue;
    }
    for (const { feature, featureId, paint } of styledFeatures(
      layer,
      featuresOf(layer.source),
      camera.zoom,
      input.selected,
    )) {
      const base = { styleLayer: layer.id, owner: input.owners[layer.id] ?? '', featureId };
      if (layer.type === 'circle') {
        const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates;
        const [cx, cy] = projection([lon, lat]) ?? [NaN, NaN];
        if (!inView(cx, cy)) continue;
        marks.push({
          ...base,
          type: 'circle',
          cx,
          cy,
          r: paint('circle-radius', 5) as number,
          fill: paint('circle-color', '#000') as string,
          stroke:
            (paint('circle-stroke-width', 0) as number) > 0
              ? (paint('circle-stroke-color', '#000') as string)
              : null,
          strokeWidth: paint('circle-stroke-width', 0) as number,
        });
        continue;
      }
      const d = path(feature);
      if (!d) continue;
      if (layer.type === 'fill') {
        const opacity = paint('fill-opacity', 1) as number;
        marks.push({
          ...base,
          type: 'path',
          d,
          fill: paint('fill-color', '#000') as string,
          fillOpacity: opacity,
          stroke: null,
          strokeWidth: 0,
          strokeOpacity: 1,
          dash: null,
        });
      } else if (layer.type === 'line') {
        const width = paint('line-width', 1) as number;
        const dashes = paint('line-dasharray', null) as number[] | null;
        marks.push({
          ...base,
          type: 'path',
          d,
          fill: null,
          fillOpacity: 0,
          stroke: paint('line-color', '#000') as string,
          strokeWidth: width,
          strokeOpacity: paint('line-opacity', 1) as number,
          // MapLibre's dashes are in line widths.
          dash: dashes ? dashes.map((v) => v * width).join(' ') : null,
        });
      }
    }
  }
  marks.push(...placeLabels(labelLayers, featuresOf, input, projection));
  return marks;
}

/**
 * The projection with vertices closer than `minPx` to the last one kept dropped (a line's last vertex
 * always kept): the SVG holds what can be seen at this scale, not every vertex of the source. MapLibre
 * simplifies its tiles likewise.
 */
function thinned(projection: GeoProjection, minPx: number): GeoStreamWrapper {
  const min2 = minPx * minPx;
  return {
    stream: (sink: GeoStream) => {
      let last: [number, number] | null = null;
      let skipped: [number, number] | null = null;
      return projection.stream({
        point(x: number, y: number) {
          if (last && (x - last[0]) ** 2 + (y - last[1]) ** 2 < min2) {
            skipped = [x, y];
            return;
          }
          sink.point(x, y);
          last = [x, y];
          skipped = null;
        },
        lineStart() {
          last = skipped = null;
          sink.lineStart();
        },
        lineEnd() {
          if (skipped) sink.point(skipped[0], skipped[1]);
          sink.lineEnd();
        },
        polygonStart: () => sink.polygonStart(),
        polygonEnd: () => sink.polygonEnd(),
        sphere: () => sink.sphere?.(),
      });
    },
  };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels as MapLibre places them, simplified: the top style layer's first (the style lists the
 * highest priority last), then by symbol-sort-key; a label that would overlap one already placed, or
 * leave the view, is dropped. Widths are estimated (0.55 em a character).
 */
function placeLabels(
  layers: AnyLayer[],
  featuresOf: (source: string) => Feature[],
  input: StaticMapInput,
  projection: ReturnType<typeof projectionFor>,
): TextMark[] {
  const { camera, size } = input;
  const placed: Box[] = [];
  const marks: TextMark[] = [];
  for (const layer of [...layers].reverse()) {
    const candidates = styledFeatures(layer, featuresOf(layer.source!), camera.zoom, input.selected).map(
      (c) => ({ ...c, sort: c.layout('symbol-sort-key', 0) as number }),
    );
    candidates.sort((a, b) => a.sort - b.sort);
    for (const { feature, featureId, paint, layout } of candidates) {
      const at = anchorPoint(feature.geometry, projection);
      if (!at) continue;
      const fontSize = layout('text-size', 16) as number;
      const upper = layout('text-transform', 'none') === 'uppercase';
      const lines = labelLines(layout('text-field', '')).map((l) => ({
        text: upper ? l.text.toUpperCase() : l.text,
        size: fontSize * l.scale,
      }));
      if (!lines.length) continue;
      const spacing = (layout('text-letter-spacing', 0) as number) * fontSize;
      const width = Math.max(...lines.map((l) => l.text.length * (l.size * 0.55 + spacing)));
      const height = lines.reduce((h, l) => h + l.size * 1.2, 0);
      const anchors = (layout('text-variable-anchor', null) as string[] | null) ?? [
        layout('text-anchor', 'center') as string,
      ];
      const radial = (layout('text-radial-offset', 0) as number) * fontSize;
      const [ox, oy] = ((layout('text-offset', [0, 0]) as number[]) ?? [0, 0]).map((v) => v * fontSize);
      const padding = layout('text-padding', 2) as number;
      for (const anchor of anchors) {
        const gap = radial || Math.hypot(ox, oy);
        // The label's box for this anchor: 'left' means the text's left edge is at the point.
        const x0 = anchor.includes('left')
          ? at[0] + gap
          : anchor.includes('right')
            ? at[0] - gap - width
            : at[0] - width / 2;
        const y0 = anchor.startsWith('top')
          ? at[1] + gap
          : anchor.startsWith('bottom')
            ? at[1] - gap - height
            : at[1] - height / 2;
        const box = {
          x0: x0 - padding,
          y0: y0 - padding,
          x1: x0 + width + padding,
          y1: y0 + height + padding,
        };
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height) continue;
        if (placed.some((p) => overlaps(p, box))) continue;
        placed.push(box);
        marks.push({
          styleLayer: layer.id,
          owner: input.owners[layer.id] ?? '',
          featureId,
          type: 'text',
          x: x0 + width / 2,
          y: y0 + lines[0].size,
          lines,
          anchor: 'middle',
          color: paint('text-color', '#000') as string,
          halo: paint('text-halo-color', null) as string | null,
          haloWidth: paint('text-halo-width', 0) as number,
          letterSpacing: spacing,
        });
        break;
      }
    }
  }
  return marks;
}

/** Where a feature's label stands: its point; the middle vertex of a line in view; an area's centroid. */
function anchorPoint(
  geometry: Geometry,
  projection: ReturnType<typeof projectionFor>,
): [number, number] | null {
  if (geometry.type === 'Point') return projection(geometry.coordinates as [number, number]);
  if (geometry.type === 'LineString') {
    const coords = geometry.coordinates;
    return projection(coords[Math.floor(coords.length / 2)] as [number, number]);
  }
  const c = geoPath(projection).centroid(geometry as GeoJSON.Polygon);
  return Number.isFinite(c[0]) ? c : null;
}
