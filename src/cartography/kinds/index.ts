// Every layer kind, listed once: a layer's kind (src/cartography/layerRegistry.ts) is one of these
// names, and what the rest of the viewer knows about kinds is derived from this list: their names,
// the words for each kind of feature, the drawing for each role.
import type { FeatureKind } from '../../domain/vocabulary.ts';
import type { LayerKindDefinition } from '../layerKind.ts';
import { boundaryLine } from './boundary-line.ts';
import { country } from './country.ts';
import { crossing } from './crossing.ts';
import { incidentArea } from './incident-area.ts';
import { landmark } from './landmark.ts';
import { mentionedPlace } from './mentioned-place.ts';
import { municipality } from './municipality.ts';
import { region } from './region.ts';
import { river } from './river.ts';
import { settlement } from './settlement.ts';
import { stationPoint } from './station-point.ts';
import { terrain } from './terrain.ts';
import { territory } from './territory.ts';
import { zone } from './zone.ts';

export const LAYER_KIND_LIST = [
  boundaryLine,
  region,
  municipality,
  incidentArea,
  country,
  territory,
  river,
  settlement,
  crossing,
  mentionedPlace,
  zone,
  landmark,
  stationPoint,
  terrain,
] as const;

type AnyKind = (typeof LAYER_KIND_LIST)[number];
export type LayerKind = AnyKind['kind'];
export const LAYER_KINDS: readonly LayerKind[] = LAYER_KIND_LIST.map((k) => k.kind);

/** The feature kinds a layer kind has words for; of a union of kinds, those of each. */
type FeatureKindsOf<T> = T extends LayerKindDefinition<string, infer F> ? F : never;
type LabelledFeatureKind = FeatureKindsOf<AnyKind>;

/**
 * The words the details show for a feature's kind. Typed for every feature kind (FEATURE_KINDS): a
 * feature kind that no kind file labels is a type error here, naming it.
 */
export const KIND_LABELS: Record<FeatureKind, string> = Object.fromEntries(
  LAYER_KIND_LIST.flatMap((k) => Object.entries(k.featureLabels)),
) as Record<LabelledFeatureKind, string>;
