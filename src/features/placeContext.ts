// Where each feature is, for the order of its names: the country its label point lies in, and in
// Kosovo the majority language of the municipality there (majorityLanguage.ts).
import * as turf from '@turf/turf';
import type { Polygon, MultiPolygon } from 'geojson';
import type { SituationFeature } from '../domain/schema';
import { majorityLanguage } from './majorityLanguage';

interface Area {
  id: string;
  geometry: Polygon | MultiPolygon;
}

export function withPlaceContext(
  features: SituationFeature[],
  kosovoMunicipalities: SituationFeature[],
  serbia: SituationFeature,
): SituationFeature[] {
  const areas: Area[] = kosovoMunicipalities.map((m) => ({
    id: m.properties.id,
    geometry: m.geometry as Polygon | MultiPolygon,
  }));
  return features.map((f) => {
    const at = f.properties.labelPoint;
    // A municipality is its own context; Kosovo and northern Kosovo take their label point's.
    const own = f.properties.kind === 'municipality' ? f.properties.id : null;
    const municipality = own ?? areas.find((a) => turf.booleanPointInPolygon(at, a.geometry))?.id ?? null;
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
