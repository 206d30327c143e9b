// Forests and built-up areas, the two kinds of ground a reader looks for on a map of villages and
// roads: flat pale fills, no outlines. Fields, grass and the rest of OSM's land cover are left out.
import type { BaseMapGroup } from './definition.ts';
import { classIn } from './definition.ts';
import { BASE_MAP_COLORS as C } from './colors.ts';

export const landcover: BaseMapGroup = {
  layers: [
    {
      part: 'built-up',
      sourceLayer: 'landuse',
      type: 'fill',
      filter: classIn('residential', 'suburb', 'neighbourhood', 'commercial', 'industrial', 'retail'),
      paint: { 'fill-color': C.builtUp },
    },
    {
      part: 'forest',
      sourceLayer: 'landcover',
      type: 'fill',
      minzoom: 8,
      filter: classIn('wood', 'forest'),
      paint: { 'fill-color': C.forest },
    },
  ],
  legend: [
    { label: 'Forest (OSM)', swatch: 'fill', color: C.forest },
    { label: 'Built-up area (OSM)', swatch: 'fill', color: C.builtUp },
  ],
};
