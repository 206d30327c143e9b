// The place search's options beyond the map: every gazetteer place no shipped feature or story place
// stands for, after the map's own (ties in a search keep that order), each saying it is not on the
// map yet. Choosing one adds it to the story (gazetteerPlace.ts). Pure.
import type { GazetteerPlace } from '../geoparse/gazetteer';
import { placeFeatureId } from '../features/placeId';
import { countryName } from './candidates';
import type { Option } from '../ui/placeSearch';

export const GAZETTEER_OPTION = 'gazetteer:';

export interface GazetteerOption {
  option: Option;
  place: GazetteerPlace;
  /** The id its feature gets in the story (placeFeatureId): on the map once the story has it. */
  featureId: string;
}

/**
 * Every place of the gazetteer the map could lack: none that is a shipped feature (nor a second
 * record of a shipped feature's GeoNames id), no country. Made once per gazetteer; the desk leaves
 * out those the story has by then.
 */
export function gazetteerOptions(
  places: readonly GazetteerPlace[],
  kindLabel: (kind: string) => string,
): GazetteerOption[] {
  const shippedIds = new Set(
    places.filter((p) => p.featureId !== null && p.geonamesId !== null).map((p) => p.geonamesId),
  );
  return places
    .filter((p) => p.featureId === null && p.kind !== 'country' && !shippedIds.has(p.geonamesId))
    .map((place) => ({
      place,
      featureId: placeFeatureId(place),
      option: {
        id: `${GAZETTEER_OPTION}${place.id}`,
        label: place.name,
        detail: `${kindLabel(place.kind)}, ${countryName(place.country)}${place.geonamesId ? ` · GeoNames ${place.geonamesId}` : ''} · not on this map yet`,
      },
    }))
    .sort((a, b) => a.option.label.localeCompare(b.option.label));
}
