// A border crossing: a white point ringed in the border's colour, named "(approx.)" beside it, since
// its position is approximate.
import { defineLayerKind } from '../layerKind.ts';
import { ENGLISH_NAME, labelLayout, labelPaint, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const crossing = defineLayerKind({
  kind: 'crossing',
  featureLabels: { crossing: 'Border crossing' },
  drawing: {
    color: COLORS.crossing,
    underline: 'dashed',
    legend: [{ label: 'Border crossing (approximate position)', swatch: 'point', color: COLORS.crossing }],
    shapes: [
      {
        part: 'circle',
        type: 'circle',
        paint: {
          'circle-radius': whenSelected(8, 7, 6),
          'circle-color': '#ffffff',
          'circle-stroke-color': COLORS.crossing,
          'circle-stroke-width': 3,
        },
      },
    ],
    label: {
      minzoom: 8.5,
      // 12 px and a little spacing: at 11 px and device pixel ratio 1, "rn" ran into "m".
      layout: labelLayout(['concat', ENGLISH_NAME, ' (approx.)'], 12, {
        'text-letter-spacing': 0.04,
        'text-anchor': 'right',
        'text-offset': [-0.9, 0],
      }),
      paint: labelPaint('#8a3a00'),
    },
  },
});
