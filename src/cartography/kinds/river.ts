// A river: a blue line widening with the zoom, named along it from zoom 10.
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const river = defineLayerKind({
  kind: 'river',
  featureLabels: { river: 'River' },
  drawing: {
    color: COLORS.water,
    underline: 'solid',
    legend: [{ label: 'River (EU-Hydro)', swatch: 'line', color: COLORS.water }],
    shapes: [
      {
        part: 'line',
        type: 'line',
        paint: {
          'line-color': whenSelected('#1f5f99', '#3d7fbf', COLORS.water),
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 3],
        },
      },
    ],
    label: {
      minzoom: 10,
      layout: { 'symbol-placement': 'line', ...labelLayout(BILINGUAL_LABEL, 12) },
      paint: labelPaint('#1f5f99', 1.4),
    },
  },
});
