// locator.json: the small "where is this" map: Natural Earth 1:50m countries of south-eastern Europe
// (npm world-atlas, public domain), projected to Web Mercator (as the main map is) and written as SVG
// paths in a fixed frame, so the viewer draws them without a projection library. The main map's
// extent is drawn over them in the same projection (src/camera/locatorProjection.ts).
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LOCATOR_FRAME, LOCATOR_WIDTH, locatorHeight, toLocator } from '../../src/camera/locatorProjection';
import { locatorFileSchema, type LocatorFile } from '../../src/domain/locatorSchema';

const require = createRequire(import.meta.url);

export function buildLocator(): LocatorFile {
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries).features as Feature<
    Polygon | MultiPolygon,
    { name: string }
  >[];
  const [w, s, e, n] = LOCATOR_FRAME;
  const frame = turf.bboxPolygon([w - 2, s - 2, e + 2, n + 2]);
  // Rounded to 0.5 px (the locator is 160 px wide), repeated points dropped.
  const ring = (points: Position[]) => {
    const xy = points.map(([lon, lat]) =>
      toLocator(lon, lat)
        .map((v) => (Math.round(v * 2) / 2).toString())
        .join(','),
    );
    const kept = xy.filter((p, i) => i === 0 || p !== xy[i - 1]);
    return kept.length > 3 ? `M${kept.join('L')}Z` : '';
  };
  const paths = countries.flatMap((c) => {
    if (!turf.booleanIntersects(c, frame)) return [];
    const clipped = turf.bboxClip(c, [w - 2, s - 2, e + 2, n + 2]);
    const polys =
      clipped.geometry.type === 'Polygon'
        ? [clipped.geometry.coordinates]
        : (clipped.geometry.coordinates as Position[][][]);
    const d = polys
      .filter((p) => p.length && p[0].length > 3)
      .map((p) => ring(p[0]))
      .join('');
    return d ? [{ name: c.properties.name, d }] : [];
  });
  return locatorFileSchema.parse({
    frame: LOCATOR_FRAME,
    width: LOCATOR_WIDTH,
    height: locatorHeight(),
    source: 'Natural Earth 1:50m countries (npm world-atlas 2.0.2), public domain',
    countries: paths.sort((a, b) => a.name.localeCompare(b.name)),
  });
}

export function writeLocator(dir = resolve(import.meta.dirname, '../../public/data')): {
  file: string;
  bytes: number;
} {
  const text = `${JSON.stringify(buildLocator())}\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'locator.json'), text);
  return { file: 'locator.json', bytes: Buffer.byteLength(text) };
}
