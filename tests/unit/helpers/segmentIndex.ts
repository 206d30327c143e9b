// Distances from many points to long lines, at a cost that fits the data: the lines' segments go
// into a static R-tree (flatbush), and each point is measured, with turf's own point-to-line
// distance, only against the segments whose boxes come within the distance asked about. The answer
// is the same as turf.pointToLineDistance over the whole line wherever it is within that distance
// (turf takes the minimum over the same segments); beyond it, Infinity.
import Flatbush from 'flatbush';
import * as turf from '@turf/turf';
import type { Position } from 'geojson';

/** Degrees of latitude per km, rounded up (a degree of latitude is at least 110.57 km). */
const DEG_LAT_PER_KM = 1 / 110.5;

export interface SegmentIndex {
  /** Distance in km from `p` to the nearest segment, when it is at most `withinKm`; else Infinity. */
  distanceKm(p: Position, withinKm: number): number;
}

export function segmentIndex(lines: Position[][]): SegmentIndex {
  const segments: [Position, Position][] = [];
  for (const line of lines)
    for (let i = 1; i < line.length; i++)
      if (line[i - 1][0] !== line[i][0] || line[i - 1][1] !== line[i][1])
        segments.push([line[i - 1], line[i]]);
  const tree = new Flatbush(Math.max(1, segments.length));
  for (const [a, b] of segments)
    tree.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  if (segments.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();

  return {
    distanceKm(p, withinKm) {
      // A box around the point that holds every place within `withinKm` of it: latitude degrees
      // rounded up, longitude degrees taken at the box's edge nearer the pole, 5 % to spare. A
      // segment's nearest point lies on its great-circle arc, which can bulge outside the box of its
      // ends by about L²·tan(φ)/8R: 1.5 cm for the longest segment of Serbia's outline (11.2 km at
      // 43° N), against a spare of 2.8 m at 50 m and 311 m at 5.5 km. So a segment whose box misses
      // this one is farther than `withinKm`, and the minimum over the rest is turf's over the line.
      // (A line of one repeated point has no segment here: Infinity, where turf would measure it.)
      const dLat = withinKm * DEG_LAT_PER_KM * 1.05;
      const poleward = Math.min(89, Math.abs(p[1]) + dLat);
      const dLon = dLat / Math.cos((poleward * Math.PI) / 180);
      let best = Infinity;
      for (const i of tree.search(p[0] - dLon, p[1] - dLat, p[0] + dLon, p[1] + dLat)) {
        if (i >= segments.length) continue;
        best = Math.min(
          best,
          turf.pointToLineDistance(p, turf.lineString(segments[i]), { units: 'kilometers' }),
        );
      }
      return best <= withinKm ? best : Infinity;
    },
  };
}
