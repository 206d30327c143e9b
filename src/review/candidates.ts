// What the card says about each place a mention could mean: its name in the reader's order, kind,
// where it is (municipality or country), how far it lies from the story's other places, the
// gazetteer's id, and the geoparser's score. Pure.
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { NameOrder, NameRules } from '../domain/names';
import { displayName } from '../domain/names';
import type { ArticleLink } from '../story/schema';

export interface CandidateView {
  featureId: string;
  name: string;
  kind: string;
  where: string;
  /** Median distance to the story's other linked places, km (null: no other place). */
  kmFromOthers: number | null;
  /** The gazetteer's id (GeoNames) when the geoparser gave one, else the feature's id. */
  sourceId: string;
  score: number | null;
  proposed: boolean;
  current: boolean;
}

/** The municipality (a shipped area of kind municipality) the point lies in, if the map has one. */
export function municipalityAt(
  point: readonly number[],
  index: Map<string, FeatureIndexEntry>,
): string | null {
  for (const { feature } of index.values()) {
    if (feature.properties.kind !== 'municipality') continue;
    const g = feature.geometry;
    if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && booleanPointInPolygon([...point], g))
      return feature.properties.name.en;
  }
  return null;
}

const countryName = (code: string | null) => {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export function candidatesFor(
  link: ArticleLink,
  proposedFeatureId: string | null,
  others: readonly ArticleLink[],
  index: Map<string, FeatureIndexEntry>,
  nameOrder: NameOrder,
  rules: NameRules,
  kindLabel: (kind: string) => string,
): CandidateView[] {
  const scored = new Map<string, { score: number | null; geonamesId: number | null }>();
  for (const c of link.proposal?.candidates ?? [])
    if (c.featureId && !scored.has(c.featureId))
      scored.set(c.featureId, { score: c.score, geonamesId: c.geonamesId });
  const ids = [
    ...new Set([...(proposedFeatureId ? [proposedFeatureId] : []), link.featureId, ...scored.keys()]),
  ];
  const otherPoints = [...new Set(others.map((l) => l.featureId))]
    .filter((id) => !ids.includes(id))
    .map((id) => index.get(id)?.feature.properties)
    .filter((p) => p && p.kind !== 'country' && p.kind !== 'territory')
    .map((p) => p!.labelPoint);
  return ids.flatMap((featureId) => {
    const entry = index.get(featureId);
    if (!entry) return [];
    const p = entry.feature.properties;
    const distances = otherPoints.map((q) => distance(p.labelPoint, q)).sort((a, b) => a - b);
    const municipality =
      p.kind === 'municipality' || p.kind === 'country' ? null : municipalityAt(p.labelPoint, index);
    const country = countryName(p.country);
    const s = scored.get(featureId);
    return [
      {
        featureId,
        name: displayName(p, nameOrder, rules),
        kind: kindLabel(p.kind),
        where: municipality ? `${municipality}, ${country}` : country,
        kmFromOthers: distances.length ? distances[Math.floor(distances.length / 2)] : null,
        sourceId: s?.geonamesId ? `GeoNames ${s.geonamesId}` : featureId,
        score: s?.score ?? null,
        proposed: featureId === proposedFeatureId,
        current: featureId === link.featureId,
      },
    ];
  });
}

/** The sentence of the passage the phrase stands in (the whole passage if it has no full stops). */
export function sentenceOf(text: string, phrase: string): { before: string; phrase: string; after: string } {
  const at = text.indexOf(phrase);
  if (at < 0) return { before: '', phrase, after: '' };
  const start = Math.max(
    0,
    ...[...text.slice(0, at).matchAll(/[.!?]["”’»)]?\s+/g)].map((m) => m.index + m[0].length),
  );
  const rest = text.slice(at + phrase.length);
  const end = rest.search(/[.!?]["”’»)]?(\s|$)/);
  return {
    before: text.slice(start, at),
    phrase,
    after: end < 0 ? rest : rest.slice(0, end + 1),
  };
}
