// Dissolving polygons that share edges exactly (the ADM2 file's topology) into one shape. The result
// must be a single ring: a second part or a hole would be a sliver or pinhole, so the build refuses it.
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export function dissolveToOneRing(areas: Feature<Polygon | MultiPolygon>[], what: string): Polygon {
  const union = turf.union(turf.featureCollection(areas));
  if (!union) throw new Error(`${what}: the union is empty`);
  if (union.geometry.type !== 'Polygon' || union.geometry.coordinates.length !== 1) {
    throw new Error(`${what}: the union is a ${union.geometry.type} with holes or parts; expected one ring`);
  }
  return union.geometry;
}
