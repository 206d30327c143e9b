// The schema of a region file (regions/<id>.json): what the code used to know about one part of the
// world (its frames, which name comes first where, the languages names are given in, what the base
// map lacks, the territory's colour, the geoparser's preferences). A story names its region
// (story.json `region`); a bad file is reported with the field, never a blank page.
import { z } from 'zod';
import { ID_PATTERN } from '../domain/ids.ts';
import { OTHER_SIDE } from './sides.ts';
export { OTHER_SIDE };

z.config({ jitless: true });

const SLUG = ID_PATTERN;
/** An ISO 3166-1 alpha-2 code (XK: Kosovo, user-assigned). */
const COUNTRY = /^[A-Z]{2}$/;
/** A BCP 47 tag of a name's language (and script): `sq`, `sr-Latn`, `ro`. */
const NAME_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?$/;

const nameTag = z.string().regex(NAME_TAG, 'expected a language tag such as "sq" or "sr-Latn"');
const countryCode = z.string().regex(COUNTRY, 'expected an ISO 3166-1 alpha-2 code such as "RS"');

/** [west, south, east, north] in degrees. */
const frame = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([w, s, e, n]) => w < e && s < n && w >= -180 && e <= 180 && s >= -85 && n <= 85, {
    message: 'expected [west, south, east, north] with west < east and south < north',
  });
export type Frame = z.infer<typeof frame>;

const inside = (inner: Frame, outer: Frame) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

export const countryNameRuleSchema = z.object({
  /** The forms shown where the reader keeps the local order, in this order (tags of `languages`). */
  forms: z.array(nameTag).min(1),
  /**
   * `majority`: the form in the majority language of the place (its `localLanguage`) comes first
   * when it is one of `forms`; `listed`: always the order of `forms`.
   */
  first: z.enum(['majority', 'listed']),
  /** Forms the details expect: one that no source gives is a row that says so. */
  required: z.array(nameTag),
});

/** One tile source of the base map: where its tiles are, the zooms it has, the area it covers. */
export const baseMapSourceSchema = z
  .object({
    id: z.string().regex(SLUG, 'source ids are lower-case words joined by hyphens'),
    /** A same-origin path with {z}, {x} and {y}: gzip-compressed vector tiles. */
    tiles: z
      .string()
      .regex(/^\/[^:]*\{z\}\/\{x\}\/\{y\}\.pbf$/, 'expected a same-origin path ending in {z}/{x}/{y}.pbf'),
    minzoom: z.number().int().min(0).max(24),
    maxzoom: z.number().int().min(0).max(24),
    /** The TileJSON bounds: every tile position they can ask for exists (the pipeline writes them). */
    bounds: frame,
  })
  .refine((s) => s.minzoom <= s.maxzoom, { message: 'minzoom must not exceed maxzoom', path: ['minzoom'] });

/** The region's base map (written by `npm run geo`, which checks these values against its own). */
export const baseMapSchema = z.object({
  /** Its name in the layer panel. */
  label: z.string().min(1),
  /** Each credit the attribution line shows. */
  attribution: z.array(z.string().min(1)).min(1),
  sources: z
    .array(baseMapSourceSchema)
    .min(1)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, {
      message: 'source ids must differ',
    }),
});
export type BaseMap = z.infer<typeof baseMapSchema>;

export const regionSchema = z
  .object({
    id: z.string().regex(SLUG, 'region ids are lower-case words joined by hyphens'),
    name: z.string().min(1),
    /** Where a new story of the region opens when its places give no narrower frame. */
    bounds: frame,
    /** How far the reader can go: a little inside the context frame, to hide its clipping edge. */
    maxBounds: frame,
    /** The frame the pipeline clips the context layers (the countries around) to. */
    contextFrame: frame,
    names: z.object({
      /** The languages every feature's name is given in besides English (null: no source has it). */
      languages: z
        .array(
          z.object({
            tag: nameTag.refine((t) => t !== 'en', 'English is always there'),
            label: z.string().min(1),
          }),
        )
        .min(1),
      /** Which forms show, in which order, per country or territory (elsewhere: the English name). */
      countries: z.record(countryCode, countryNameRuleSchema),
    }),
    /** What a reader would expect on a map of the ground that this one does not have, and why. */
    baseMapGaps: z.string().min(1),
    /**
     * The sides of the dispute the region's stories tell, as a story's claimants name them
     * (story.json `claimants.<id>.side`); a claimant of neither side is `other`. An event one side
     * tells needs the other side's words, or a note of what was searched (`npm run story -- check`).
     */
    sides: z
      .array(
        z.object({
          id: z
            .string()
            .regex(SLUG, 'side ids are lower-case words joined by hyphens')
            .refine(
              (id) => id !== OTHER_SIDE,
              `"${OTHER_SIDE}" is the side of every claimant of neither side`,
            ),
          /** How the reader sees the side over its claimants' words. */
          label: z.string().min(1),
        }),
      )
      .default([]),
    /** Vector tiles of the ground under the story's layers, served from the page's origin (none: no base map). */
    baseMap: baseMapSchema.optional(),
    /** The fill of the territory the region is about. */
    territoryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
    geoparser: z.object({
      /** How much a place in each country is preferred when a name is ambiguous. */
      countryWeights: z.record(countryCode, z.number().finite()),
      /** The weight of a place in any other country. */
      otherCountryWeight: z.number().finite(),
      /** The weight of a place in no country (a border, a river across several). */
      noCountryWeight: z.number().finite(),
    }),
  })
  .superRefine((region, ctx) => {
    if (!inside(region.maxBounds, region.contextFrame))
      ctx.addIssue({
        code: 'custom',
        path: ['maxBounds'],
        message: 'must lie inside contextFrame (the context layers end there)',
      });
    if (!inside(region.bounds, region.maxBounds))
      ctx.addIssue({ code: 'custom', path: ['bounds'], message: 'must lie inside maxBounds' });
    region.baseMap?.sources.forEach((source, i) => {
      if (!inside(source.bounds, region.maxBounds))
        ctx.addIssue({
          code: 'custom',
          path: ['baseMap', 'sources', i, 'bounds'],
          message: 'must lie inside maxBounds',
        });
    });
    const tags = new Set(region.names.languages.map((l) => l.tag));
    for (const [country, rule] of Object.entries(region.names.countries))
      for (const field of ['forms', 'required'] as const)
        rule[field].forEach((tag, i) => {
          if (!tags.has(tag))
            ctx.addIssue({
              code: 'custom',
              path: ['names', 'countries', country, field, i],
              message: `"${tag}" is not one of names.languages`,
            });
        });
  });
export type Region = z.infer<typeof regionSchema>;
