// The static map: the interactive map's style (the same style layers, src/cartography/mapStyle.ts) drawn as
// SVG marks with d3-geo, in the same projection and camera (camera.ts). Pure: sources, style layers,
// camera and size in; marks out (StaticMap.tsx turns them into SVG elements; marks.ts says what they are, labels.ts places the labels). Used for the
// first picture before MapLibre arrives, for readers without WebGL, and for print.
import { geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { projectionFor } from '../camera/camera.ts';
import { shown, styledFeatures, type AnyLayer, type Mark, type StaticMapInput } from './marks.ts';
import { placeLabels } from './labels.ts';

export type { Mark, StaticMapInput } from './marks.ts';

/** Every mark of the view, in drawing order: areas and lines, then points, then the labels that fit. */
export function staticMapMarks(input: StaticMapInput): Mark[] {
  const { camera, size } = input;
  const margin = 64;
  const projection = projectionFor(camera, size).clipExtent([
    [-margin, -margin],
    [size.width + margin, size.height + margin],
  ]);
  const { thinPx, digits } = input.precision ?? { thinPx: 0.75, digits: 1 };
  const path = geoPath(thinned(projection, thinPx)).digits(digits);
  const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;
  // d3 wants the exterior rings clockwise, GeoJSON's are counter-clockwise (RFC 7946).
  // A base-map layer reads its vector-tile layer of its source's tiles.
  const rewound = new Map<string, Feature[]>();
  const featuresOf = (layer: AnyLayer): Feature[] => {
    const source = layer.source!;
    const sourceLayer = layer['source-layer'];
    const key = sourceLayer ? `${source}/${sourceLayer}` : source;
    if (!rewound.has(key)) {
      const features = sourceLayer
        ? (input.tiles?.[source]?.[sourceLayer] ?? [])
        : ((input.sources[source] as FeatureCollection | undefined)?.features ?? []);
      rewound.set(key, features.map(clockwise));
    }
    return rewound.get(key)!;
  };

  const marks: Mark[] = [];
  const labelLayers: AnyLayer[] = [];
  for (const layer of input.layers as AnyLayer[]) {
    if (!layer.source || !shown(layer, camera.zoom)) continue;
    if (layer.type === 'symbol') {
      labelLayers.push(layer);
      continue;
    }
    for (const { feature, featureId, paint } of styledFeatures(
      layer,
      featuresOf(layer),
      camera.zoom,
      input.selected,
    )) {
      const base = {
        styleLayer: layer.id,
        owner: input.owners[layer.id] ?? '',
        featureId,
        ...(layer['source-layer'] ? { sourceLayer: layer['source-layer'] } : {}),
      };
      if (layer.type === 'circle') {
        const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates;
        const [cx, cy] = projection([lon, lat]) ?? [NaN, NaN];
        if (!inView(cx, cy)) continue;
        marks.push({
          ...base,
          type: 'circle',
          cx,
          cy,
          r: paint('circle-radius', 5) as number,
          fill: paint('circle-color', '#000') as string,
          stroke:
            (paint('circle-stroke-width', 0) as number) > 0
              ? (paint('circle-stroke-color', '#000') as string)
              : null,
          strokeWidth: paint('circle-stroke-width', 0) as number,
        });
        continue;
      }
      const d = path(feature);
      if (!d) continue;
      if (layer.type === 'fill') {
        const opacity = paint('fill-opacity', 1) as number;
        marks.push({
          ...base,
          type: 'path',
          d,
          fill: paint('fill-color', '#000') as string,
          fillOpacity: opacity,
          stroke: null,
          strokeWidth: 0,
          strokeOpacity: 1,
          dash: null,
        });
      } else if (layer.type === 'line') {
        const width = paint('line-width', 1) as number;
        const dashes = paint('line-dasharray', null) as number[] | null;
        marks.push({
          ...base,
          type: 'path',
          d,
          fill: null,
          fillOpacity: 0,
          stroke: paint('line-color', '#000') as string,
          strokeWidth: width,
          strokeOpacity: paint('line-opacity', 1) as number,
          // MapLibre's dashes are in line widths.
          dash: dashes ? dashes.map((v) => v * width).join(' ') : null,
        });
      }
    }
  }
  marks.push(...placeLabels(labelLayers, featuresOf, input, projection));
  return marks;
}

/** Features rewound for d3, kept while the feature is: a base-map tile's are drawn again and again. */
const rewoundFeatures = new WeakMap<Feature, Feature>();
function clockwise(f: Feature): Feature {
  if (!f.geometry.type.includes('Polygon')) return f;
  let done = rewoundFeatures.get(f);
  if (!done) rewoundFeatures.set(f, (done = rewind(f, { reverse: true }) as Feature));
  return done;
}

/**
 * The projection with vertices closer than `minPx` to the last one kept dropped (a line's last vertex
 * always kept): the SVG holds what can be seen at this scale, not every vertex of the source. MapLibre
 * simplifies its tiles likewise.
 */
function thinned(projection: GeoProjection, minPx: number): GeoStreamWrapper {
  const min2 = minPx * minPx;
  return {
    stream: (sink: GeoStream) => {
      let last: [number, number] | null = null;
      let skipped: [number, number] | null = null;
      return projection.stream({
        point(x: number, y: number) {
          if (last && (x - last[0]) ** 2 + (y - last[1]) ** 2 < min2) {
            skipped = [x, y];
            return;
          }
          sink.point(x, y);
          last = [x, y];
          skipped = null;
        },
        lineStart() {
          last = skipped = null;
          sink.lineStart();
        },
        lineEnd() {
          if (skipped) sink.point(skipped[0], skipped[1]);
          sink.lineEnd();
        },
        polygonStart: () => sink.polygonStart(),
        polygonEnd: () => sink.polygonEnd(),
        sphere: () => sink.sphere?.(),
      });
    },
  };
}
