// The map's style as typed data, assembled from the drawings of the layers a story shows (their
// kinds: src/cartography/kinds/), with the legend entries beside the layers they describe. No glyphs,
// sprites or tiles: labels are drawn with local fonts (MapLibre ≥ 5.11 uses `text-font` as a CSS font
// list when the style has no `glyphs`), so the map makes no request outside its own origin.
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { COLORS } from './palette.ts';

export interface LegendEntry {
  label: string;
  /** How the swatch is drawn: a line (solid or dashed), a filled area, or a point. */
  swatch: 'line' | 'dashed-line' | 'fill' | 'point';
  color: string;
  fillOpacity?: number;
  /** A line's casing colour, drawn under it (roads). */
  casing?: string;
  /** A line's width in the swatch, in px (default 3). */
  width?: number;
  /** The colour the swatch is drawn on, when the map draws the feature on it (a white road on the land). */
  ground?: string;
}

/**
 * How a style layer answers a click (src/map/pick.ts), kept in the layer's `metadata` (part of the
 * style spec). By default it follows the layer's type: fill → area, line → line, circle → point,
 * symbol → label. 'none': outlines of areas (the area answers) and casings.
 */
/** How a layer's features are picked under the pointer (src/map/pick.ts ranks them). */
export type PickKind = 'label' | 'point' | 'line' | 'area';
export type PickMetadata = {
  pick?: PickKind | 'none';
  /**
   * An opaque fill of the ground (the countries around, the territory): drawn first, under the base
   * map, which would otherwise be hidden beneath it.
   */
  ground?: true;
};

const isGround = (layer: LayerSpecification) => (layer.metadata as PickMetadata | undefined)?.ground === true;

export function pickKindOf(layer: LayerSpecification): PickKind | null {
  const explicit = (layer.metadata as PickMetadata | undefined)?.pick;
  if (explicit) return explicit === 'none' ? null : explicit;
  const byType: Partial<Record<LayerSpecification['type'], PickKind>> = {
    fill: 'area',
    line: 'line',
    circle: 'point',
    symbol: 'label',
  };
  return byType[layer.type] ?? null;
}

export interface LayerStyle {
  /** The colour that stands for this layer in the article's highlights and the feature list. */
  color: string;
  /** How the article underlines phrases linked to this layer: a second cue besides colour. */
  underline: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
  /** Which layer's labels MapLibre places first when labels compete for room: highest first (default 0). */
  labelPriority?: number;
  legend: LegendEntry[];
  layers: LayerSpecification[];
}

/**
 * What the style needs of each layer a story shows, in drawing order (src/cartography/storyLayers.ts),
 * and of the base map (src/cartography/basemap/).
 */
export interface StyledLayer {
  id: string;
  style: Pick<LayerStyle, 'layers' | 'labelPriority'>;
  /**
   * Drawn whole, in its own order, above the ground fills and beneath every other layer (the base
   * map: its names too lie under the story's, so MapLibre places the story's first).
   */
  underlay?: true;
  /** Sources of its own (the base map's vector tiles), beside the story's GeoJSON. */
  sources?: Record<string, SourceSpecification>;
}

/**
 * The style's layers in drawing order: the ground fills, the underlay (the base map), areas and lines
 * in the layers' order (the registry's), then points (so a point is never under an area), then labels
 * by priority, the highest last: MapLibre places the top layer's first.
 */
export function orderedStyleLayers(layers: readonly StyledLayer[]): LayerSpecification[] {
  const underlay = layers.filter((l) => l.underlay).flatMap((l) => l.style.layers);
  const story = layers.filter((l) => !l.underlay);
  const all = story.flatMap((l) => l.style.layers);
  const shapes = all.filter((l) => l.type === 'fill' || l.type === 'line');
  const labelsLast = [...story].sort((a, b) => (a.style.labelPriority ?? 0) - (b.style.labelPriority ?? 0));
  return [
    ...shapes.filter(isGround),
    ...underlay,
    ...shapes.filter((l) => !isGround(l)),
    ...all.filter((l) => l.type === 'circle'),
    ...labelsLast.flatMap((l) => l.style.layers.filter((s) => s.type === 'symbol')),
  ];
}

/** Which layer each style layer belongs to (for toggling). */
export function styleLayerOwners(layers: readonly StyledLayer[]): Record<string, string> {
  return Object.fromEntries(layers.flatMap((l) => l.style.layers.map((s) => [s.id, l.id] as const)));
}

/** Style layers that answer clicks, with how (pick.ts), in drawing order: derived from the layers themselves. */
export function pickableLayers(layers: readonly StyledLayer[]): Record<string, PickKind> {
  return Object.fromEntries(
    orderedStyleLayers(layers).flatMap((l) => {
      const kind = pickKindOf(l);
      return kind ? [[l.id, kind] as const] : [];
    }),
  );
}

// How far the reader can go is the region's (regions/<id>.json, `maxBounds`, inside the frame the
// context layers are clipped to).
export const MIN_ZOOM = 5.5;
export const MAX_ZOOM = 16;

export type MapSources = Record<string, FeatureCollection>;

/**
 * The whole style for the given sources (flattened features, see mapSources.ts) and layers (the
 * story's, and the base map with its own sources when the region has one).
 */
export function buildMapStyle(
  sources: MapSources,
  visible: ReadonlySet<string>,
  storyLayers: readonly StyledLayer[],
): StyleSpecification {
  const owners = styleLayerOwners(storyLayers);
  const styleSources: Record<string, SourceSpecification> = {
    ...Object.fromEntries(
      Object.entries(sources).map(([name, data]) => [
        name,
        { type: 'geojson', data, promoteId: 'id' } satisfies GeoJSONSourceSpecification,
      ]),
    ),
    ...Object.fromEntries(storyLayers.flatMap((l) => Object.entries(l.sources ?? {}))),
  };
  const background: LayerSpecification = {
    id: 'background',
    type: 'background',
    paint: { 'background-color': COLORS.land },
  };
  const layers: LayerSpecification[] = [
    background,
    ...orderedStyleLayers(storyLayers)
      .filter((l) => 'source' in l && l.source in styleSources)
      .map(
        (l) =>
          ({
            ...l,
            layout: {
              ...('layout' in l ? l.layout : {}),
              visibility: visible.has(owners[l.id]) ? 'visible' : 'none',
            },
          }) as LayerSpecification,
      ),
  ];
  return { version: 8, name: 'Situation Viewer (offline)', sources: styleSources, layers };
}
