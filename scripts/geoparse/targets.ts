// Where a gold target is, for the evaluation (Node only): shipped features (polygons or points),
// GeoNames points (the Kosovo dump, cities500), Natural Earth country polygons, boxes and points.
import * as turf from '@turf/turf';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readGeoNames } from '../../geo/lib/geonames';
import { naturalEarthAllCountries } from '../../geo/lib/naturalEarth';
import { readCities500 } from '../../geo/gazetteer/cities500';
import { shippedFeatures } from './gazetteerFile';

const require = createRequire(import.meta.url);
/** A point target counts as placed within this distance. */
export const NEAR_KM = 5;

export type TargetChecker = (target: string, lat: number, lon: number) => boolean;

let cached: TargetChecker | null = null;

/**
 * The checker, built once per process: it reads the shipped layers, the GeoNames dump, Natural
 * Earth's countries and cities500 (about 200,000 places, the slow part: read when a gold target
 * names a GeoNames id the dump lacks).
 */
export function targetChecker(): TargetChecker {
  cached ??= buildTargetChecker();
  return cached;
}

/** Reads every source a target may name now, not at the first target that needs it. */
export function loadTargets(): TargetChecker {
  const checker = targetChecker();
  loadCities();
  return checker;
}

let cities: Map<number, [number, number]> | null = null;
const loadCities = () =>
  (cities ??= new Map(readCities500().map((c) => [c.geonameId, [c.lon, c.lat] as [number, number]])));

function buildTargetChecker(): TargetChecker {
  const features = new Map(shippedFeatures().map((f) => [f.properties.id, f]));
  const points = new Map<number, [number, number]>();
  for (const g of readGeoNames()) points.set(g.geonameId, [g.lon, g.lat]);
  const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const countries = new Map(
    naturalEarthAllCountries().flatMap((f) => (f.properties.id ? [[f.properties.id, f]] : [])),
  );

  const near = (p: [number, number], lon: number, lat: number) => turf.distance(p, [lon, lat]) <= NEAR_KM;
  const inside = (f: Feature, lon: number, lat: number) =>
    turf.booleanPointInPolygon([lon, lat], f as Feature<Polygon | MultiPolygon>);

  return (target, lat, lon) => {
    const [kind, value] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
    switch (kind) {
      case 'f': {
        const f = features.get(value);
        if (!f) throw new Error(`gold target ${target}: no such feature`);
        if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
          return inside(f as Feature, lon, lat);
        if (f.geometry.type === 'Point') return near(f.geometry.coordinates as [number, number], lon, lat);
        return turf.pointToLineDistance([lon, lat], f.geometry as never) <= NEAR_KM;
      }
      case 'gn': {
        let p = points.get(Number(value));
        p ??= loadCities().get(Number(value));
        if (!p) throw new Error(`gold target ${target}: no such GeoNames place`);
        return near(p, lon, lat);
      }
      case 'c': {
        const f = countries.get(iso.alpha2ToNumeric(value) ?? '');
        if (!f) throw new Error(`gold target ${target}: no Natural Earth outline`);
        return inside(f, lon, lat);
      }
      case 'bbox': {
        const [w, s, e, n] = value.split(',').map(Number);
        return lon >= w && lon <= e && lat >= s && lat <= n;
      }
      case 'pt': {
        const [plat, plon] = value.split(',').map(Number);
        return near([plon, plat], lon, lat);
      }
      default:
        throw new Error(`gold target ${target}: unknown kind`);
    }
  };
}
