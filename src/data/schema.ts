// Schemas for every data boundary: the pipeline validates what it writes, the app validates what it
// loads. A file that fails here is reported by name and the rest of the map keeps working.
import { z } from 'zod';

// No eval: zod 4 otherwise probes `new Function` to compile parsers, which the app's
// Content-Security-Policy (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const position = z.tuple([lon, lat]);
const ring = z.array(position).min(4);

export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const dataSourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  url: z.string().url(),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

/** Names in English, Albanian and Serbian (Latin; Cyrillic where a source gives it). null: no source has it. */
export const placeNameSchema = z.object({
  en: z.string().min(1),
  sq: z.string().min(1).nullable(),
  sr: z.string().min(1).nullable(),
  srCyrl: z.string().min(1).nullable(),
});
export type PlaceName = z.infer<typeof placeNameSchema>;

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
] as const;

export const featurePropertiesSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens'),
  name: placeNameSchema,
  kind: z.enum(FEATURE_KINDS),
  precision: z.enum(PRECISIONS),
  /** How the geometry was obtained or computed, in a sentence a reader can check. */
  derivation: z.string().min(1),
  /** Caveats a reader should see (schematic boundary, approximate position…). */
  note: z.string().nullable(),
  sources: z.array(dataSourceSchema).min(1),
  /** Computed from the shipped geometry by the pipeline (turf). */
  areaKm2: z.number().positive().nullable(),
  lengthKm: z.number().positive().nullable(),
  /** Label priority: 1 most important. */
  rank: z.number().int().min(1).max(5),
});
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;

export const situationFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().optional(),
  properties: featurePropertiesSchema,
  geometry: geometrySchema,
});
export type SituationFeature = z.infer<typeof situationFeatureSchema>;

export const layerFileSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(situationFeatureSchema).min(1),
  })
  .superRefine((fc, ctx) => {
    const seen = new Set<string>();
    for (const f of fc.features) {
      if (seen.has(f.properties.id))
        ctx.addIssue({ code: 'custom', message: `duplicate id ${f.properties.id}` });
      seen.add(f.properties.id);
    }
  });
export type LayerFile = z.infer<typeof layerFileSchema>;

/** One line per problem, with the path inside the file: what the app shows when a layer is rejected. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
    .join('; ');
}
