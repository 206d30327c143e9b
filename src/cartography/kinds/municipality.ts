// A municipality. In a story's situation: a green fill with its outline and its names, which give way
// to the seat town's label above SEAT_LABEL_ZOOM. As context: a pale outline, named from zoom 8.5.
import { defineLayerKind } from '../layerKind.ts';
import {
  BILINGUAL_LABEL,
  labelLayout,
  labelPaint,
  OUTLINE,
  SEAT_LABEL_ZOOM,
  whenSelected,
} from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const municipality = defineLayerKind({
  kind: 'municipality',
  featureLabels: { municipality: 'Municipality' },
  drawing: {
    color: COLORS.situationArea,
    underline: 'solid',
    // A story words it for its municipalities (story.json: the layer's `legend`).
    legend: [{ label: 'Municipality', swatch: 'fill', color: COLORS.situationArea, fillOpacity: 0.3 }],
    shapes: [
      {
        part: 'fill',
        type: 'fill',
        paint: { 'fill-color': COLORS.situationArea, 'fill-opacity': whenSelected(0.42, 0.34, 0.2) },
      },
      {
        part: 'line',
        type: 'line',
        metadata: OUTLINE,
        paint: {
          'line-color': whenSelected(COLORS.selection, COLORS.situationArea, COLORS.situationArea),
          'line-width': whenSelected(3.5, 2.5, 1.5),
        },
      },
    ],
    label: {
      // Above SEAT_LABEL_ZOOM the seat towns carry the same names (see the settlement kind).
      minzoom: 7,
      maxzoom: SEAT_LABEL_ZOOM,
      layout: labelLayout(BILINGUAL_LABEL, 13, {
        'text-padding': 1,
        // A label point may lie next to another layer's point: the name may stand beside its point.
        'text-variable-anchor': ['center', 'bottom', 'top', 'right', 'left'],
        'text-radial-offset': 0.9,
      }),
      paint: labelPaint('#00513c'),
    },
    labelPriority: 3,
  },
  contextDrawing: {
    color: COLORS.municipalityLine,
    underline: 'solid',
    legend: [{ label: 'Municipal boundary', swatch: 'line', color: COLORS.municipalityLine }],
    shapes: [
      {
        part: 'fill',
        type: 'fill',
        paint: { 'fill-color': COLORS.territory, 'fill-opacity': whenSelected(0.6, 0.3, 0) },
      },
      {
        part: 'line',
        type: 'line',
        metadata: OUTLINE,
        paint: {
          'line-color': whenSelected(COLORS.selection, COLORS.countryLine, COLORS.municipalityLine),
          'line-width': whenSelected(3, 1.5, 0.8),
        },
      },
    ],
    label: { minzoom: 8.5, layout: labelLayout(BILINGUAL_LABEL, 12), paint: labelPaint('#6b655b') },
  },
});
