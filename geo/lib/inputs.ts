// All raw inputs, read and checked once at the start of a pipeline run.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readSourceGeoJson, SourceError } from './sourceFiles';
import { readCitedPoints, type CitedPoint } from './points';
import { readGeoNames, type GeoNamesPlace } from './geonames';

export type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface Inputs {
  kosovoMunicipalities: Area[];
  kosovoOutline: Area;
  serbiaOutline: Area;
  hydro: FeatureCollection;
  points: Map<string, CitedPoint>;
  geoNames: GeoNamesPlace[];
  /** OpenStreetMap railway stations and halts in the north. */
  railStations: FeatureCollection;
}

function areas(file: string, fc: FeatureCollection): Area[] {
  for (const f of fc.features) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new SourceError(
        file,
        `feature ${String(f.properties?.shapeName)} is a ${f.geometry?.type}, expected a polygon`,
      );
    }
  }
  return fc.features as Area[];
}

export function readInputs(dir?: string): Inputs {
  const adm2 = 'geoBoundaries-XKX-ADM2_simplified.geojson';
  const adm0 = 'geoBoundaries-XKX-ADM0_simplified.geojson';
  const srb = 'geoBoundaries-SRB-ADM0_simplified.geojson';
  const kosovoMunicipalities = areas(adm2, readSourceGeoJson(adm2, dir));
  if (kosovoMunicipalities.length !== 38)
    throw new SourceError(adm2, `${kosovoMunicipalities.length} features, expected 38`);
  return {
    kosovoMunicipalities,
    kosovoOutline: areas(adm0, readSourceGeoJson(adm0, dir))[0],
    serbiaOutline: areas(srb, readSourceGeoJson(srb, dir))[0],
    hydro: readSourceGeoJson('hydro-euhydro-ibar-sitnica-north-kosovo.geojson', dir),
    points: readCitedPoints(dir),
    geoNames: readGeoNames(dir),
    railStations: readSourceGeoJson('osm-rail-stations-north-kosovo.geojson', dir),
  };
}

export function municipalityByShapeName(inputs: Inputs, shapeName: string): Area {
  const found = inputs.kosovoMunicipalities.find((f) => f.properties.shapeName === shapeName);
  if (!found)
    throw new SourceError(
      'geoBoundaries-XKX-ADM2_simplified.geojson',
      `no municipality named "${shapeName}"`,
    );
  return found;
}
