// The ground context layers (issue 17): the 1999 Ground Safety Zone, Lake Gazivode's label, the
// railway stations, the terrain names. Each checked against the sources independently.
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { readInputs } from '../../geo/lib/inputs';
import { shippedFeature, shippedLayer } from './helpers/shippedLayers';
import { segmentIndex } from './helpers/segmentIndex';

const inputs = readInputs();
const serbia = inputs.serbiaOutline as Feature<Polygon | MultiPolygon>;
const kosovo = inputs.kosovoOutline as Feature<Polygon | MultiPolygon>;
const zone = shippedFeature('safetyZone', 'ground-safety-zone') as unknown as Feature<MultiPolygon>;
const border = shippedFeature('border', 'kosovo-serbia-border').geometry as LineString;
const borderLine = turf.lineString(border.coordinates);
const inZone = (p: Position) => turf.booleanPointInPolygon(p, zone);
const kmToZone = (p: Position) =>
  inZone(p)
    ? 0
    : Math.min(
        ...zone.geometry.coordinates.map((poly) =>
          turf.pointToLineDistance(p, turf.lineString(poly[0]), { units: 'kilometers' }),
        ),
      );

describe('the Ground Safety Zone', () => {
  it('lies in Serbia: every vertex inside Serbia’s outline (or on it, within 50 m)', () => {
    // Every vertex, measured against the outline's segments near it only (an R-tree): the vertices
    // outside the polygon are those on its edge, and each is measured against a handful of segments
    // instead of all 2,500.
    const serbiaEdges = segmentIndex(
      (serbia.geometry.type === 'Polygon' ? [serbia.geometry.coordinates] : serbia.geometry.coordinates).map(
        (q) => q[0],
      ),
    );
    for (const poly of zone.geometry.coordinates)
      for (const p of poly[0])
        if (!turf.booleanPointInPolygon(p, serbia))
          expect(serbiaEdges.distanceKm(p, 0.05), JSON.stringify(p)).toBeLessThan(0.05);
  });

  it('runs along the whole line: every vertex of the border within 1 km of it', () => {
    const far = border.coordinates.filter((p) => kmToZone(p) > 1);
    expect(far).toEqual([]);
  });

  it('is 5 km deep: away from the ends, 4 km from the line inside Serbia is in it, 6 km is not', () => {
    const length = turf.length(borderLine);
    let checked = 0;
    for (let km = 25; km < length - 25; km += 10) {
      const at = turf.along(borderLine, km).geometry.coordinates;
      const ahead = turf.along(borderLine, km + 0.2).geometry.coordinates;
      const bearing = turf.bearing(at, ahead);
      for (const side of [90, -90]) {
        const four = turf.destination(at, 4, bearing + side).geometry.coordinates;
        const six = turf.destination(at, 6, bearing + side).geometry.coordinates;
        const serbian = (p: Position) =>
          turf.booleanPointInPolygon(p, serbia) && !turf.booleanPointInPolygon(p, kosovo);
        // Points 4 and 6 km from the line itself (where the line bends, the offset from this vertex is
        // nearer another stretch): measured, not assumed.
        const dFour = turf.pointToLineDistance(four, borderLine);
        const dSix = turf.pointToLineDistance(six, borderLine);
        if (serbian(four) && dFour > 3.5 && dFour < 4.5) {
          expect(inZone(four), `4 km at ${km} km`).toBe(true);
          checked++;
        }
        if (serbian(six) && dSix > 5.5) {
          expect(inZone(six), `6 km at ${km} km`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('says it is derived, gives the agreement as its source, and relates to the article only in a note', () => {
    const p = zone.properties as unknown as { precision: string; sources: { id: string }[]; note: string };
    expect(p.precision).toBe('derived');
    expect(p.sources.map((s) => s.id)).toContain('military-technical-agreement-1999');
    expect(p.note).toMatch(/No army positions are public/);
  });
});

// Lake Gazivode and the Ibar come from OpenStreetMap since issue 36: tests/unit/osm-situation.test.ts.
describe('Lake Gazivode', () => {
  const lake = shippedFeature('landmarks', 'lake-gazivode');
  it('is labelled in Zubin Potok, with both names', () => {
    const zubinPotok = shippedFeature(
      'municipalities',
      'municipality-zubin-potok',
    ) as unknown as Feature<Polygon>;
    expect(turf.booleanPointInPolygon(lake.properties.labelPoint, zubinPotok)).toBe(true);
    expect(lake.properties.name.sq).toBeTruthy();
    expect(lake.properties.name['sr-Latn']).toBeTruthy();
  });
});

describe('the railway stations', () => {
  const stations = shippedLayer('stations');
  it('merges the duplicate nodes: no two stations within 300 m, 28 of the 30 nodes left', () => {
    expect(stations).toHaveLength(inputs.railStations.features.length - 2);
    for (const [i, a] of stations.entries())
      for (const b of stations.slice(i + 1))
        expect(
          turf.distance((a.geometry as Point).coordinates, (b.geometry as Point).coordinates),
        ).toBeGreaterThan(0.3);
  });

  it('lie within 2 km of the Ibar or the Sitnica on the Ibar valley line, where the map has the river', () => {
    const ibarEnd = (shippedFeature('rivers', 'river-ibar-serbia').geometry as LineString).coordinates.at(
      -1,
    )!;
    const rivers = shippedLayer('rivers').map((f) => turf.lineString((f.geometry as LineString).coordinates));
    const valley = stations.filter((s) => s.properties.derivation.includes('Ibar valley'));
    expect(valley.length).toBe(25 - 2);
    let checked = 0;
    for (const s of valley) {
      const at = (s.geometry as Point).coordinates;
      const nearest = rivers
        .map((r) => ({ r, p: turf.nearestPointOnLine(r, at) }))
        .sort((a, b) => a.p.properties.dist - b.p.properties.dist)[0];
      // Beyond the end of the river as mapped (the Sitnica south of Vushtrri is not in the source; the
      // Ibar ends at Raška, and the line's stations north of it are not beside it).
      const ends = [nearest.r.geometry.coordinates[0], nearest.r.geometry.coordinates.at(-1)!];
      if (ends.some((e) => turf.distance(e, nearest.p) < 0.01)) continue;
      if (at[1] > ibarEnd[1]) continue;
      expect(nearest.p.properties.dist, s.properties.id).toBeLessThan(2);
      checked++;
    }
    // 17 of the 23: the others lie north of Raška, where the map ends the Ibar.
    expect(checked).toBeGreaterThanOrEqual(17);
  });
});

describe('the terrain names', () => {
  it('are GeoNames mountains, ranges, peaks and passes of the north, Mokra Gora among them', () => {
    const terrain = shippedLayer('terrain');
    expect(terrain.map((f) => f.properties.name.en)).toEqual(expect.arrayContaining(['Mokra Gora']));
    for (const f of terrain) expect(f.properties.kind).toBe('mountain');
  });
});
