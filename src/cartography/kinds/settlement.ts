// Towns and villages: a grey point (the larger places at every zoom, the rest from 10.5) and the name
// beside it, ranked; a municipality's seat is named by its municipality below SEAT_LABEL_ZOOM.
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint, SEAT_LABEL_ZOOM, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const settlement = defineLayerKind({
  kind: 'settlement',
  featureLabels: { town: 'Town', village: 'Village' },
  drawing: {
    color: COLORS.label,
    underline: 'solid',
    legend: [{ label: 'Town or village (GeoNames, cited points)', swatch: 'point', color: '#4a4a4a' }],
    shapes: [
      {
        part: 'circle',
        type: 'circle',
        filter: ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 10.5]],
        paint: {
          'circle-radius': ['case', ['<=', ['get', 'rank'], 1], 4, 2.5],
          'circle-color': '#4a4a4a',
          'circle-stroke-color': '#fff',
          'circle-stroke-width': whenSelected(3, 2, 1),
        },
      },
    ],
    label: {
      filter: [
        'all',
        // A town that gives its name to a municipality is labelled once: by the municipality's
        // label below SEAT_LABEL_ZOOM, by its own above.
        ['any', ['!=', ['get', 'seat'], true], ['>=', ['zoom'], SEAT_LABEL_ZOOM]],
        [
          'any',
          ['<=', ['get', 'rank'], 1],
          ['all', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 10]],
          ['>=', ['zoom'], 11.5],
        ],
      ],
      layout: labelLayout(BILINGUAL_LABEL, ['case', ['<=', ['get', 'rank'], 1], 13, 12], {
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
        'symbol-sort-key': ['get', 'rank'],
      }),
      paint: labelPaint(),
    },
  },
});
