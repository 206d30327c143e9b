// Reading and checking story bundles (stories/<slug>/) in Node: the build (vite's stories plugin),
// `npm run story -- check` and the tests use this, so a bundle the build accepts is one `check`
// accepts. Every problem names the file and the entry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Story } from '../../src/story/story.ts';
import type { ShippedFeature } from '../../src/story/derivedMeta.ts';
import type { SituationFeature } from '../../src/domain/schema.ts';
import { BUNDLE_FILES, type BundleFiles } from '../../src/story/bundleZip.ts';
import { parseBundle, type BundleContext } from '../../src/story/parseBundle.ts';
import { RegionError } from '../../src/region/parseRegion.ts';
import { readRegion, REGIONS_DIR } from '../region/readRegion.ts';
import { resolveStoryLayers } from '../../src/cartography/storyLayers.ts';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry.ts';

export const STORIES_DIR = resolve(import.meta.dirname, '../../stories');
export { BundleError } from '../../src/story/parseBundle.ts';
export const DATA_DIR = resolve(import.meta.dirname, '../../public/data');

export function storySlugs(storiesDir = STORIES_DIR): string[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(join(storiesDir, d.name, 'story.json')),
    )
    .map((d) => d.name)
    .sort();
}

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
 * What the desk and the new-story page need of every shipped feature without loading the layers: its
 * layer, kind, English name and label point (virtual:shipped-features, made by the build).
 */
export function shippedCatalogue(dataDir = DATA_DIR): Record<string, ShippedFeature> {
  const out: Record<string, ShippedFeature> = {};
  for (const layer of LAYER_REGISTRY) {
    if (layer.file === 'story') continue;
    const path = join(dataDir, layer.file);
    if (!existsSync(path)) continue;
    const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: SituationFeature[] };
    for (const { properties: p } of fc.features)
      out[p.id] = { layer: layer.id, kind: p.kind, name: p.name.en, at: p.labelPoint };
  }
  return out;
}

/** The files of stories/<slug>/ as text (a missing file is absent). */
export function bundleFilesIn(dir: string): BundleFiles {
  const files: BundleFiles = {};
  for (const name of BUNDLE_FILES) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
  }
  return files;
}

/** How Node finds a story's region: regions/ (and the fixtures' folder when a caller asks for it). */
export function regionFinder(regionsDirs: readonly string[] = [REGIONS_DIR]): BundleContext['region'] {
  return (id) => {
    try {
      return readRegion(id, regionsDirs);
    } catch (error) {
      if (!(error instanceof RegionError)) throw error;
      // A missing file is the story's mistake; a broken one, the region file's.
      if (error.problems[0]?.startsWith('no region'))
        return { problems: [`story.json: field region: ${error.problems[0]}`] };
      return { problems: error.problems.map((p) => `${error.file}: ${p}`) };
    }
  };
}

/** What a bundle is checked against in Node: the regions on disk and the shipped layers' feature ids. */
export function nodeBundleContext(
  options: { featureIds?: ReadonlyMap<string, string>; regionsDirs?: readonly string[] } = {},
): BundleContext {
  return {
    region: regionFinder(options.regionsDirs),
    featureIds: options.featureIds ?? shippedFeatureIds(),
    layerProblems: (layers) => resolveStoryLayers(layers).problems,
  };
}

/**
 * One bundle of stories/, read and validated (parseBundle: the schemas of each file, then what ties
 * them together). Throws a BundleError listing every problem.
 */
export function readBundle(
  slug: string,
  options: {
    storiesDir?: string;
    featureIds?: ReadonlyMap<string, string>;
    regionsDirs?: readonly string[];
  } = {},
): Story {
  const dir = join(options.storiesDir ?? STORIES_DIR, slug);
  return parseBundle(slug, bundleFilesIn(dir), nodeBundleContext(options));
}
