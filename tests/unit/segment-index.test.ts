// The R-tree distance helper the geometry checks use: the same answer as turf over the whole line
// wherever the line is within the distance asked about, Infinity beyond it.
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { segmentIndex } from './helpers/segmentIndex';
import { shippedFeature } from './helpers/shippedLayers';

const border = (shippedFeature('border', 'kosovo-serbia-border').geometry as { coordinates: Position[] })
  .coordinates;

// A deterministic scatter of points around the line (a linear congruential generator).
function scatter(n: number): Position[] {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: n }, () => {
    const at = border[Math.floor(next() * border.length)];
    return [at[0] + (next() - 0.5) * 0.2, at[1] + (next() - 0.5) * 0.2];
  });
}

describe('segmentIndex', () => {
  const index = segmentIndex([border]);
  const line = turf.lineString(border);

  // turf over the whole line is the slow reference: measured once per point, compared at each distance.
  const points = scatter(120).map((p) => ({ p, exact: turf.pointToLineDistance(p, line) }));

  it.each([0.05, 1, 5.5])(
    'agrees with turf.pointToLineDistance within %s km, and says Infinity beyond',
    (km) => {
      let near = 0;
      for (const { p, exact } of points) {
        const indexed = index.distanceKm(p, km);
        if (exact <= km) {
          expect(indexed, JSON.stringify(p)).toBeCloseTo(exact, 9);
          near++;
        } else expect(indexed, JSON.stringify(p)).toBe(Infinity);
      }
      if (km >= 1) expect(near).toBeGreaterThan(20);
    },
  );

  it('measures a vertex of the line as 0 km from it', () => {
    expect(index.distanceKm(border[10], 0.05)).toBe(0);
  });
});
