// From a merged tile to what the base map writes: the kept layers in their order, each feature's kept
// properties, its name split into forms (tileNames.ts) with `country`, the majority language of its
// Kosovo municipality and, where it stands for a shipped feature, `shipped_id`. Features that become
// equal once the unkept properties are gone (two roads alike but for `oneway`) are written once.
import type { Position } from 'geojson';
import type { TilePosition } from '../osm/rawTiles';
import { tileNorth, tileWest } from './coverage';
import type { OutputFeature } from './encode';
import { KEPT_LAYER_NAMES, keptProperties, layerRule, OSM_NAME } from './keep';
import type { LabelContext } from './labelContext';
import { featureKey, type MergedFeature, type MergedTile } from './merge';
import { osmNameParts, splitOsmName } from './tileNames';

/** Longitude and latitude of a point in tile coordinates. */
export function tilePointToLngLat(
  { z, x, y }: TilePosition,
  px: number,
  py: number,
  extent = 4096,
): Position {
  return [tileWest(x + px / extent, z), tileNorth(y + py / extent, z)];
}

/** Where a feature is named from: its point, or the middle vertex of its longest part. */
function anchorOf(f: MergedFeature, position: TilePosition, extent: number): Position {
  const longest = f.geometry.reduce((a, b) => (b.length > a.length ? b : a));
  const p = f.type === 1 ? f.geometry[0][0] : longest[Math.floor(longest.length / 2)];
  return tilePointToLngLat(position, p.x, p.y, extent);
}

function namedProperties(
  layer: string,
  f: MergedFeature,
  kept: Record<string, string | number | boolean>,
  position: TilePosition,
  extent: number,
  labels: LabelContext,
): Record<string, string | number | boolean> {
  const osmName = f.properties[OSM_NAME];
  if (typeof osmName !== 'string') return kept;
  const at = anchorOf(f, position, extent);
  const localLanguage = f.country === 'XK' ? labels.localLanguage(at) : null;
  const names = splitOsmName(osmName, f.country, localLanguage);
  const out: Record<string, string | number | boolean> = { ...kept, ...names, country: f.country };
  if (localLanguage) out.local_language = localLanguage;
  if (layer !== 'transportation_name') {
    const forms = [...osmNameParts(osmName), ...Object.values(names)];
    const id = labels.shippedId(layer, kept.class as string | undefined, forms, at);
    if (id) out.shipped_id = id;
  }
  return out;
}

export interface TileContent {
  layers: [string, OutputFeature[]][];
  /** Features written once that were equal after dropping the unkept properties. */
  alikeAfterFiltering: number;
}

export function tileContent(merged: MergedTile, position: TilePosition, labels: LabelContext): TileContent {
  const layers: [string, OutputFeature[]][] = [];
  let alike = 0;
  for (const layer of KEPT_LAYER_NAMES) {
    const rule = layerRule(layer)!;
    const seen = new Set<string>();
    const out: OutputFeature[] = [];
    for (const f of merged.layers.get(layer) ?? []) {
      const kept = keptProperties(rule, f.properties);
      if (!kept) continue;
      const properties = rule.named ? namedProperties(layer, f, kept, position, merged.extent, labels) : kept;
      const feature: OutputFeature = { type: f.type, properties, geometry: f.geometry };
      const key = featureKey(layer, feature);
      if (seen.has(key)) {
        alike++;
        continue;
      }
      seen.add(key);
      out.push(feature);
    }
    if (out.length) layers.push([layer, out]);
  }
  return { layers, alikeAfterFiltering: alike };
}
