// Reading and checking story bundles (stories/<slug>/) in Node: the build (vite's stories plugin),
// `npm run story -- check` and the tests use this, so a bundle the build accepts is one `check`
// accepts. Every problem names the file and the entry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import {
  describeBundleError,
  eventsFileSchema,
  linksFileSchema,
  notesFileSchema,
  storySchema,
} from '../../src/story/schema';
import { splitArticle, type Story } from '../../src/story/story';
import { bundleProblems, linkProblems } from '../../src/story/linkChecks';
import { describeSchemaError, layerFileSchemaFor } from '../../src/domain/schema';
import { RegionError } from '../../src/region/parseRegion';
import type { Region } from '../../src/region/schema';
import { readRegion, REGIONS_DIR } from '../region/readRegion';
import { resolveStoryLayers } from '../../src/cartography/storyLayers';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';

export const STORIES_DIR = resolve(import.meta.dirname, '../../stories');
export const DATA_DIR = resolve(import.meta.dirname, '../../public/data');

export function storySlugs(storiesDir = STORIES_DIR): string[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(storiesDir, d.name, 'story.json')))
    .map((d) => d.name)
    .sort();
}

export class BundleError extends Error {
  constructor(
    readonly slug: string,
    readonly problems: string[],
  ) {
    super(`story "${slug}":\n  ${problems.join('\n  ')}`);
  }
}

function readJson<T>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  problems: string[],
  entryName?: (value: unknown, i: number) => string,
): T | null {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push(`${file}: missing`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
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

/** Every feature id of the shipped layers (public/data/), by layer. */
export function shippedFeatureIds(dataDir = DATA_DIR): Map<string, string> {
  const ids = new Map<string, string>();
  for (const layer of LAYER_REGISTRY) {
    if (layer.file === 'story') continue;
    const path = join(dataDir, layer.file);
    if (!existsSync(path)) continue;
    const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { id: string } }[] };
    for (const f of fc.features) ids.set(f.properties.id, layer.id);
  }
  return ids;
}

/**
 * One bundle, read and validated: the schemas of each file, then what ties them together (passages
 * and claimants named by the links exist, each phrase is verbatim in its passage, each feature id
 * resolves, the layers exist). Throws a BundleError listing every problem.
 */
export function readBundle(
  slug: string,
  options: { storiesDir?: string; featureIds?: Map<string, string>; regionsDirs?: readonly string[] } = {},
): Story {
  const dir = join(options.storiesDir ?? STORIES_DIR, slug);
  const problems: string[] = [];
  const meta = readJson(dir, 'story.json', storySchema, problems);
  let region: Region | null = null;
  if (meta) {
    try {
      region = readRegion(meta.region, options.regionsDirs ?? [REGIONS_DIR]);
    } catch (error) {
      if (!(error instanceof RegionError)) throw error;
      // A missing file is the story's mistake; a broken one, the region file's.
      if (error.problems[0]?.startsWith('no region'))
        problems.push(`story.json: field region: ${error.problems[0]}`);
      else problems.push(...error.problems.map((p) => `${error.file}: ${p}`));
    }
  }
  const links = readJson(dir, 'links.json', linksFileSchema, problems, describeEntry);
  const notes = readJson(dir, 'notes.json', notesFileSchema, problems, describeEntry);
  const events = readJson(dir, 'events.json', eventsFileSchema, problems, describeEntry);
  const articlePath = join(dir, 'article.txt');
  const text = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : null;
  if (text === null) problems.push('article.txt: missing');
  let places: Story['places'] = null;
  if (region && existsSync(join(dir, 'places.geojson'))) {
    const schema = layerFileSchemaFor(region.names.languages.map((l) => l.tag));
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')));
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
  if (meta) problems.push(...resolveStoryLayers(meta.layers).problems);
  if (meta && places && !meta.layers.some((l) => l.id === 'storyPlaces'))
    problems.push(
      'story.json: field layers: places.geojson exists but the layer "storyPlaces" is not listed',
    );
  if (problems.length) throw new BundleError(slug, problems);

  const featureIds = new Map(options.featureIds ?? shippedFeatureIds());
  for (const f of places ?? []) featureIds.set(f.properties.id, 'storyPlaces');
  const passageText = new Map(passages.map((p) => [p.id, p.text]));
  problems.push(...linkProblems(links!, passages, (id) => featureIds.has(id), meta!.claimants));
  links!.forEach((link, i) => {
    const layer = featureIds.get(link.featureId);
    if (layer && !meta!.layers.some((l) => l.id === layer))
      problems.push(
        `links.json: entry ${i + 1} (${link.featureId}), field featureId: its layer "${layer}" is not in story.json's layers`,
      );
  });
  meta!.passages.forEach((p, i) => {
    for (const id of p.focus)
      if (!featureIds.has(id))
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
      if (!featureIds.has(place)) problems.push(`${where}, field places: no feature "${place}"`);
    for (const passage of event.passages)
      if (!passageText.has(passage)) problems.push(`${where}, field passages: no passage "${passage}"`);
    for (const who of event.reportedBy)
      if (!(who in meta!.claimants)) problems.push(`${where}, field reportedBy: "${who}" is not a claimant`);
  });
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
