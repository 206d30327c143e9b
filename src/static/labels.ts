// The static map's labels, placed as MapLibre places them (simplified): by priority, each kept only
// where it overlaps no label placed before and stays in view. Pure.
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { labelLines } from './expressions.ts';
import type { projectionFor } from '../camera/camera.ts';
import { styledFeatures, type AnyLayer, type StaticMapInput, type TextMark } from './marks.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels as MapLibre places them, simplified: the top style layer's first (the style lists the
 * highest priority last), then by symbol-sort-key; a label that would overlap one already placed, or
 * leave the view, is dropped. Widths are estimated (0.55 em a character).
 */
export function placeLabels(
  layers: AnyLayer[],
  featuresOf: (layer: AnyLayer) => Feature[],
  input: StaticMapInput,
  projection: ReturnType<typeof projectionFor>,
): TextMark[] {
  const { camera, size } = input;
  const placed: Box[] = [];
  const marks: TextMark[] = [];
  for (const layer of [...layers].reverse()) {
    const candidates = styledFeatures(layer, featuresOf(layer), camera.zoom, input.selected).map((c) => ({
      ...c,
      sort: c.layout('symbol-sort-key', 0) as number,
    }));
    candidates.sort((a, b) => a.sort - b.sort);
    for (const { feature, featureId, paint, layout } of candidates) {
      const at = anchorPoint(feature.geometry, projection);
      if (!at) continue;
      const fontSize = layout('text-size', 16) as number;
      const upper = layout('text-transform', 'none') === 'uppercase';
      const lines = labelLines(layout('text-field', '')).map((l) => ({
        text: upper ? l.text.toUpperCase() : l.text,
        size: fontSize * l.scale,
      }));
      if (!lines.length) continue;
      const spacing = (layout('text-letter-spacing', 0) as number) * fontSize;
      const width = Math.max(...lines.map((l) => l.text.length * (l.size * 0.55 + spacing)));
      const height = lines.reduce((h, l) => h + l.size * 1.2, 0);
      const anchors = (layout('text-variable-anchor', null) as string[] | null) ?? [
        layout('text-anchor', 'center') as string,
      ];
      const radial = (layout('text-radial-offset', 0) as number) * fontSize;
      const [ox, oy] = ((layout('text-offset', [0, 0]) as number[]) ?? [0, 0]).map((v) => v * fontSize);
      const padding = layout('text-padding', 2) as number;
      for (const anchor of anchors) {
        const gap = radial || Math.hypot(ox, oy);
        // The label's box for this anchor: 'left' means the text's left edge is at the point.
        const x0 = anchor.includes('left')
          ? at[0] + gap
          : anchor.includes('right')
            ? at[0] - gap - width
            : at[0] - width / 2;
        const y0 = anchor.startsWith('top')
          ? at[1] + gap
          : anchor.startsWith('bottom')
            ? at[1] - gap - height
            : at[1] - height / 2;
        const box = {
          x0: x0 - padding,
          y0: y0 - padding,
          x1: x0 + width + padding,
          y1: y0 + height + padding,
        };
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height) continue;
        if (placed.some((p) => overlaps(p, box))) continue;
        placed.push(box);
        marks.push({
          styleLayer: layer.id,
          owner: input.owners[layer.id] ?? '',
          featureId,
          ...(layer['source-layer'] ? { sourceLayer: layer['source-layer'] } : {}),
          type: 'text',
          x: x0 + width / 2,
          y: y0 + lines[0].size,
          lines,
          anchor: 'middle',
          color: paint('text-color', '#000') as string,
          halo: paint('text-halo-color', null) as string | null,
          haloWidth: paint('text-halo-width', 0) as number,
          letterSpacing: spacing,
        });
        break;
      }
    }
  }
  return marks;
}

/** Where a feature's label stands: its point; the middle vertex of a line in view; an area's centroid. */
function anchorPoint(
  geometry: Geometry,
  projection: ReturnType<typeof projectionFor>,
): [number, number] | null {
  if (geometry.type === 'Point') return projection(geometry.coordinates as [number, number]);
  if (geometry.type === 'LineString') {
    const coords = geometry.coordinates;
    return projection(coords[Math.floor(coords.length / 2)] as [number, number]);
  }
  const c = geoPath(projection).centroid(geometry as GeoJSON.Polygon);
  return Number.isFinite(c[0]) ? c : null;
}
