// A derived zone (the 1999 Ground Safety Zone): a light fill and a dashed outline, named from zoom 8.
import { defineLayerKind } from '../layerKind.ts';
import { ENGLISH_NAME, labelLayout, labelPaint, OUTLINE, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const zone = defineLayerKind({
  kind: 'zone',
  featureLabels: { zone: 'Zone (derived)' },
  drawing: {
    color: COLORS.zone,
    underline: 'dashed',
    legend: [{ label: 'Zone (derived)', swatch: 'fill', color: COLORS.zone, fillOpacity: 0.15 }],
    shapes: [
      {
        part: 'fill',
        type: 'fill',
        paint: { 'fill-color': COLORS.zone, 'fill-opacity': whenSelected(0.3, 0.22, 0.12) },
      },
      {
        part: 'line',
        type: 'line',
        metadata: OUTLINE,
        paint: {
          'line-color': COLORS.zone,
          'line-width': whenSelected(2.5, 2, 1.2),
          'line-dasharray': [2, 2],
        },
      },
    ],
    label: {
      minzoom: 8,
      layout: labelLayout(ENGLISH_NAME, 11, { 'text-letter-spacing': 0.05 }),
      paint: labelPaint('#4d3866'),
    },
    labelPriority: -2,
  },
});
