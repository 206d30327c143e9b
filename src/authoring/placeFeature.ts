// The feature of the gazetteer place a mention resolved to (features/gazetteerFeature.ts), made once
// per place for a story's draft.
import type { Mention } from '../geoparse/geoparse';
import type { GazetteerPlace } from '../geoparse/gazetteer';
import type { PlaceIndex } from '../geoparse/placeIndex';
import type { SituationFeature } from '../domain/schema';
import { placeFeatureId } from '../features/placeId';
import { featureOfPlace } from '../features/gazetteerFeature';

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
  const existing = into.get(placeFeatureId(place));
  if (existing) return existing;
  const feature = featureOfPlace(place, `proposed for “${m.text}”; not reviewed`);
  into.set(feature.properties.id, feature);
  return feature;
}
