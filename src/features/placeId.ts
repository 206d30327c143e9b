// The id of the feature a gazetteer place becomes in a story (places.geojson): its name's letters
// folded and its GeoNames id, so that the desk finds the place a candidate stands for. Pure.
import { fold } from '../text/letters';

export function placeFeatureId(place: { name: string; geonamesId: number | null }): string {
  const base = fold(place.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `place-${base || 'unnamed'}${place.geonamesId ? `-${place.geonamesId}` : ''}`;
}
