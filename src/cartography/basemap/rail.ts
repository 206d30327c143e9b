// The railway: a grey line, with white dashes in it from zoom 11 (the way maps draw track), under the
// story's stations.
import type { BaseMapGroup } from './definition.ts';
import { byZoom, classIn } from './definition.ts';
import { BASE_MAP_COLORS as C } from './colors.ts';

export const rail: BaseMapGroup = {
  layers: [
    {
      part: 'rail',
      sourceLayer: 'transportation',
      type: 'line',
      minzoom: 8,
      filter: classIn('rail'),
      paint: { 'line-color': C.rail, 'line-width': byZoom(8, 0.8, 14, 2.6) },
    },
    {
      part: 'rail-hatch',
      sourceLayer: 'transportation',
      type: 'line',
      minzoom: 11,
      filter: classIn('rail'),
      paint: { 'line-color': C.road, 'line-width': byZoom(11, 0.5, 14, 1.2), 'line-dasharray': [3, 3] },
    },
  ],
  legend: [{ label: 'Railway (OSM)', swatch: 'dashed-line', color: C.rail }],
};
