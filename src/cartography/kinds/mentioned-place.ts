// A place a story's links name that no shipped layer has (stories/<slug>/places.geojson, written by
// `npm run story -- new` from the gazetteer): an orange point and its names.
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const mentionedPlace = defineLayerKind({
  kind: 'mentioned-place',
  featureLabels: { place: 'Place' },
  drawing: {
    color: COLORS.mentioned,
    underline: 'wavy',
    legend: [
      { label: 'Place named in the article (gazetteer point)', swatch: 'point', color: COLORS.mentioned },
    ],
    shapes: [
      {
        part: 'circle',
        type: 'circle',
        paint: {
          'circle-radius': whenSelected(8, 7, 5),
          'circle-color': COLORS.mentioned,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
    label: {
      layout: labelLayout(BILINGUAL_LABEL, 12, { 'text-anchor': 'left', 'text-offset': [0.7, 0] }),
      paint: labelPaint('#6b4500'),
    },
    labelPriority: 1,
  },
});
