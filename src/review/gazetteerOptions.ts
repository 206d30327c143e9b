// The place search's options beyond the map: every gazetteer place no shipped feature or story place
// stands for, after the map's own (ties in a search keep that order), each saying it is not on the
// map yet. Choosing one adds it to the story (gazetteerPlace.ts). Pure.
import type { GazetteerPlace } from '../geoparse/gazetteer';
import { placeFeatureId } from '../features/placeId';
import { countryName } from './candidates';
import type { Option } from './placeSearch';

export const GAZETTEER_OPTION = 'gazetteer:';

export function gazetteerOptions(
  places: readonly GazetteerPlace[],
  onMap: (featureId: string) => boolean,
  kindLabel: (kind: string) => string,
): Option[] {
  return places
    .filter((p) => p.featureId === null && p.kind !== 'country' && !onMap(placeFeatureId(p)))
    .map((p) => ({
      id: `${GAZETTEER_OPTION}${p.id}`,
      label: p.name,
      detail: `${kindLabel(p.kind)}, ${countryName(p.country)}${p.geonamesId ? ` · GeoNames ${p.geonamesId}` : ''} · not on this map yet`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
