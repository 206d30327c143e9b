// Where each feature is, for the order of its names: the country its label point lies in, and in
// Kosovo the majority language of the municipality there (majorityLanguage.ts).
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { SituationFeature } from '../domain/schema';
import { majorityLanguage } from './majorityLanguage';

interface Area {
  id: string;
  geometry: Polygon | MultiPolygon;
  bbox: number[];
}

/**
 * A point on Kosovo's line (a crossing placed where a road meets it) is in Kosovo's municipality there:
 * within 10 m of its outline, where rounding to 5 decimals may put it a metre outside.
 */
const ON_THE_LINE_KM = 0.01;
function onTheLine([lon, lat]: Position, a: Area): boolean {
  const pad = 0.001;
  if (lon < a.bbox[0] - pad || lon > a.bbox[2] + pad || lat < a.bbox[1] - pad || lat > a.bbox[3] + pad)
    return false;
  return turf.pointToPolygonDistance([lon, lat], a.geometry) <= ON_THE_LINE_KM;
}

export function withPlaceContext(
  features: SituationFeature[],
  kosovoMunicipalities: SituationFeature[],
  serbia: SituationFeature,
): SituationFeature[] {
  const areas: Area[] = kosovoMunicipalities.map((m) => ({
    id: m.properties.id,
    geometry: m.geometry as Polygon | MultiPolygon,
    bbox: turf.bbox(m.geometry),
  }));
  return features.map((f) => {
    const at = f.properties.labelPoint;
    // A municipality is its own context; Kosovo and northern Kosovo take their label point's.
    const own = f.properties.kind === 'municipality' ? f.properties.id : null;
    const municipality =
      own ??
      areas.find((a) => turf.booleanPointInPolygon(at, a.geometry))?.id ??
      areas.find((a) => onTheLine(at, a))?.id ??
      null;
    if (municipality)
      return {
        ...f,
        properties: { ...f.properties, country: 'XK', localLanguage: majorityLanguage(municipality) },
      };
    if (
      f.properties.id === 'serbia' ||
      turf.booleanPointInPolygon(at, serbia.geometry as Polygon | MultiPolygon)
    )
      return { ...f, properties: { ...f.properties, country: 'RS', localLanguage: 'sr' } };
    return { ...f, properties: { ...f.properties, country: null, localLanguage: null } };
  });
}
