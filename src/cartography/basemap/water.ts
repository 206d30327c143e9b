// Lakes, reservoirs and rivers: a pale blue fill and lines that widen with the zoom (streams and
// canals only from zoom 12). The story's own rivers (EU-Hydro) are drawn above them, stronger.
import type { BaseMapGroup } from './definition.ts';
import { byZoom, classIn } from './definition.ts';
import { BASE_MAP_COLORS as C } from './colors.ts';

export const water: BaseMapGroup = {
  layers: [
    { part: 'water', sourceLayer: 'water', type: 'fill', paint: { 'fill-color': C.water } },
    {
      part: 'river',
      sourceLayer: 'waterway',
      type: 'line',
      minzoom: 8,
      filter: classIn('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.waterway, 'line-width': byZoom(8, 0.6, 12, 1.4, 16, 4) },
    },
    {
      part: 'stream',
      sourceLayer: 'waterway',
      type: 'line',
      minzoom: 12,
      filter: classIn('stream', 'canal', 'drain', 'ditch'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': C.waterway, 'line-width': byZoom(12, 0.5, 16, 1.5) },
    },
  ],
  legend: [{ label: 'Water: lake, reservoir, river (OSM)', swatch: 'fill', color: C.water }],
};
