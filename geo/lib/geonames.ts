// The GeoNames dump for Kosovo (tab-separated, standard GeoNames columns; no language tags on the
// alternate names, so the language of a name is inferred from its letters, see names.ts).
import { readSourceText, SourceError } from './sourceFiles';

export interface GeoNamesPlace {
  geonameId: number;
  name: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  population: number;
}

export function readGeoNames(dir?: string): GeoNamesPlace[] {
  const text = readSourceText('geonames-XK.txt', dir);
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, n) => {
      const c = line.split('\t');
      if (c.length < 19)
        throw new SourceError('geonames-XK.txt', `line ${n + 1} has ${c.length} columns, expected 19`);
      const place = {
        geonameId: Number(c[0]),
        name: c[1],
        alternateNames: c[3] ? c[3].split(',') : [],
        lat: Number(c[4]),
        lon: Number(c[5]),
        featureClass: c[6],
        featureCode: c[7],
        population: Number(c[14]) || 0,
      };
      if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) {
        throw new SourceError('geonames-XK.txt', `line ${n + 1}: bad coordinates`);
      }
      return place;
    });
}
