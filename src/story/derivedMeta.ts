// What story.json says that follows from its links — the map's accessible label, the first view and
// each passage's focus — derived by one set of rules wherever links are decided: when `story new` or
// the browser drafts a bundle (src/authoring/draftBundle.ts), and when the desk publishes one
// (src/desk/publish.ts), so that a rejected place leaves no label, frame or focus behind.
import * as turf from '@turf/turf';
import type { Region } from '../region/schema.ts';
import type { ArticleLink } from './schema.ts';

/** What the rules need of a linked feature. */
export interface FeatureFacts {
  kind: string;
  /** Its English name. */
  name: string;
  /** Its label point, [lon, lat]. */
  at: readonly [number, number];
}
export type FactsOf = (featureId: string) => FeatureFacts | undefined;

/** A shipped feature as the build lists it for the desk and the new-story page. */
export interface ShippedFeature extends FeatureFacts {
  layer: string;
}

/** Whole countries are not framed or followed: they stand for a state as an actor, not a place. */
const WHOLE = new Set(['country', 'territory']);

/** Places farther than this from the linked places' median are left out of the first view (Belgrade). */
export const FRAME_RADIUS_KM = 80;

export function mapLabelOf(links: readonly ArticleLink[], factsOf: FactsOf): string {
  const names = [...new Set(links.map((l) => factsOf(l.featureId)?.name).filter((n): n is string => !!n))];
  return `Map of the places the article names${names.length ? `: ${names.slice(0, 6).join(', ')}` : ''}.`;
}

/** What "follow the article" frames while a passage is read: its linked places, whole countries aside. */
export function focusOf(links: readonly ArticleLink[], passageId: string, factsOf: FactsOf): string[] {
  return [
    ...new Set(
      links
        .filter((l) => l.passageId === passageId)
        .map((l) => l.featureId)
        .filter((id) => {
          const kind = factsOf(id)?.kind;
          return kind !== undefined && !WHOLE.has(kind);
        }),
    ),
  ];
}

/**
 * The first view: around the linked places that are precise (not whole countries) and inside the
 * map's bounds, those within FRAME_RADIUS_KM of their median point — the situation, not the capitals
 * it is discussed in; the region's own opening view when there are none.
 */
export function frameOf(
  links: readonly ArticleLink[],
  factsOf: FactsOf,
  region: Pick<Region, 'maxBounds' | 'bounds'>,
): [number, number, number, number] {
  const [W, S, E, N] = region.maxBounds;
  const points = links
    .map((l) => factsOf(l.featureId))
    .filter((f): f is FeatureFacts => !!f && !WHOLE.has(f.kind))
    .map((f) => f.at)
    .filter(([lon, lat]) => lon >= W && lon <= E && lat >= S && lat <= N);
  if (!points.length) return region.bounds;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const centre = [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
  const precise = points.filter((p) => turf.distance(centre, [...p]) <= FRAME_RADIUS_KM);
  if (!precise.length) return region.bounds;
  const [w, s, e, n] = turf.bbox(turf.multiPoint(precise.map((p) => [...p])));
  const pad = 0.05;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [clamp(w - pad, W, E), clamp(s - pad, S, N), clamp(e + pad, W, E), clamp(n + pad, S, N)].map(
    (v) => Math.round(v * 1e4) / 1e4,
  ) as [number, number, number, number];
}
