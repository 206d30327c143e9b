// A region a story is about (northern Kosovo): a faint blue fill under a thick outline, which is how
// a reader points at it, and its name in capitals beside its label point.
import { defineLayerKind } from '../layerKind.ts';
import { ENGLISH_NAME, labelLayout, labelPaint, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const region = defineLayerKind({
  kind: 'region',
  featureLabels: { region: 'Region' },
  drawing: {
    color: COLORS.region,
    underline: 'double',
    legend: [{ label: 'Region', swatch: 'line', color: COLORS.region }],
    shapes: [
      {
        part: 'fill',
        type: 'fill',
        paint: { 'fill-color': COLORS.region, 'fill-opacity': whenSelected(0.16, 0.12, 0.05) },
      },
      {
        part: 'line',
        type: 'line',
        // The thick outline is how a reader points at the region: it answers as a line.
        metadata: { pick: 'line' },
        paint: { 'line-color': COLORS.region, 'line-width': whenSelected(6, 5, 3.5), 'line-opacity': 0.85 },
      },
    ],
    label: {
      layout: labelLayout(ENGLISH_NAME, 12, {
        'text-letter-spacing': 0.1,
        'text-transform': 'uppercase',
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2,
      }),
      paint: labelPaint('#00477a'),
    },
    labelPriority: 2,
  },
});
