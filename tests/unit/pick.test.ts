// The rules that decide which feature a click means (the map supplies the candidates).
import { describe, expect, it } from 'vitest';
import {
  distanceToPolyline,
  MOUSE_TOLERANCE_PX,
  rankPicks,
  TOUCH_TOLERANCE_PX,
  type PickCandidate,
} from '../../src/map/pick';

const area = (featureId: string, areaKm2: number, order = 5): PickCandidate => ({
  featureId,
  kind: 'area',
  distancePx: 0,
  areaKm2,
  order,
});
const line = (featureId: string, distancePx: number, order = 1): PickCandidate => ({
  featureId,
  kind: 'line',
  distancePx,
  areaKm2: null,
  order,
});

describe('picking what the reader points at', () => {
  it('a line a few pixels away wins over the area under the pointer', () => {
    expect(rankPicks([area('municipality-leposavic', 544), line('border', 4)], MOUSE_TOLERANCE_PX)).toEqual([
      'border',
      'municipality-leposavic',
    ]);
  });

  it('a line beyond the tolerance does not, but a touch reaches further', () => {
    const candidates = [area('municipality-leposavic', 544), line('border', 9)];
    expect(rankPicks(candidates, MOUSE_TOLERANCE_PX)).toEqual(['municipality-leposavic']);
    expect(rankPicks(candidates, TOUCH_TOLERANCE_PX)[0]).toBe('border');
  });

  it('among areas the smallest wins, whatever the drawing order', () => {
    expect(
      rankPicks([area('kosovo', 10900, 0), area('north-kosovo', 1008, 1), area('zvecan', 130, 9)], 6),
    ).toEqual(['zvecan', 'north-kosovo', 'kosovo']);
  });

  it('two lines at the same distance: the one drawn on top wins', () => {
    expect(rankPicks([line('north-kosovo', 0, 3), line('border', 0, 1)], 6)[0]).toBe('border');
  });

  it('lines that coincide but for rounding count as equally near', () => {
    expect(rankPicks([line('north-kosovo', 3.9999, 3), line('border', 4.0002, 1)], 6)[0]).toBe('border');
  });

  it('a label under the pointer wins over the area it is drawn on', () => {
    const label: PickCandidate = {
      featureId: 'village',
      kind: 'label',
      distancePx: 0,
      areaKm2: null,
      order: 0,
    };
    expect(rankPicks([area('banjska-area', 6), label], 6)[0]).toBe('village');
  });

  it('a point under the pointer wins over a label drawn across it', () => {
    const label: PickCandidate = {
      featureId: 'zvecan',
      kind: 'label',
      distancePx: 0,
      areaKm2: null,
      order: 0,
    };
    const point: PickCandidate = {
      featureId: 'monastery',
      kind: 'point',
      distancePx: 0.4,
      areaKm2: null,
      order: 5,
    };
    expect(rankPicks([label, point], 6)[0]).toBe('monastery');
  });

  it('lists each feature once, even when several of its style layers were hit', () => {
    expect(rankPicks([line('border', 2, 1), line('border', 1, 2), area('serbia', 77000)], 6)).toEqual([
      'border',
      'serbia',
    ]);
  });

  it('an area is only a candidate under the pointer', () => {
    expect(rankPicks([{ ...area('x', 1), distancePx: 3 }], 6)).toEqual([]);
  });
});

describe('screen distance to a line', () => {
  it('is the distance to the nearest segment, not to the nearest vertex', () => {
    const l = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(distanceToPolyline({ x: 50, y: 4 }, l)).toBeCloseTo(4);
    expect(distanceToPolyline({ x: 103, y: 4 }, l)).toBeCloseTo(5);
    expect(distanceToPolyline({ x: 1, y: 1 }, [{ x: 0, y: 0 }])).toBeCloseTo(Math.SQRT2);
    expect(distanceToPolyline({ x: 1, y: 1 }, [])).toBe(Number.POSITIVE_INFINITY);
  });
});
