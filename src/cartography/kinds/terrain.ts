// Names of mountains, ranges, peaks and passes: brown, spaced, no symbol (they hint at the terrain).
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const terrain = defineLayerKind({
  kind: 'terrain',
  featureLabels: { mountain: 'Mountain or peak' },
  drawing: {
    color: COLORS.terrain,
    underline: 'solid',
    legend: [{ label: 'Mountain, peak or pass (name only)', swatch: 'point', color: COLORS.terrain }],
    shapes: [],
    label: {
      minzoom: 9.5,
      filter: ['any', ['<=', ['get', 'rank'], 3], ['>=', ['zoom'], 11]],
      layout: labelLayout(BILINGUAL_LABEL, ['case', ['<=', ['get', 'rank'], 3], 12, 11], {
        'text-letter-spacing': 0.12,
      }),
      paint: labelPaint(COLORS.terrain),
    },
    labelPriority: -3,
  },
});
