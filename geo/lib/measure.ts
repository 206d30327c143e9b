// Figures computed from the shipped geometry (turf, spherical), rounded for display.
import * as turf from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export const areaKm2 = (g: Polygon | MultiPolygon): number => Math.round(turf.area(g) / 1e5) / 10;
export const lengthKm = (g: LineString | MultiLineString): number =>
  Math.round(turf.length(turf.feature(g), { units: 'kilometers' }) * 10) / 10;
