// Situation data taken from OpenStreetMap where it is better than the other sources (issue 36 §6):
// Lake Gazivode's outline, the Ibar unbroken from the lake to Raška, the Brnjak crossing where OSM's
// M-2 meets the border line, and the Jarinje checkpoint's position checked against OSM's M-22.3.
// Each is checked against the raw OSM tiles (../shared/osm-tiles/) independently of the pipeline.
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { RawTiles } from '../../geo/osm/rawTiles';
import { osmFeatures } from '../../geo/osm/features';
import { shippedFeature } from './helpers/shippedLayers';

const raw = new RawTiles();
const border = turf.lineString(
  (shippedFeature('border', 'kosovo-serbia-border').geometry as LineString).coordinates,
);
const pointOf = (layer: string, id: string) => (shippedFeature(layer, id).geometry as Point).coordinates;
/** The OSM road with this ref in the z14 tiles around a point, as lines. */
const road = (ref: string, at: Position) =>
  osmFeatures(
    raw,
    'transportation_name',
    [at[0] - 0.01, at[1] - 0.01, at[0] + 0.01, at[1] + 0.01],
    14,
    (p) => p.ref === ref,
  );
const metresTo = (lines: ReturnType<typeof road>, at: Position) =>
  Math.min(...lines.map((l) => turf.pointToLineDistance(at, l as Feature<LineString>, { units: 'meters' })));

describe('Lake Gazivode', () => {
  const lake = shippedFeature('landmarks', 'lake-gazivode');
  const area = lake as unknown as Feature<Polygon | MultiPolygon>;

  it('is OSM’s water polygon, the Kosovo and Serbia pieces unioned, on both sides of the line', () => {
    expect(lake.geometry.type).toBe('Polygon');
    const km2 = turf.area(area) / 1e6;
    // OSM's outline at some water level: 9.24 km² (the published area of the reservoir is 11.9 km²).
    expect(km2).toBeGreaterThan(9.1);
    expect(km2).toBeLessThan(9.4);
    expect(lake.properties.areaKm2).toBeCloseTo(km2, 1);
    // It reaches into Serbia (its western end) and into Zubin Potok.
    expect(turf.booleanIntersects(area, border)).toBe(true);
    const zubinPotok = shippedFeature(
      'municipalities',
      'municipality-zubin-potok',
    ) as unknown as Feature<Polygon>;
    expect(turf.booleanIntersects(area, zubinPotok)).toBe(true);
    // The lake's OSM name lies inside it.
    const names = osmFeatures(raw, 'water_name', [20.43, 42.9, 20.67, 43.0], 14, (p) =>
      String(p['name:latin']).includes('Ujman'),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => turf.booleanPointInPolygon(n.geometry as Point, area))).toBe(true);
  });

  it('keeps the published area in its note, says the drawn outline is smaller, and names its OSM source', () => {
    expect(lake.properties.note).toMatch(/11\.9 km²/);
    expect(lake.properties.note).toMatch(/smaller/);
    expect(lake.properties.derivation).toMatch(/OpenStreetMap/);
    expect(lake.properties.derivation).toMatch(/water.*class lake/);
    expect(lake.properties.derivation).toMatch(/kosovo\/12\/\d+\/\d+/);
    expect(lake.properties.derivation).toMatch(/serbia\/12\/\d+\/\d+/);
    expect(lake.properties.sources.map((s) => s.licence)).toContain('ODbL 1.0');
  });
});

describe('the Ibar', () => {
  const kosovo = shippedFeature('rivers', 'river-ibar');
  const serbia = shippedFeature('rivers', 'river-ibar-serbia');
  const line = [
    ...(kosovo.geometry as LineString).coordinates,
    ...(serbia.geometry as LineString).coordinates.slice(1),
  ];

  it('is drawn unbroken from Lake Gazivode through Zubin Potok and Mitrovica to Raška', () => {
    // The Serbian part starts where the Kosovo part ends, at the border line.
    expect((serbia.geometry as LineString).coordinates[0]).toEqual(
      (kosovo.geometry as LineString).coordinates.at(-1),
    );
    expect(
      turf.pointToLineDistance(line[0 + (kosovo.geometry as LineString).coordinates.length - 1], border, {
        units: 'meters',
      }),
    ).toBeLessThan(5);
    // No gap: consecutive vertices less than a kilometre apart (OSM's longest straight reach is 0.72 km).
    for (let i = 1; i < line.length; i++)
      expect(turf.distance(line[i - 1], line[i]), `vertex ${i}`).toBeLessThan(1);
    // From the lake's shore …
    const lake = shippedFeature('landmarks', 'lake-gazivode') as unknown as Feature<Polygon>;
    expect(
      turf.pointToLineDistance(line[0], turf.polygonToLine(lake) as Feature<LineString>, { units: 'meters' }),
    ).toBeLessThan(5);
    // … past Zubin Potok, through Mitrovica under the Ibar bridge, to Raška.
    const river = turf.lineString(line);
    expect(turf.pointToLineDistance(pointOf('places', 'town-zubin-potok'), river)).toBeLessThan(1);
    expect(
      turf.pointToLineDistance(pointOf('landmarks', 'ibar-bridge'), river, { units: 'meters' }),
    ).toBeLessThan(100);
    expect(turf.pointToLineDistance(pointOf('places', 'town-raska'), river)).toBeLessThan(1);
    expect(turf.distance(line.at(-1)!, pointOf('places', 'town-raska'))).toBeLessThan(1);
    // About 101 km along the river.
    expect(turf.length(river)).toBeGreaterThan(90);
    expect(turf.length(river)).toBeLessThan(110);
  });

  it('names the OSM waterways and tiles it was joined from', () => {
    for (const f of [kosovo, serbia]) {
      expect(f.properties.derivation).toMatch(/OpenStreetMap waterway/);
      expect(f.properties.derivation).toMatch(/Ibër/);
      expect(f.properties.derivation).toMatch(/\/12\/\d+\/\d+/);
      expect(f.properties.sources.map((s) => s.licence)).toContain('ODbL 1.0');
    }
  });
});

describe('the crossings', () => {
  it('puts Brnjak where OSM’s M-2 meets the border line', () => {
    const brnjak = pointOf('crossings', 'crossing-brnjak');
    expect(turf.pointToLineDistance(brnjak, border, { units: 'meters' })).toBeLessThan(2);
    expect(metresTo(road('M-2', brnjak), brnjak)).toBeLessThan(2);
    // About 42.962 N 20.549 E.
    expect(turf.distance(brnjak, [20.5486, 42.9618], { units: 'meters' })).toBeLessThan(20);
    // On the line, it is named as a place of Kosovo's Zubin Potok (both forms, Serbian first).
    expect(shippedFeature('crossings', 'crossing-brnjak').properties).toMatchObject({
      country: 'XK',
      localLanguage: 'sr',
    });
    const derivation = shippedFeature('crossings', 'crossing-brnjak').properties.derivation;
    expect(derivation).toMatch(/M-2/);
    expect(derivation).toMatch(/transportation_name/);
    expect(derivation).toMatch(/kosovo\/14\/9127\/6022/);
  });

  it('keeps Jarinje at the checkpoint’s cited position, 14 m from OSM’s M-22.3', () => {
    const jarinje = pointOf('crossings', 'crossing-jarinje');
    expect(jarinje).toEqual([20.6917, 43.2186]);
    const metres = metresTo(road('M-22.3', jarinje), jarinje);
    expect(metres).toBeGreaterThan(10);
    expect(metres).toBeLessThan(20);
    expect(shippedFeature('crossings', 'crossing-jarinje').properties.derivation).toMatch(
      /14 m from OpenStreetMap's M-22\.3/,
    );
  });
});
