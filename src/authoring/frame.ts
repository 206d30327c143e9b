// The first view of a new story: around the linked places that are precise (not whole countries) and
// inside the map's bounds, those within FRAME_RADIUS_KM of their median point — the situation, not
// the capitals it is discussed in.
import * as turf from '@turf/turf';
import type { SituationFeature } from '../domain/schema';
import type { Region } from '../region/schema';

/** Places farther than this from the linked places' median are left out of the first view (Belgrade). */
export const FRAME_RADIUS_KM = 80;

export function frameOf(
  features: readonly SituationFeature[],
  region: Region,
): [number, number, number, number] {
  const [W, S, E, N] = region.maxBounds;
  const inBounds = features.filter((f) => {
    const [lon, lat] = f.properties.labelPoint;
    return (
      !['country', 'territory'].includes(f.properties.kind) && lon >= W && lon <= E && lat >= S && lat <= N
    );
  });
  // For an article whose places are all whole countries (or none): the region's own opening view.
  if (!inBounds.length) return region.bounds;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const centre = [
    median(inBounds.map((f) => f.properties.labelPoint[0])),
    median(inBounds.map((f) => f.properties.labelPoint[1])),
  ];
  const precise = inBounds.filter((f) => turf.distance(centre, f.properties.labelPoint) <= FRAME_RADIUS_KM);
  if (!precise.length) return region.bounds;
  const [w, s, e, n] = turf.bbox(turf.featureCollection(precise as never));
  const pad = 0.05;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [clamp(w - pad, W, E), clamp(s - pad, S, N), clamp(e + pad, W, E), clamp(n + pad, S, N)].map(
    (v) => Math.round(v * 1e4) / 1e4,
  ) as [number, number, number, number];
}
