// A country (Serbia and its neighbours): a land fill that darkens when picked, a grey boundary and
// its name in capitals.
import { defineLayerKind } from '../layerKind.ts';
import { COUNTRY_LABEL_LAYOUT, GROUND, labelPaint, OUTLINE, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const country = defineLayerKind({
  kind: 'country',
  featureLabels: { country: 'Country' },
  drawing: {
    color: COLORS.countryLine,
    underline: 'solid',
    legend: [{ label: 'Country boundary', swatch: 'line', color: COLORS.countryLine }],
    shapes: [
      {
        part: 'fill',
        type: 'fill',
        metadata: GROUND,
        paint: { 'fill-color': whenSelected('#e4ddd0', '#ebe5da', COLORS.land) },
      },
      {
        part: 'line',
        type: 'line',
        metadata: OUTLINE,
        paint: { 'line-color': COLORS.countryLine, 'line-width': whenSelected(3, 1.5, 1) },
      },
    ],
    label: { layout: COUNTRY_LABEL_LAYOUT, paint: labelPaint('#5e584f') },
  },
});
