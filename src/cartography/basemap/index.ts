// The base map as one more layer of the story's map: its style layers (each definition of water.ts,
// landcover.ts, roads.ts, rail.ts and labels.ts made for every tile source of the region), its vector
// sources (read through the tile protocol, src/map/baseMapTiles.ts, from the site's own origin, never
// asking for a tile outside a source's zooms and bounds), its legend and its title. buildMapStyle
// (../mapStyle.ts) draws it above the ground fills and beneath every other layer of the story.
import type { VectorSourceSpecification } from 'maplibre-gl';
import type { BaseMap } from '../../region/schema.ts';
import type { LegendEntry, StyledLayer } from '../mapStyle.ts';
import {
  BASE_MAP_LAYER,
  BASE_MAP_PROTOCOL,
  baseMapSourceId,
  styleLayersOf,
  type BaseMapGroup,
} from './definition.ts';
import { landcover } from './landcover.ts';
import { water } from './water.ts';
import { roads } from './roads.ts';
import { rail } from './rail.ts';
import { labels, type LabelOptions } from './labels.ts';
import { BASE_MAP_LEGEND } from './legend.ts';

export { BASE_MAP_LAYER, BASE_MAP_PROTOCOL } from './definition.ts';
export { BASE_MAP_LEGEND } from './legend.ts';
export { labelledByStory, type LabelledByStory } from './labelledByStory.ts';

/** The groups bottom to top: land cover, water, roads, rail, then the names. */
const groups = (options: LabelOptions): BaseMapGroup[] => [landcover, water, roads, rail, labels(options)];

/** The tile URL the style gives MapLibre: the protocol's scheme before the path on the site. */
export const tileUrl = (path: string) => `${BASE_MAP_PROTOCOL}://${path}`;

export interface BaseMapLayer extends StyledLayer {
  id: typeof BASE_MAP_LAYER;
  title: string;
  legend: LegendEntry[];
  sources: Record<string, VectorSourceSpecification>;
}

/** The region's base map as a layer of the map, with its names in the reader's order. */
export function baseMapLayer(spec: BaseMap, options: LabelOptions): BaseMapLayer {
  const sourceIds = spec.sources.map((s) => s.id);
  return {
    id: BASE_MAP_LAYER,
    title: spec.label,
    legend: BASE_MAP_LEGEND,
    underlay: true,
    style: { layers: groups(options).flatMap((g) => g.layers.flatMap((l) => styleLayersOf(l, sourceIds))) },
    sources: Object.fromEntries(
      spec.sources.map((s) => [
        baseMapSourceId(s.id),
        {
          type: 'vector',
          tiles: [tileUrl(s.tiles)],
          minzoom: s.minzoom,
          maxzoom: s.maxzoom,
          bounds: s.bounds,
        } satisfies VectorSourceSpecification,
      ]),
    ),
  };
}
