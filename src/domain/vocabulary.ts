// The words of the data: how precise a geometry is, what a feature is, what a layer holds. Plain
// constants, apart from the zod schemas (schema.ts) so the interface can use them without loading zod.

export const PRECISIONS = ['surveyed', 'derived', 'approximate'] as const;
export const FEATURE_KINDS = [
  'border',
  'region',
  'municipality',
  'monastery',
  'incident-area',
  'territory',
  'country',
  'town',
  'village',
  'crossing',
  'river',
  'lake',
  'mountain',
  'station',
  'place',
  'zone',
  'bridge',
] as const;

/**
 * What a layer's features are, which decides how it is drawn (src/map/layerDrawings.ts, together with
 * the layer's role in a story). Feature kinds (FEATURE_KINDS) are finer: a settlement layer holds towns
 * and villages.
 */
export const LAYER_KINDS = [
  'boundary-line',
  'region',
  'municipality',
  'incident-area',
  'country',
  'territory',
  'river',
  'settlement',
  'crossing',
  'mentioned-place',
  'zone',
  'landmark',
  'station-point',
  'terrain',
] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

export const FACT_UNITS = ['km', 'km²', 'm'] as const;
