// What the card says about each place a mention could mean: its name in the reader's order, kind,
// where it is (municipality or country), how far it lies from the story's other places, the
// gazetteer's id, and the geoparser's score. Pure.
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { NameOrder, NameRules } from '../domain/names';
import { displayName } from '../domain/names';
import type { ArticleLink, Candidate } from '../story/schema';
import { placeFeatureId } from '../features/placeId';

export interface CandidateView {
  /** The map's feature for it; null for a gazetteer point the map does not have (shown, not choosable). */
  featureId: string | null;
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
  /** The gazetteer's record, for a point the map does not have (the desk can add it to the story). */
  unmapped: Candidate | null;
}

/** Per index, the municipality found for each point (a card asks again on every key). */
const municipalities = new WeakMap<Map<string, FeatureIndexEntry>, Map<string, string | null>>();

/** The municipality (a shipped area of kind municipality) the point lies in, if the map has one. */
export function municipalityAt(
  point: readonly number[],
  index: Map<string, FeatureIndexEntry>,
): string | null {
  let known = municipalities.get(index);
  if (!known) municipalities.set(index, (known = new Map()));
  const key = `${point[0]},${point[1]}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  for (const { feature } of index.values()) {
    if (feature.properties.kind !== 'municipality') continue;
    const g = feature.geometry;
    if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && booleanPointInPolygon([...point], g)) {
      found = feature.properties.name.en;
      break;
    }
  }
  known.set(key, found);
  return found;
}

/** A country's English name from its ISO code (XK: Kosovo). */
const countryNames = new Map<string, string>();
export const countryName = (code: string | null) => {
  if (!code) return '';
  let name = countryNames.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(code, name);
  }
  return name;
};

/**
 * The places a mention could mean, best first: the geoparser's candidates (each found on the map as a
 * shipped feature, or as the story's own place made from the same gazetteer point), then the proposed
 * and current features if it weighed neither (a link the editor re-targeted or added).
 */
export function candidatesFor(
  link: ArticleLink,
  proposedFeatureId: string | null,
  others: readonly ArticleLink[],
  index: Map<string, FeatureIndexEntry>,
  nameOrder: NameOrder,
  rules: NameRules,
  kindLabel: (kind: string) => string,
): CandidateView[] {
  type Weighed = { featureId: string | null; candidate: Candidate | null };
  const weighed: Weighed[] = (link.proposal?.candidates ?? []).map((c) => {
    const own = c.geonamesId ? placeFeatureId(c) : null;
    return { featureId: c.featureId ?? (own && index.has(own) ? own : null), candidate: c };
  });
  for (const id of [proposedFeatureId, link.featureId])
    if (id && !weighed.some((w) => w.featureId === id)) weighed.push({ featureId: id, candidate: null });
  const seen = new Set<string>();
  const unique = weighed.filter((w) => {
    const key = w.featureId ?? `gn:${w.candidate?.geonamesId ?? w.candidate?.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const otherPoints = [...new Set(others.map((l) => l.featureId))]
    .filter((id) => !unique.some((w) => w.featureId === id))
    .map((id) => index.get(id)?.feature.properties)
    .filter((p) => p && p.kind !== 'country' && p.kind !== 'territory')
    .map((p) => p!.labelPoint);
  const describe = (at: readonly number[], kind: string, country: string | null) => {
    const distances = otherPoints.map((q) => distance([...at], q)).sort((a, b) => a - b);
    const municipality = kind === 'municipality' || kind === 'country' ? null : municipalityAt(at, index);
    const countryText = countryName(country);
    return {
      kind: kindLabel(kind),
      where: municipality ? `${municipality}, ${countryText}` : countryText,
      kmFromOthers: distances.length ? distances[Math.floor(distances.length / 2)] : null,
    };
  };
  return unique.flatMap(({ featureId, candidate: c }): CandidateView[] => {
    const p = featureId ? index.get(featureId)?.feature.properties : undefined;
    if (featureId && !p) return [];
    const sourceId = c?.geonamesId ? `GeoNames ${c.geonamesId}` : (featureId ?? c?.name ?? '');
    const decided = {
      sourceId,
      score: c?.score ?? null,
      proposed: featureId !== null && featureId === proposedFeatureId,
      current: featureId !== null && featureId === link.featureId,
    };
    if (p)
      return [
        {
          featureId,
          name: displayName(p, nameOrder, rules),
          ...describe(p.labelPoint, p.kind, p.country),
          ...decided,
          unmapped: null,
        },
      ];
    return [
      {
        featureId: null,
        name: c!.name,
        ...describe([c!.lon, c!.lat], c!.kind, c!.country),
        ...decided,
        unmapped: c!,
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
