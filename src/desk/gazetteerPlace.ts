// A candidate the map lacks, made a place of the story at the desk: the gazetteer is fetched (once per
// visit; the same file the new-story page's worker reads), the candidate found in it by its GeoNames
// id, and its feature made as drafting makes one (features/gazetteerFeature.ts) — both official names,
// its source, approximate — with its municipality and its distance to the border from the map's own
// layers.
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { SituationFeature } from '../domain/schema';
import type { Gazetteer } from '../geoparse/gazetteer';
import type { Candidate } from '../story/schema';
import { fetchGazetteer } from '../loading/gazetteer';
import { featureOfPlace } from '../features/gazetteerFeature';
import { placeFeatureId } from '../features/placeId';
import { inShippedContext } from '../features/storyPlaceContext';

let gazetteer: Promise<Gazetteer> | null = null;

/** The gazetteer, fetched once per visit (again after a failure). */
export function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= fetchGazetteer(import.meta.env.BASE_URL).catch((error: Error) => {
    gazetteer = null;
    throw error;
  });
  return gazetteer;
}

/** What the desk knows of a gazetteer place: a candidate's record, or the place itself. */
export type GazetteerRef = Pick<Candidate, 'name' | 'lat' | 'lon' | 'geonamesId'>;

/**
 * What choosing `candidate` for `phrase` links to: a feature the map already has (the gazetteer also
 * holds a shipped feature's GeoNames id under a second record: that one is the map's), or a new place
 * of the story. Rejects with a sentence the desk can show.
 */
export async function gazetteerChoice(
  candidate: GazetteerRef,
  phrase: string,
  index: ReadonlyMap<string, FeatureIndexEntry>,
): Promise<{ mapped: string } | { feature: SituationFeature }> {
  const { places } = await loadGazetteer();
  const same = places.filter((p) =>
    candidate.geonamesId !== null
      ? p.geonamesId === candidate.geonamesId
      : p.name === candidate.name && p.lat === candidate.lat && p.lon === candidate.lon,
  );
  const shipped = same.find((p) => p.featureId !== null);
  if (shipped) return { mapped: shipped.featureId! };
  const place = same[0];
  if (!place) throw new Error(`the gazetteer has no place “${candidate.name}” any more`);
  if (index.has(placeFeatureId(place))) return { mapped: placeFeatureId(place) };
  const [feature] = inShippedContext(
    [featureOfPlace(place, `chosen at the editor’s desk for “${phrase}”`)],
    [...index.values()].map((e) => e.feature),
  );
  return { feature };
}
