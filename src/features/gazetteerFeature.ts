// A feature for a gazetteer place no shipped layer has: its point, its names in the region's
// languages (inferred from the gazetteer's forms where the map shows both official forms), its kind
// and its source. Approximate, and it says so. Pure: drafting a story (authoring/placeFeature.ts) and
// the desk (a candidate added to the map) make the same feature of the same place.
import type { GazetteerPlace } from '../geoparse/gazetteer';
import { FEATURE_KINDS, type SituationFeature } from '../domain/schema';
import { SOURCES } from '../domain/sources';
import { placeFeatureId } from './placeId';
import { inferNames } from './names';
import { makeFeature } from './featureFile';

/**
 * The feature of a gazetteer place; `why` ends its derivation: how it came to the story ("proposed
 * for “Bare”; not reviewed", "chosen at the editor's desk for “Bare”").
 */
export function featureOfPlace(place: GazetteerPlace, why: string): SituationFeature {
  const id = placeFeatureId(place);
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
  return makeFeature(
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
      derivation: `A point from the geoparser's gazetteer (${place.id}${place.source === 'derived' ? ', derived' : ''}), ${why}.`,
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
}
