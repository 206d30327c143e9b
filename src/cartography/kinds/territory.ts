// A territory whose status is disputed (Kosovo): a pale fill, a grey outline, and its name in
// capitals like its neighbours' at low zoom.
import { defineLayerKind } from '../layerKind.ts';
import { COUNTRY_LABEL_LAYOUT, GROUND, labelPaint, OUTLINE, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const territory = defineLayerKind({
  kind: 'territory',
  featureLabels: { territory: 'Territory' },
  drawing: {
    color: COLORS.countryLine,
    underline: 'solid',
    legend: [{ label: 'Territory', swatch: 'fill', color: COLORS.territory }],
    shapes: [
      { part: 'fill', type: 'fill', metadata: GROUND, paint: { 'fill-color': COLORS.territory } },
      {
        part: 'line',
        type: 'line',
        metadata: OUTLINE,
        paint: { 'line-color': COLORS.countryLine, 'line-width': whenSelected(3, 1.8, 1.2) },
      },
    ],
    label: {
      // Like its neighbours at low zoom; the municipalities take over from zoom 8.
      maxzoom: 8,
      layout: COUNTRY_LABEL_LAYOUT,
      paint: labelPaint('#5e584f'),
    },
  },
});
