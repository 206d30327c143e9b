// The schemas of a story bundle (stories/<slug>/): one per file. They run where the files are read —
// the build (vite's stories plugin), `npm run story -- check`, the review mode's download — and say
// which file, which entry and which field is wrong.
import { z } from 'zod';
import { citationSchema, citationShape, httpUrl, refineCitation } from '../domain/citation.ts';
import { OTHER_SIDE } from '../region/sides.ts';
import { ISO_DATE, isCalendarDate } from '../domain/calendarDate.ts';
import { ID_PATTERN } from '../domain/ids.ts';

z.config({ jitless: true });

const SLUG = ID_PATTERN;

/** A calendar date that exists (2023-02-30 does not). */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

export const LAYER_ROLES = ['situation', 'context'] as const;
export type LayerRole = (typeof LAYER_ROLES)[number];

export const storyLayerSchema = z.object({
  /** A layer of the registry (src/cartography/layerRegistry.ts) or `storyPlaces` (the bundle's places.geojson). */
  id: z.string().min(1),
  role: z.enum(LAYER_ROLES),
  title: z.string().min(1),
  /** The legend's wording, one per entry of the layer's drawing (default: the drawing's own wording). */
  legend: z.array(z.string().min(1)).optional(),
  visibleByDefault: z.boolean().default(true),
});
export type StoryLayer = z.infer<typeof storyLayerSchema>;

export const PASSAGE_ROLES = ['title', 'subtitle', 'paragraph'] as const;

/**
 * Who makes a claim: how the reader sees them, and their side in the region's dispute (one of the
 * region's `sides`, or `other`). A name alone, as bundles had it before sides, reads as `other`.
 */
export const claimantSchema = z.union([
  z.object({
    name: z.string().min(1),
    side: z.string().regex(SLUG, 'a side is one of the region\'s sides or "other"'),
  }),
  z
    .string()
    .min(1)
    .transform((name) => ({ name, side: OTHER_SIDE })),
]);
export type Claimant = z.infer<typeof claimantSchema>;

export const storySchema = z.object({
  title: z.string().min(1),
  /** One line under the viewer's name: what the story is about. */
  subtitle: z.string().min(1),
  /** The page's meta description. */
  description: z.string().min(1),
  /** What the map shows, in a sentence: the map canvas's label for screen readers. */
  mapLabel: z.string().min(1),
  /** The region the story is in: regions/<region>.json (its frames, name order, base-map gaps). */
  region: z.string().regex(SLUG, 'region ids are lower-case words joined by hyphens'),
  date: isoDate,
  /** The date as the reader sees it, e.g. "Friday 29 September 2023". */
  dateLabel: z.string().min(1),
  /** BCP 47 tag of the text as shown. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag'),
  source: z.object({
    name: z.string().min(1),
    description: z.string().min(1).nullable(),
    url: httpUrl.nullable(),
  }),
  translation: z.object({ from: z.string().min(2), by: z.string().min(1) }).nullable(),
  rights: z.string().min(1),
  /** How the text was obtained and what state it is in, in a sentence for the reader. */
  provenance: z.string().min(1),
  /** [west, south, east, north] of the first view. */
  defaultFrame: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .refine(([w, s, e, n]) => w < e && s < n && w >= -180 && e <= 180 && s >= -85 && n <= 85, {
      message: 'expected [west, south, east, north] with west < east and south < north',
    }),
  /**
   * One per block of article.txt (blocks are separated by blank lines), in order. `focus`: the most
   * specific places the passage is about, which "follow the article" frames as it is read (empty:
   * the map stays where it is).
   */
  passages: z
    .array(
      z.object({
        id: z.string().regex(SLUG),
        role: z.enum(PASSAGE_ROLES),
        focus: z.array(z.string().regex(SLUG)).default([]),
      }),
    )
    .min(1),
  layers: z.array(storyLayerSchema).min(1),
  /** Who makes the claims the links and the events' sources carry: id → name and side. */
  claimants: z.record(z.string().regex(SLUG), claimantSchema),
  /** The data credits in one line (the full list is in the attributions). */
  credits: z.string().min(1),
  /**
   * What an editor decided at the review desk: how many links they reviewed and when (the reader's
   * provenance line says so), and the names marked "not a place here" (`story check` stops listing
   * them). Absent: no editor has reviewed the story in the desk.
   */
  review: z
    .object({
      reviewedLinks: z.number().int().min(0),
      reviewedAt: z.iso.datetime(),
      notPlaces: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});
export type StoryMeta = z.infer<typeof storySchema>;

export const LINK_STATUSES = ['reviewed', 'proposed'] as const;

/** A place the geoparser weighed for a mention, best first (review data: never shown to readers). */
export const candidateSchema = z.object({
  name: z.string().min(1),
  lat: z.number(),
  lon: z.number(),
  kind: z.string().min(1),
  /** A shipped or bundled feature's id, or null for a gazetteer point not on the map yet. */
  featureId: z.string().regex(SLUG).nullable(),
  geonamesId: z.number().int().nullable(),
  country: z.string().nullable(),
  score: z.number(),
});
export type Candidate = z.infer<typeof candidateSchema>;

/**
 * What the geoparser said about a link it proposed, for the editor's desk: its confidence, why it
 * doubts (a sentence, or null) and the candidates it weighed. Review data: the reader's view never
 * shows it, and a published link may drop it.
 */
export const proposalSchema = z.object({
  confidence: z.number().min(0).max(1),
  doubt: z.string().min(1).nullable(),
  candidates: z.array(candidateSchema).default([]),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const linkSchema = z.object({
  featureId: z.string().regex(SLUG, 'feature ids are lower-case words joined by hyphens'),
  passageId: z.string().min(1),
  /** The passage's exact words. */
  phrase: z.string().min(1),
  claimant: z.string().min(1),
  /** The viewer's note when the article names no exact place, or implies what it does not say. */
  note: z.string().min(1).nullable(),
  status: z.enum(LINK_STATUSES),
  /**
   * false: clicking the phrase does not frame this feature, because the phrase also links a more
   * precise place (e.g. "near the border" when the place is Banjska, 12 km from the line).
   */
  framed: z.literal(false).optional(),
  /** The geoparser's proposal (review data, see proposalSchema). */
  proposal: proposalSchema.optional(),
});
export type ArticleLink = z.infer<typeof linkSchema>;
export const linksFileSchema = z.array(linkSchema);

export const NOTE_KINDS = ['text', 'fact'] as const;

/** A claim beyond the article needs a quoted source: the rule of notes and events, said once. */
function needsSources(sources: readonly unknown[], ctx: z.RefinementCtx, message: string): void {
  if (!sources.length) ctx.addIssue({ code: 'custom', path: ['sources'], message });
}

export const noteSchema = z
  .object({
    passageId: z.string().min(1),
    /** The words the note is about (verbatim in the passage), or null for the whole passage. */
    phrase: z.string().min(1).nullable(),
    text: z.string().min(1),
    /**
     * `text`: about the supplied text itself (a garble, a cut-off title), needing no source; `fact`:
     * states something the article does not, and needs a quoted source.
     */
    kind: z.enum(NOTE_KINDS),
    sources: z.array(citationSchema).default([]),
  })
  .superRefine((note, ctx) => {
    if (note.kind === 'fact')
      needsSources(note.sources, ctx, 'a note that states a fact the article does not needs a quoted source');
  });
export type EditorialNote = z.infer<typeof noteSchema>;
export const notesFileSchema = z.array(noteSchema);

export const DATE_PRECISIONS = ['day', 'month', 'season', 'year'] as const;

/** An event's source: a citation that names its claimant (a claimant id of story.json). */
export const eventSourceSchema = z
  .object({
    ...citationShape,
    claimant: z
      .string({ error: 'missing: who says it (a claimant id of story.json)' })
      .regex(SLUG, 'claimant ids are lower-case words joined by hyphens'),
  })
  .superRefine(refineCitation);
export type EventSource = z.infer<typeof eventSourceSchema>;

export const eventSchema = z
  .object({
    id: z.string().regex(SLUG, 'event ids are lower-case words joined by hyphens'),
    /** YYYY-MM-DD (day), YYYY-MM (month or season: the season's first month), YYYY (year). */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
    /** Where a period ends (the 1998–99 war), same formats. */
    endDate: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    precision: z.enum(DATE_PRECISIONS),
    title: z.string().min(1),
    places: z.array(z.string().regex(SLUG)),
    passages: z.array(z.string().min(1)),
    /** Who reports or claims it (claimant ids of story.json). */
    reportedBy: z.array(z.string().min(1)),
    /** A viewer's note for what the article does not say, with its sources. */
    note: z.string().min(1).nullable(),
    /** Quoted sources for what the event's title and note say beyond the article, each with who says it. */
    sources: z.array(eventSourceSchema),
    /**
     * Where one side's answer could not be found: what was searched, in a sentence for the reader
     * (an event one side tells needs the other side's words of the same or the next day, or this).
     */
    noAnswer: z.string().min(1).optional(),
    /** Background before the story (shown compressed at the start of the timeline). */
    background: z.boolean().optional(),
  })
  .superRefine((event, ctx) => {
    const parts = event.date.split('-').length;
    const expected = { day: 3, month: 2, season: 2, year: 1 }[event.precision];
    if (parts !== expected)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `precision "${event.precision}" needs a date with ${expected} part(s), got "${event.date}"`,
      });
    if (parts === 3 && !isoDate.safeParse(event.date).success)
      ctx.addIssue({ code: 'custom', path: ['date'], message: `"${event.date}" is not a calendar date` });
    if (!event.passages.length) needsSources(event.sources, ctx, 'an event needs a passage or a source');
    if (event.note)
      needsSources(
        event.sources,
        ctx,
        "a viewer's note states facts beyond the article: it needs a quoted source",
      );
  });
export type StoryEvent = z.infer<typeof eventSchema>;
export const eventsFileSchema = z.array(eventSchema);

/** One line per problem: the file, the entry and the field. */
export function describeBundleError(
  file: string,
  error: z.ZodError,
  entries?: (i: number) => string,
): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const [first, ...rest] = issue.path;
      const entry =
        typeof first === 'number'
          ? `entry ${first + 1}${entries ? ` (${entries(first)})` : ''}`
          : first !== undefined
            ? String(first)
            : '(file)';
      const field = typeof first === 'number' ? rest.join('.') : rest.join('.');
      return `${file}: ${entry}${field ? `, field ${field}` : ''}: ${issue.message}`;
    })
    .join('\n');
}
