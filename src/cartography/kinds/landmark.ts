// Things a reader looks for by name: a lake (its outline, a light water fill) and a bridge (a point),
// told apart by geometry type. Blue for water, dark for the rest.
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint, OUTLINE, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const landmark = defineLayerKind({
  kind: 'landmark',
  featureLabels: { lake: 'Lake', bridge: 'Bridge' },
  drawing: {
    color: COLORS.water,
    underline: 'solid',
    legend: [
      { label: 'Lake', swatch: 'fill', color: COLORS.water, fillOpacity: 0.45 },
      { label: 'Landmark', swatch: 'point', color: COLORS.label },
    ],
    shapes: [
      {
        part: 'fill',
        type: 'fill',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': COLORS.water, 'fill-opacity': whenSelected(0.65, 0.55, 0.45) },
      },
      {
        part: 'outline',
        type: 'line',
        filter: ['==', ['geometry-type'], 'Polygon'],
        metadata: OUTLINE,
        paint: {
          'line-color': whenSelected(COLORS.selection, '#1f5f99', '#3b7bbf'),
          'line-width': whenSelected(2.5, 2, 0.8),
        },
      },
      {
        part: 'circle',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': whenSelected(8, 7, 5.5),
          'circle-color': COLORS.label,
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
