// Figures computed from the shipped geometry (turf, spherical), rounded for display.
import * as turf from '@turf/turf';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { SituationFeature } from '../domain/schema';

export const areaKm2 = (g: Polygon | MultiPolygon): number => Math.round(turf.area(g) / 1e5) / 10;
export const lengthKm = (g: LineString | MultiLineString): number =>
  Math.round(turf.length(turf.feature(g), { units: 'kilometers' }) * 10) / 10;

/**
 * Where a feature's name is drawn and its popup points: the point itself; for areas the centre of
 * mass when it falls inside, else turf.pointOnFeature (always inside); for lines turf.pointOnFeature
 * (a point of the line). Computed here once rather than in every reader's browser.
 */
export function labelPoint(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const centre = turf.centerOfMass(geometry);
    if (turf.booleanPointInPolygon(centre, geometry)) return centre.geometry.coordinates;
  }
  return turf.pointOnFeature(geometry).geometry.coordinates;
}

export const BORDER_DISTANCE_LABEL = 'Distance to the Kosovo–Serbia border';
/** On the line (a crossing) the distance says nothing: not written below this. */
const ON_THE_LINE_KM = 0.05;

/**
 * Each point, and each incident area (from its centroid), with its distance to the Kosovo–Serbia
 * border line in km (turf, to 0.1 km) as a fact; no fact for other features or points on the line.
 * Shipped so the details need not measure 534 segments on the reader's click.
 */
export function withBorderDistance<F extends SituationFeature>(features: F[], border: LineString): F[] {
  const distance = (g: Geometry): number => {
    const at = g.type === 'Point' ? g : turf.centroid(g).geometry;
    return Math.round(turf.pointToLineDistance(at, border) * 10) / 10;
  };
  return features.map((f) => {
    const measured = f.geometry.type === 'Point' || f.properties.kind === 'incident-area';
    const km = measured ? distance(f.geometry) : null;
    const others = f.properties.facts.filter((fact) => fact.label !== BORDER_DISTANCE_LABEL);
    return {
      ...f,
      properties: {
        ...f.properties,
        facts:
          km !== null && km > ON_THE_LINE_KM
            ? [...others, { label: BORDER_DISTANCE_LABEL, value: km, unit: 'km' }]
            : others,
      },
    };
  });
}
