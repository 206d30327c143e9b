// Single points a reader looks for: a lake (no outline), a bridge. Blue for water, dark for the rest.
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const landmark = defineLayerKind({
  kind: 'landmark',
  featureLabels: { lake: 'Lake', bridge: 'Bridge' },
  drawing: {
    color: COLORS.water,
    underline: 'solid',
    legend: [
      { label: 'Lake (point; outline not drawn)', swatch: 'point', color: COLORS.water },
      { label: 'Landmark', swatch: 'point', color: COLORS.label },
    ],
    shapes: [
      {
        part: 'circle',
        type: 'circle',
        paint: {
          'circle-radius': whenSelected(8, 7, 5.5),
          'circle-color': ['match', ['get', 'kind'], 'lake', COLORS.water, COLORS.label],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
    label: {
      minzoom: 9,
      layout: labelLayout(BILINGUAL_LABEL, 12, {
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
      }),
      paint: labelPaint(['match', ['get', 'kind'], 'lake', '#1f5f99', COLORS.label]),
    },
  },
});
