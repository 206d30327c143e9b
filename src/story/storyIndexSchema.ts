// The schema of stories/index.json, the list of every story a site publishes, and of one story file
// (stories/<slug>/<hash>.json). They run where these files are written or checked: the build, the
// newsroom server's Publish, `npm run story -- check --site`, and the browser only for a story file
// whose bytes are not those their name says (src/loading/storyFiles.ts). The reader's page reads a
// file its writer validated without zod.
import { z } from 'zod';
import { ID_PATTERN } from '../domain/ids.ts';
import { httpUrl } from '../domain/citation.ts';
import { layerFileSchemaFor, situationFeatureSchema } from '../domain/schema.ts';
import { regionSchema } from '../region/schema.ts';
import {
  eventsFileSchema,
  isoDate,
  linksFileSchema,
  notesFileSchema,
  PASSAGE_ROLES,
  storySchema,
} from './schema.ts';
import { STORY_FILE_PATH, STORY_INDEX_VERSION } from './storyPaths.ts';

const slug = z.string().regex(ID_PATTERN, 'slugs are lower-case words joined by hyphens');

/** A path the index may name: stories/<slug>/<16 hex digits>.<ext>, relative to the site root. */
const storyPath = (ext: 'json' | 'svg') =>
  z
    .string()
    .refine(
      (path) => STORY_FILE_PATH.exec(path)?.[3] === ext,
      `expected stories/<slug>/<16 hex digits>.${ext}`,
    );

export const storyIndexEntrySchema = z
  .object({
    slug,
    title: z.string().min(1),
    date: isoDate,
    /** The date as the story writes it (story.json's dateLabel): what the list shows. */
    dateLabel: z.string().min(1),
    source: z.object({ name: z.string().min(1), url: httpUrl.nullable() }),
    description: z.string().min(1),
    /** The article's first sentence after its title, shortened at a word (ledeOf). */
    firstSentence: z.string(),
    thumbnail: storyPath('svg'),
    /** The story's current file. */
    file: storyPath('json'),
    /** false: opens by its slug but is not on the list (the tests' fixture stories). */
    listed: z.boolean(),
  })
  .superRefine((entry, ctx) => {
    for (const field of ['file', 'thumbnail'] as const)
      if (STORY_FILE_PATH.exec(entry[field])?.[1] !== entry.slug)
        ctx.addIssue({ code: 'custom', path: [field], message: `not under stories/${entry.slug}/` });
  });

export const storyIndexSchema = z
  .object({
    version: z.literal(STORY_INDEX_VERSION),
    stories: z.array(storyIndexEntrySchema),
    /** Stories taken off the site (issue 41's Unpublish): a reader at their slug is told when. */
    withdrawn: z.array(z.object({ slug, at: z.iso.datetime({ offset: true }) })),
  })
  .superRefine((index, ctx) => {
    const seen = new Set<string>();
    index.stories.forEach((entry, i) => {
      if (seen.has(entry.slug))
        ctx.addIssue({ code: 'custom', path: ['stories', i, 'slug'], message: `"${entry.slug}" twice` });
      seen.add(entry.slug);
    });
  });

export type StoryIndex = z.infer<typeof storyIndexSchema>;
export type StoryIndexEntry = z.infer<typeof storyIndexEntrySchema>;

const passageSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  role: z.enum(PASSAGE_ROLES),
  text: z.string().min(1),
  focus: z.array(z.string().regex(ID_PATTERN)),
});

/**
 * A story file: parseBundle's output (src/story/story.ts's Story), the schemas' defaults filled in,
 * its region with it. The ties between the bundle's files (phrases verbatim, feature ids resolving)
 * were checked by parseBundle before the file was written; this is the shape.
 */
export const storyFileSchema = z
  .object({
    slug,
    meta: storySchema,
    region: regionSchema,
    text: z.string().min(1),
    passages: z.array(passageSchema).min(1),
    links: linksFileSchema,
    notes: notesFileSchema,
    events: eventsFileSchema,
    places: z.array(situationFeatureSchema).min(1).nullable(),
  })
  .superRefine((story, ctx) => {
    if (story.passages.length !== story.meta.passages.length)
      ctx.addIssue({
        code: 'custom',
        path: ['passages'],
        message: `${story.passages.length} passages, but meta lists ${story.meta.passages.length}`,
      });
    if (!story.places) return;
    // Every place has a name in each of its region's languages (a form or null), no id twice.
    const places = layerFileSchemaFor(story.region.names.languages.map((l) => l.tag)).safeParse({
      type: 'FeatureCollection',
      features: story.places,
    });
    if (!places.success)
      for (const issue of places.error.issues)
        ctx.addIssue({
          code: 'custom',
          path: ['places', ...issue.path.slice(1)],
          message: issue.message,
        });
  });
