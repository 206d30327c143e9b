// Where an incident happened: an approximate area (a dotted outline over a fill) and the place itself
// (a point with its name), told apart by geometry type.
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint, OUTLINE, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const incidentArea = defineLayerKind({
  kind: 'incident-area',
  featureLabels: { 'incident-area': 'Incident area', monastery: 'Monastery' },
  drawing: {
    color: COLORS.incident,
    underline: 'dotted',
    legend: [
      { label: 'Incident area (approximate)', swatch: 'fill', color: COLORS.incident, fillOpacity: 0.35 },
      { label: 'Place of the incident', swatch: 'point', color: COLORS.incident },
    ],
    shapes: [
      {
        part: 'area-fill',
        type: 'fill',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': COLORS.incident, 'fill-opacity': whenSelected(0.5, 0.45, 0.32) },
      },
      {
        part: 'area-line',
        type: 'line',
        filter: ['==', ['geometry-type'], 'Polygon'],
        metadata: OUTLINE,
        paint: {
          'line-color': whenSelected(COLORS.selection, '#8e3f6e', '#8e3f6e'),
          'line-width': whenSelected(3, 2.5, 1.5),
          'line-dasharray': [1, 1.5],
        },
      },
      {
        part: 'point',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-radius': whenSelected(9, 8, 7),
          'circle-color': COLORS.incident,
          'circle-stroke-color': '#3d1230',
          'circle-stroke-width': 2,
        },
      },
    ],
    label: {
      filter: ['==', ['geometry-type'], 'Point'],
      layout: labelLayout(BILINGUAL_LABEL, 13, {
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1,
      }),
      paint: labelPaint('#6b1f52'),
    },
    // A point with a long name, often inside a municipality: placed before the municipalities' names,
    // which can then stand beside their points.
    labelPriority: 4,
  },
});
