// The words of the data: how precise a geometry is, what a feature is, what a fact measures. Plain
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
/** What a feature is; the words for each are given by the layer kind that holds it (src/cartography/kinds/). */
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export const FACT_UNITS = ['km', 'km²', 'm'] as const;
