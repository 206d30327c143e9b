// What a base-map layer is, as data: one definition (a part name, the vector-tile layer it reads, and
// a MapLibre style layer's type, filter, paint and layout), from which a style layer is made for each
// of the region's tile sources (regions/<id>.json, `baseMap.sources`). The base map's layers are grouped
// by what they draw (water.ts, landcover.ts, roads.ts, rail.ts, labels.ts), each group with the legend
// rows that describe it, as the layer kinds keep theirs (src/cartography/kinds/).
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { LegendEntry } from '../mapStyle.ts';

type DefinitionOf<L> = Omit<L, 'id' | 'source' | 'source-layer' | 'metadata'> & {
  /** Names the style layers: `base-map-<part>-<source>`. */
  part: string;
  /** The vector-tile layer (OpenMapTiles schema): water, waterway, landcover, landuse, transportation, … */
  sourceLayer: string;
};

export type BaseMapLayer =
  | DefinitionOf<FillLayerSpecification>
  | DefinitionOf<LineLayerSpecification>
  | DefinitionOf<SymbolLayerSpecification>;

export interface BaseMapGroup {
  /** Bottom to top. */
  layers: BaseMapLayer[];
  /** The legend rows of what the group draws (none for names). */
  legend: LegendEntry[];
}

/** The layer id the base map has among the story's layers: in the visible set, `layers=` and the panel. */
export const BASE_MAP_LAYER = 'baseMap';

/** The scheme of the base map's tile URLs, read by the tile protocol (src/map/baseMapTiles.ts). */
export const BASE_MAP_PROTOCOL = 'basemap';

/** The style source of a tile source: `base-map-region`. */
export const baseMapSourceId = (source: string) => `base-map-${source}`;

/** The style layers of one definition, one per tile source; none answers a click (pick: none). */
export function styleLayersOf(layer: BaseMapLayer, sources: readonly string[]): LayerSpecification[] {
  const { part, sourceLayer, ...rest } = layer;
  return sources.map(
    (source) =>
      ({
        id: `base-map-${part}-${source}`,
        ...rest,
        source: baseMapSourceId(source),
        'source-layer': sourceLayer,
        metadata: { pick: 'none' },
      }) as LayerSpecification,
  );
}

/** A zoom interpolation, linear between stops: `byZoom(8, 1, 14, 4)`. */
export const byZoom = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

/** Whether a feature's `class` is one of these (OpenMapTiles' classes). */
export const classIn = (...classes: string[]): ExpressionSpecification => [
  'match',
  ['get', 'class'],
  classes,
  true,
  false,
];
