// The base map's names: places, peaks (with their elevation from zoom 13), lakes and rivers, and road
// numbers (M-2, M-22.3, 22) along the roads. Smaller and paler than the story's labels and drawn under
// them, so MapLibre places the story's names first (it places the top layer's labels first); a name
// the story's layers already draw is not drawn again (labelledByStory.ts).
import type { ExpressionSpecification } from 'maplibre-gl';
import type { NameOrder } from '../../domain/names.ts';
import type { BaseMapGroup, BaseMapLayer } from './definition.ts';
import { classIn } from './definition.ts';
import { BASE_MAP_COLORS as C } from './colors.ts';
import { FONT } from '../drawingParts.ts';
import { HAS_NAME, oneName, placeName } from './names.ts';
import { notLabelledByStory, type LabelledByStory } from './labelledByStory.ts';

export interface LabelOptions {
  order: NameOrder;
  labelled: LabelledByStory;
}

const paint = (color: string, haloWidth = 1.4) => ({
  'text-color': color,
  'text-halo-color': C.labelHalo,
  'text-halo-width': haloWidth,
});

const atZoom = (zoom: number): ExpressionSpecification => ['>=', ['zoom'], zoom];

export function labels({ order, labelled }: LabelOptions): BaseMapGroup {
  // A named feature the story does not already name.
  const named = (...filters: ExpressionSpecification[]): ExpressionSpecification => [
    'all',
    ...filters,
    HAS_NAME,
    ...notLabelledByStory(labelled),
  ];
  const layers: BaseMapLayer[] = [
    {
      part: 'road-ref',
      sourceLayer: 'transportation_name',
      type: 'symbol',
      minzoom: 9,
      filter: [
        'all',
        ['has', 'ref'],
        [
          'any',
          classIn('motorway', 'trunk', 'primary'),
          ['all', classIn('secondary', 'tertiary'), atZoom(11)],
        ],
      ],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': ['get', 'ref'],
        'text-font': FONT,
        'text-size': 10,
      },
      paint: paint(C.roadLabel, 1.6),
    },
    {
      part: 'river-name',
      sourceLayer: 'waterway',
      type: 'symbol',
      minzoom: 12,
      filter: named(classIn('river')),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': oneName(order),
        'text-font': FONT,
        'text-size': 10,
      },
      paint: paint(C.waterLabel),
    },
    {
      part: 'water-name',
      sourceLayer: 'water_name',
      type: 'symbol',
      minzoom: 11,
      filter: named(),
      layout: { 'text-field': oneName(order), 'text-font': FONT, 'text-size': 10.5 },
      paint: paint(C.waterLabel),
    },
    {
      part: 'peak',
      sourceLayer: 'mountain_peak',
      type: 'symbol',
      minzoom: 12,
      maxzoom: 13,
      filter: named(classIn('peak', 'volcano')),
      layout: { 'text-field': oneName(order), 'text-font': FONT, 'text-size': 10 },
      paint: paint(C.peakLabel),
    },
    {
      // From zoom 13 the elevation under the name.
      part: 'peak-elevation',
      sourceLayer: 'mountain_peak',
      type: 'symbol',
      minzoom: 13,
      filter: named(classIn('peak', 'volcano')),
      layout: {
        'text-field': [
          'case',
          ['has', 'ele'],
          ['format', oneName(order), {}, '\n', {}, ['concat', ['get', 'ele'], ' m'], { 'font-scale': 0.9 }],
          oneName(order),
        ],
        'text-font': FONT,
        'text-size': 10,
      },
      paint: paint(C.peakLabel),
    },
    {
      part: 'place',
      sourceLayer: 'place',
      type: 'symbol',
      minzoom: 6,
      filter: named([
        'any',
        classIn('city'),
        ['all', classIn('town'), atZoom(8)],
        ['all', classIn('village'), atZoom(11)],
        ['all', classIn('hamlet', 'suburb', 'neighbourhood', 'isolated_dwelling', 'locality'), atZoom(13)],
      ]),
      layout: {
        'text-field': placeName(order),
        'text-font': FONT,
        'text-size': ['match', ['get', 'class'], 'city', 13, 'town', 12, 'village', 11, 10],
        'text-padding': 3,
      },
      paint: paint(C.placeLabel),
    },
  ];
  return { layers, legend: [] };
}
