// One bundle's files, read and validated, wherever they come from: the build and `npm run story --
// check` read them from stories/<slug>/ (scripts/story/bundle.ts), `npm run story -- import` from a
// zip, the browser's new-story page from what it has just written. Pure: the caller gives the files'
// text, how to find a region and which feature ids the shipped layers have. Every problem names the
// file and the entry; a bundle with any problem is a BundleError listing all of them.
import type { z } from 'zod';
import {
  describeBundleError,
  eventsFileSchema,
  linksFileSchema,
  notesFileSchema,
  storySchema,
} from './schema.ts';
import { splitArticle, type Story } from './story.ts';
import { bundleProblems, linkProblems } from './linkChecks.ts';
import type { BundleFileName, BundleFiles } from './bundleFiles.ts';
import { describeSchemaError, layerFileSchemaFor } from '../domain/schema.ts';
import type { Region } from '../region/schema.ts';
import { STORY_PLACES_LAYER } from '../domain/ids.ts';
import { OTHER_SIDE } from '../region/sides.ts';

export class BundleError extends Error {
  constructor(
    readonly slug: string,
    readonly problems: string[],
  ) {
    super(`story "${slug}":\n  ${problems.join('\n  ')}`);
  }
}

export interface BundleContext {
  /** The region a story names, or the problems of finding it (each a line naming the file and field). */
  region: (id: string) => Region | { problems: string[] };
  /** Every feature id of the shipped layers, with its layer's id. */
  featureIds: ReadonlyMap<string, string>;
  /** The story's layers that do not resolve (resolveStoryLayers' problems). */
  layerProblems: (layers: Story['meta']['layers']) => string[];
}

function readJson<T>(
  files: BundleFiles,
  file: BundleFileName,
  schema: z.ZodType<T>,
  problems: string[],
  entryName?: (value: unknown, i: number) => string,
): T | null {
  const text = files[file];
  if (text === undefined) {
    problems.push(`${file}: missing`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON (${(error as Error).message})`);
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const entries = Array.isArray(json) && entryName ? (i: number) => entryName(json[i], i) : undefined;
    problems.push(...describeBundleError(file, parsed.error, entries).split('\n'));
    return null;
  }
  return parsed.data;
}

const describeEntry = (value: unknown) => {
  const v = value as Record<string, unknown> | null;
  return typeof v === 'object' && v ? String(v.id ?? v.featureId ?? v.phrase ?? '').slice(0, 60) : '';
};

/**
 * The schemas of each file, then what ties them together (passages and claimants named by the links
 * and the events' sources exist, each claimant's side is one of the region's, each phrase is verbatim in its passage, each feature id resolves, the layers exist, no place
 * or focus is left that no link uses). Throws a BundleError listing every problem.
 */
export function parseBundle(slug: string, files: BundleFiles, context: BundleContext): Story {
  const problems: string[] = [];
  const meta = readJson(files, 'story.json', storySchema, problems);
  let region: Region | null = null;
  if (meta) {
    const found = context.region(meta.region);
    if ('problems' in found) problems.push(...found.problems);
    else region = found;
  }
  const links = readJson(files, 'links.json', linksFileSchema, problems, describeEntry);
  const notes = readJson(files, 'notes.json', notesFileSchema, problems, describeEntry);
  const events = readJson(files, 'events.json', eventsFileSchema, problems, describeEntry);
  const text = files['article.txt'] ?? null;
  if (text === null) problems.push('article.txt: missing');
  let places: Story['places'] = null;
  const placesText = files['places.geojson'];
  if (region && placesText !== undefined) {
    const schema = layerFileSchemaFor(region.names.languages.map((l) => l.tag));
    try {
      const parsed = schema.safeParse(JSON.parse(placesText));
      if (parsed.success) places = parsed.data.features;
      else problems.push(`places.geojson: ${describeSchemaError(parsed.error)}`);
    } catch (error) {
      problems.push(`places.geojson: not valid JSON (${(error as Error).message})`);
    }
  }
  let passages: Story['passages'] = [];
  if (meta && text !== null) {
    try {
      passages = splitArticle(text, meta.passages);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (meta) problems.push(...context.layerProblems(meta.layers));
  if (meta && places && !meta.layers.some((l) => l.id === STORY_PLACES_LAYER))
    problems.push(
      'story.json: field layers: places.geojson exists but the layer "storyPlaces" is not listed',
    );
  if (problems.length) throw new BundleError(slug, problems);

  const featureIds = new Map(context.featureIds);
  for (const f of places ?? []) featureIds.set(f.properties.id, STORY_PLACES_LAYER);
  const exists = (id: string) => featureIds.has(id);
  const passageText = new Map(passages.map((p) => [p.id, p.text]));
  problems.push(...linkProblems(links!, passages, exists, meta!.claimants));
  links!.forEach((link, i) => {
    const layer = featureIds.get(link.featureId);
    if (layer && !meta!.layers.some((l) => l.id === layer))
      problems.push(
        `links.json: entry ${i + 1} (${link.featureId}), field featureId: its layer "${layer}" is not in story.json's layers`,
      );
  });
  meta!.passages.forEach((p, i) => {
    for (const id of p.focus)
      if (!exists(id))
        problems.push(`story.json: passages entry ${i + 1} (${p.id}), field focus: no feature "${id}"`);
  });
  notes!.forEach((note, i) => {
    const where = `notes.json: entry ${i + 1}`;
    const passage = passageText.get(note.passageId);
    if (passage === undefined) problems.push(`${where}, field passageId: no passage "${note.passageId}"`);
    else if (note.phrase !== null && !passage.includes(note.phrase))
      problems.push(`${where}, field phrase: not found verbatim in passage "${note.passageId}"`);
  });
  events!.forEach((event, i) => {
    const where = `events.json: entry ${i + 1} (${event.id})`;
    for (const place of event.places)
      if (!exists(place)) problems.push(`${where}, field places: no feature "${place}"`);
    for (const passage of event.passages)
      if (!passageText.has(passage)) problems.push(`${where}, field passages: no passage "${passage}"`);
    for (const who of event.reportedBy)
      if (!(who in meta!.claimants)) problems.push(`${where}, field reportedBy: "${who}" is not a claimant`);
    event.sources.forEach((source, j) => {
      if (!(source.claimant in meta!.claimants))
        problems.push(`${where}, field sources.${j}.claimant: "${source.claimant}" is not a claimant`);
      else if (!event.reportedBy.includes(source.claimant))
        problems.push(
          `${where}, field sources.${j}.claimant: "${source.claimant}" speaks in a source but is not in reportedBy`,
        );
    });
  });
  const sides = new Set([OTHER_SIDE, ...region!.sides.map((s) => s.id)]);
  for (const [id, claimant] of Object.entries(meta!.claimants))
    if (!sides.has(claimant.side))
      problems.push(
        `story.json: claimants entry "${id}", field side: "${claimant.side}" is not a side of region "${region!.id}" (${[...sides].join(', ')})`,
      );
  if (new Set(events!.map((e) => e.id)).size !== events!.length)
    problems.push('events.json: duplicate event ids');
  problems.push(
    ...bundleProblems(
      links!,
      meta!.passages,
      places,
      events!.flatMap((e) => e.places),
    ),
  );
  if (problems.length) throw new BundleError(slug, problems);
  return {
    slug,
    meta: meta!,
    region: region!,
    text: text!,
    passages,
    links: links!,
    notes: notes!,
    events: events!,
    places,
  };
}

/**
 * What a reader would miss though the bundle is valid: a situation layer no link uses. `check`,
 * `import` and the browser's download say it alike.
 */
export function situationLayerProblems(story: Story, featureIds: ReadonlyMap<string, string>): string[] {
  const layerOf = new Map(featureIds);
  for (const f of story.places ?? []) layerOf.set(f.properties.id, STORY_PLACES_LAYER);
  const problems: string[] = [];
  story.meta.layers.forEach((layer, i) => {
    if (layer.role !== 'situation') return;
    if (!story.links.some((l) => layerOf.get(l.featureId) === layer.id))
      problems.push(
        `story.json: layers entry ${i + 1} (${layer.id}): a situation layer with no linked passage (link one, or make it context)`,
      );
  });
  return problems;
}
