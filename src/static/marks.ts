// What the static map draws, as values: its marks (paths, circles, labels) and the features a style
// layer draws with its paint and layout evaluated for each (the style's expressions: expressions.ts).
// Pure.
import type { Feature, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { MapSources } from '../cartography/mapStyle.ts';
import { evaluate, type EvaluationContext } from './expressions.ts';
import type { Camera, Size } from '../camera/camera.ts';
import type { BaseMapFeatures } from './vectorTiles.ts';

interface MarkBase {
  /** The style layer it draws, and the story layer that owns it. */
  styleLayer: string;
  owner: string;
  featureId: string;
  /** The vector-tile layer a base-map mark draws (`transportation`); none for the story's own. */
  sourceLayer?: string;
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
  /** The base map's features in view, from its vector tiles (vectorTiles.ts); none yet: not drawn. */
  tiles?: BaseMapFeatures;
  /**
   * How finely lines are drawn: vertices closer than `thinPx` to the last kept one are dropped, and
   * coordinates are written with `digits` decimals. Default 0.75 px and 1 (the first picture and
   * print); the story list's small thumbnails use coarser values.
   */
  precision?: { thinPx: number; digits: number };
}

export type AnyLayer = LayerSpecification & {
  source?: string;
  'source-layer'?: string;
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

export const shown = (l: AnyLayer, zoom: number) =>
  l.layout?.visibility !== 'none' && zoom >= (l.minzoom ?? 0) && zoom < (l.maxzoom ?? 24);

interface StyledFeature {
  feature: Feature;
  featureId: string;
  /** The layer's paint and layout properties evaluated for this feature, or the fallback if unset. */
  paint: (name: string, fallback: unknown) => unknown;
  layout: (name: string, fallback: unknown) => unknown;
}

/** The features a style layer draws (its filter passed), each with its properties evaluated. */
export function styledFeatures(
  layer: AnyLayer,
  features: Feature[],
  zoom: number,
  selected: ReadonlySet<string> | undefined,
): StyledFeature[] {
  return features.flatMap((feature) => {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const featureId = String(properties.id ?? '');
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
