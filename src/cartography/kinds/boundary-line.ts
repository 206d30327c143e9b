// A boundary line (the Kosovo–Serbia border): a dashed line on a white casing, named beside it.
import { defineLayerKind } from '../layerKind.ts';
import { ENGLISH_NAME, labelLayout, labelPaint, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const boundaryLine = defineLayerKind({
  kind: 'boundary-line',
  featureLabels: { border: 'Border line' },
  drawing: {
    color: COLORS.boundaryLine,
    underline: 'dashed',
    legend: [{ label: 'Border line', swatch: 'dashed-line', color: COLORS.boundaryLine }],
    shapes: [
      {
        part: 'casing',
        type: 'line',
        paint: {
          'line-color': whenSelected(COLORS.selection, '#ffffff', '#ffffff'),
          'line-width': whenSelected(9, 8, 6),
        },
      },
      {
        part: 'line',
        type: 'line',
        paint: {
          'line-color': COLORS.boundaryLine,
          'line-width': whenSelected(4.5, 4, 3),
          'line-dasharray': [3, 1.2],
        },
      },
    ],
    label: {
      layout: labelLayout(ENGLISH_NAME, 12, {
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
      }),
      paint: labelPaint('#8a3a00'),
    },
    // Repeated along the line: placed after every other name, in the room they leave.
    labelPriority: -1,
  },
});
