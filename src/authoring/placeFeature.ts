// A feature for a gazetteer place no shipped layer has, proposed for a mention: its point, its names
// in the region's languages (inferred from the gazetteer's forms where the map shows both official
// forms), its kind and its source. Approximate, and it says so.
import type { Mention } from '../geoparse/geoparse';
import type { GazetteerPlace } from '../geoparse/gazetteer';
import type { PlaceIndex } from '../geoparse/placeIndex';
import { FEATURE_KINDS, type SituationFeature } from '../domain/schema';
import { SOURCES } from '../domain/sources';
import { placeFeatureId } from '../features/placeId';
import { inferNames } from '../features/names';
import { makeFeature } from '../features/featureFile';

/** The gazetteer place a mention resolved to. */
export function gazetteerPlace(m: Mention, index: PlaceIndex): GazetteerPlace {
  const id = m.place.geonamesId
    ? `gn:${m.place.geonamesId}`
    : m.place.kind === 'country'
      ? `c:${m.place.country}`
      : null;
  const found =
    (id && index.byId.get(id)) ||
    [...index.byId.values()].find(
      (p) => p.name === m.place.name && p.lat === m.place.lat && p.lon === m.place.lon,
    );
  if (!found) throw new Error(`the gazetteer has no place for "${m.text}"`);
  return found;
}

/** The place's feature, made once per place (`into` collects them by id). */
export function placeFeature(
  m: Mention,
  index: PlaceIndex,
  into: Map<string, SituationFeature>,
): SituationFeature {
  const place = gazetteerPlace(m, index);
  const id = placeFeatureId(place);
  const existing = into.get(id);
  if (existing) return existing;
  // Both official forms where the map shows both (Kosovo, Serbia); elsewhere the English name.
  const inferred =
    place.country === 'XK' || place.country === 'RS'
      ? inferNames(place.name, place.names)
      : { sq: null, 'sr-Latn': null, 'sr-Cyrl': null };
  const kind = (FEATURE_KINDS as readonly string[]).includes(place.kind)
    ? (place.kind as SituationFeature['properties']['kind'])
    : place.kind === 'capital'
      ? 'town'
      : 'place';
  const source =
    place.source === 'geonames-xk'
      ? SOURCES.geoNames
      : place.source === 'cities500'
        ? SOURCES.geoNamesCities500
        : SOURCES.isoCountryNames;
  const feature = makeFeature(
    {
      id,
      name: {
        en: place.name,
        sq: inferred.sq,
        'sr-Latn': inferred['sr-Latn'],
        'sr-Cyrl': inferred['sr-Cyrl'],
      },
      kind,
      precision: 'approximate',
      derivation: `A point from the geoparser's gazetteer (${place.id}${place.source === 'derived' ? ', derived' : ''}), proposed for “${m.text}”; not reviewed.`,
      note:
        place.kind === 'country' || place.kind === 'region'
          ? 'A point standing for a whole country or region: its outline is not drawn.'
          : 'A gazetteer point: approximate.',
      sources: [source],
      areaKm2: null,
      lengthKm: null,
      rank: 3,
    },
    { type: 'Point', coordinates: [place.lon, place.lat] },
  );
  into.set(id, feature);
  return feature;
}
