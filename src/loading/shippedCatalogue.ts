// Every shipped feature the build found (virtual:shipped-features): its layer, kind, English name and
// label point, for the desk and the new-story page, which check and derive links without waiting for
// the layers the map loads (ground context comes after the map's first idle).
import { SHIPPED_FEATURES } from 'virtual:shipped-features';
import type { FactsOf } from '../story/derivedMeta';

const CATALOGUE = new Map(Object.entries(SHIPPED_FEATURES));

/** Each shipped feature's layer, by id: what a bundle's links are checked against (parseBundle). */
export const SHIPPED_LAYER_OF: ReadonlyMap<string, string> = new Map(
  [...CATALOGUE].map(([id, f]) => [id, f.layer]),
);

export const shippedFactsOf: FactsOf = (id) => CATALOGUE.get(id);
