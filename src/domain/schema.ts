// Schemas for every data boundary: the pipeline validates what it writes, the app validates what it
// loads. A file that fails here is reported by name and the rest of the map keeps working.
import { z } from 'zod';
import { citationSchema } from './citation.ts';
import { FACT_UNITS, FEATURE_KINDS, PRECISIONS } from './vocabulary.ts';
import { ID_PATTERN, ID_RULE } from './ids.ts';

// No eval: zod 4 otherwise probes `new Function` to compile parsers, which the app's
// Content-Security-Policy (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

type Position = [number, number];

/** Why a value is not a [longitude, latitude] pair, or null when it is one. */
function positionProblem(value: unknown): string | null {
  if (!Array.isArray(value) || value.length !== 2) return 'expected a [longitude, latitude] pair';
  const [lon, lat] = value as unknown[];
  const inRange = (n: unknown, limit: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= -limit && n <= limit;
  if (!inRange(lon, 180)) return `longitude ${JSON.stringify(lon)} is not a number in [-180, 180]`;
  if (!inRange(lat, 90)) return `latitude ${JSON.stringify(lat)} is not a number in [-90, 90]`;
  return null;
}

/**
 * Coordinates nested `levels.length` deep around [lon, lat] positions; each level a list of at least
 * `min` items. A plain loop rather than nested zod tuples: the layers hold ~40,000 positions, and
 * validating each through zod cost more than everything else the app does before the map starts. The
 * first problem is reported with its path, as zod would.
 */
function coordinatesSchema<T>(levels: { min: number; of: string }[]) {
  return z.custom<T>().superRefine((value, ctx) => {
    const path: number[] = [];
    const walk = (v: unknown, level: number): boolean => {
      if (level === levels.length) {
        const problem = positionProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [...path] });
        return problem === null;
      }
      const { min, of } = levels[level];
      if (!Array.isArray(v) || v.length < min) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a list of at least ${min} ${of}`,
          path: [...path],
        });
        return false;
      }
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        if (!walk(v[i], level + 1)) return false;
        path.pop();
      }
      return true;
    };
    walk(value, 0);
  });
}

const positions = (min: number) => ({ min, of: 'positions' });
export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: coordinatesSchema<Position>([]) }),
  z.object({ type: z.literal('LineString'), coordinates: coordinatesSchema<Position[]>([positions(2)]) }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: coordinatesSchema<Position[][]>([{ min: 1, of: 'lines' }, positions(2)]),
  }),
  z.object({
    type: z.literal('Polygon'),
    coordinates: coordinatesSchema<Position[][]>([{ min: 1, of: 'rings' }, positions(4)]),
  }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: coordinatesSchema<Position[][][]>([
      { min: 1, of: 'polygons' },
      { min: 1, of: 'rings' },
      positions(4),
    ]),
  }),
]);

export const dataSourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  url: z.string().url(),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

const BCP47 = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/;

/**
 * A place's names by language, keyed by BCP 47 tags: English always, and the languages of the story's
 * region (null: no source has that form; `namesGivenIn` checks they are all there), and any other
 * language a source gives (`tr`, `bs`, …).
 */
export const placeNameSchema = z
  .object({ en: z.string().min(1) })
  .catchall(z.string().min(1).nullable())
  .superRefine((names, ctx) => {
    for (const tag of Object.keys(names))
      if (!BCP47.test(tag))
        ctx.addIssue({ code: 'custom', path: [tag], message: `"${tag}" is not a BCP 47 language tag` });
  });
export type PlaceName = z.infer<typeof placeNameSchema>;

export { PRECISIONS, FEATURE_KINDS, FACT_UNITS } from './vocabulary.ts';

export const factSchema = z.object({
  label: z.string().min(1),
  value: z.number().finite(),
  unit: z.enum(FACT_UNITS),
});
export type Fact = z.infer<typeof factSchema>;

export const featurePropertiesSchema = z.object({
  id: z.string().regex(ID_PATTERN, ID_RULE),
  name: placeNameSchema,
  kind: z.enum(FEATURE_KINDS),
  precision: z.enum(PRECISIONS),
  /** How the geometry was obtained or computed, in a sentence a reader can check. */
  derivation: z.string().min(1),
  /** Caveats a reader should see (schematic boundary, approximate position…), and context. */
  note: z.string().nullable(),
  /** Quoted sources for what the note states beyond the data (history, geography, names in use). */
  noteSources: z.array(citationSchema).default([]),
  sources: z.array(dataSourceSchema).min(1),
  /** Computed from the shipped geometry by the pipeline (turf). */
  areaKm2: z.number().positive().nullable(),
  lengthKm: z.number().positive().nullable(),
  /**
   * Figures the pipeline measured for this map, each with the label the reader sees (e.g. the distance
   * to the Kosovo–Serbia border for points and incident areas; turf, from the shipped geometry).
   */
  facts: z.array(factSchema),
  /** Where the name is drawn and the popup points, [lon, lat]: inside areas, on lines (pipeline, turf). */
  labelPoint: coordinatesSchema<Position>([]),
  /** Label priority: 1 most important. */
  rank: z.number().int().min(1).max(5),
  /** ISO 3166 code of the country the feature's label point lies in (XK: Kosovo), or null. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /**
   * Which name comes first where the reader keeps the local order: in Kosovo the majority language of
   * the municipality (tr: Turkish, for which the map has no form, so Albanian comes first); in Serbia,
   * Serbian. null elsewhere (the English name).
   */
  localLanguage: z.enum(['sq', 'sr', 'tr']).nullable(),
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

/**
 * The layer file schema of a region: every feature's name carries each of the region's languages
 * (regions/<id>.json, names.languages), a form or null, so a missing language is a gap the data says.
 */
export function layerFileSchemaFor(languages: readonly string[]) {
  return layerFileSchema.superRefine((fc, ctx) => {
    fc.features.forEach((f, i) => {
      for (const tag of languages)
        if (!(tag in f.properties.name))
          ctx.addIssue({
            code: 'custom',
            path: ['features', i, 'properties', 'name', tag],
            message: `no "${tag}" name (the region's names are in ${languages.join(', ')}; null when no source has one)`,
          });
    });
  });
}

/** One line per problem, with the path inside the file: what the app shows when a layer is rejected. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
    .join('; ');
}
