// The geoparser's gazetteer: every place it can find, with its names. Written by `npm run geo`
// (geo/gazetteer/) to public/geoparse/gazetteer.json, a file of its own that only the geoparser's
// command line and the review mode load.
import { z } from 'zod';

z.config({ jitless: true });

export const GAZETTEER_SOURCES = ['feature', 'geonames-xk', 'cities500', 'country', 'derived'] as const;

export const gazetteerPlaceSchema = z.object({
  /** `f:<feature id>`, `gn:<GeoNames id>`, `c:<ISO alpha-2>` or `d:<name>` (a derived point). */
  id: z.string().min(3),
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** What it is: country, region, municipality, town, village, river, lake, mountain, monastery, … */
  kind: z.string().min(1),
  featureId: z.string().nullable(),
  geonamesId: z.number().int().nullable(),
  /** ISO 3166 alpha-2 (XK: Kosovo), or null for a region across borders. */
  country: z.string().nullable(),
  population: z.number().nonnegative(),
  source: z.enum(GAZETTEER_SOURCES),
  /** Every form a text may use: official forms in both scripts, exonyms, forms without diacritics. */
  names: z.array(z.string().min(1)).min(1),
});
export type GazetteerPlace = z.infer<typeof gazetteerPlaceSchema>;

export const gazetteerSchema = z.object({
  /** What the gazetteer is built from, with licences, for the attributions. */
  sources: z.array(z.object({ name: z.string(), licence: z.string(), attribution: z.string() })),
  places: z.array(gazetteerPlaceSchema),
});
export type Gazetteer = z.infer<typeof gazetteerSchema>;
