// Railway stations: small white points ringed in dark grey from zoom 9.5, named from 11.
import { defineLayerKind } from '../layerKind.ts';
import { BILINGUAL_LABEL, labelLayout, labelPaint, whenSelected } from '../drawingParts.ts';
import { COLORS } from '../palette.ts';

export const stationPoint = defineLayerKind({
  kind: 'station-point',
  featureLabels: { station: 'Railway station' },
  drawing: {
    color: COLORS.rail,
    underline: 'solid',
    legend: [{ label: 'Railway station (OSM; track not drawn)', swatch: 'point', color: COLORS.rail }],
    shapes: [
      {
        part: 'circle',
        type: 'circle',
        minzoom: 9.5,
        paint: {
          'circle-radius': whenSelected(6, 5, 3.5),
          'circle-color': '#ffffff',
          'circle-stroke-color': COLORS.rail,
          'circle-stroke-width': 2,
        },
      },
    ],
    label: {
      minzoom: 11,
      layout: labelLayout(BILINGUAL_LABEL, 11, { 'text-anchor': 'right', 'text-offset': [-0.8, 0] }),
      paint: labelPaint(COLORS.rail),
    },
    labelPriority: -1,
  },
});
