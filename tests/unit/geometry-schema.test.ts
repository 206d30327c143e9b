// The geometry part of the layer schema: every position a [lon, lat] pair in range, every line and
// ring long enough, the nesting right for the type, and a message that says where it is wrong.
import { describe, expect, it } from 'vitest';
import { describeSchemaError, geometrySchema } from '../../src/domain/schema';

const ring = [
  [20.5, 42.8],
  [20.6, 42.8],
  [20.6, 42.9],
  [20.5, 42.8],
];

function problem(geometry: unknown): string | null {
  const parsed = geometrySchema.safeParse(geometry);
  return parsed.success ? null : describeSchemaError(parsed.error);
}

describe('geometry schema', () => {
  it('accepts each geometry type the layers use', () => {
    expect(problem({ type: 'Point', coordinates: [20.78, 42.97] })).toBeNull();
    expect(problem({ type: 'LineString', coordinates: ring.slice(0, 2) })).toBeNull();
    expect(problem({ type: 'MultiLineString', coordinates: [ring.slice(0, 2), ring] })).toBeNull();
    expect(problem({ type: 'Polygon', coordinates: [ring] })).toBeNull();
    expect(problem({ type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] })).toBeNull();
  });

  it('keeps the coordinates as given', () => {
    const parsed = geometrySchema.parse({ type: 'Polygon', coordinates: [ring] });
    expect(parsed.coordinates).toEqual([ring]);
  });

  it.each([
    ['a latitude out of range', { type: 'Point', coordinates: [20.5, 142.8] }, 'coordinates'],
    ['a longitude out of range', { type: 'LineString', coordinates: [ring[0], [-190, 42]] }, 'coordinates.1'],
    ['a string for a number', { type: 'Point', coordinates: ['20.5', 42.8] }, 'coordinates'],
    ['NaN', { type: 'Point', coordinates: [Number.NaN, 42.8] }, 'coordinates'],
    ['a position with one number', { type: 'LineString', coordinates: [ring[0], [20.5]] }, 'coordinates.1'],
    ['a one-point line', { type: 'LineString', coordinates: [ring[0]] }, 'coordinates'],
    ['a three-point ring', { type: 'Polygon', coordinates: [ring.slice(0, 3)] }, 'coordinates.0'],
    ['a polygon without rings', { type: 'Polygon', coordinates: [] }, 'coordinates'],
    ['a polygon nested one level short', { type: 'Polygon', coordinates: ring }, 'coordinates.0'],
    [
      'a multipolygon nested one level short',
      { type: 'MultiPolygon', coordinates: [ring] },
      'coordinates.0.0',
    ],
    ['coordinates missing', { type: 'Polygon' }, 'coordinates'],
    ['an unknown type', { type: 'Circle', coordinates: [20.5, 42.8] }, 'type'],
  ])('rejects %s and says where', (_, geometry, path) => {
    const message = problem(geometry);
    expect(message).not.toBeNull();
    expect(message!.split(':')[0]).toBe(path);
  });

  it('names the bad position deep inside a multipolygon', () => {
    const bad = [...ring.slice(0, 2), [20.6, 95], ring[3]];
    expect(problem({ type: 'MultiPolygon', coordinates: [[ring], [ring, bad]] })).toMatch(
      /^coordinates\.1\.1\.2: .*latitude/,
    );
  });
});
