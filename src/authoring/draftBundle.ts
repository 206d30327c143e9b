// A story bundle from an article, before any review: the text cut into passages, a link proposed for
// every place mention the geoparser finds (status "proposed", its confidence and doubts kept as review
// data), the places no shipped layer has written as the bundle's own (with their gazetteer source),
// the first view framed around the linked places, and story.json. Pure: `npm run story -- new`
// (scripts/story/newStory.ts writes the files) and the browser's new-story page (in a worker) use it.
import { OTHER_SIDE } from '../region/schema';
import type { SituationFeature } from '../domain/schema';
import type { Region } from '../region/schema';
import type { ArticleLink, StoryMeta } from '../story/schema';
import { articleBlocks } from '../story/story';
import { jsonFile, type BundleFiles } from '../story/bundleFiles';
import { geoparse, type Mention } from '../geoparse/geoparse';
import type { PlaceIndex } from '../geoparse/placeIndex';
import { LAYER_REGISTRY } from '../cartography/layerRegistry';
import { serializeLayer } from '../features/featureFile';
import { inShippedContext } from '../features/storyPlaceContext';
import type { StoryInput } from './storyInput';
import { placeFeature } from './placeFeature';
import { focusOf, frameOf, mapLabelOf, type FactsOf } from '../story/derivedMeta';
import { proposalOf } from './proposal';
import { editorialMeta, isTitleLine } from './editorialMeta';
import { STORY_PLACES_LAYER } from '../domain/ids';

export interface DraftContext {
  index: PlaceIndex;
  /** Every feature of the shipped layers. */
  features: readonly SituationFeature[];
  /** The shipped layer of each of those features, by id. */
  layerOf: ReadonlyMap<string, string>;
  region: Region;
  /** YYYY-MM-DD: the story's date when the editor gives none, and the provenance's date. */
  today: string;
  /** How the story was made, for its provenance line ("npm run story -- new", "the browser's new-story page"). */
  madeWith: string;
  /** Told how far the geoparser has gone (0–1). */
  onProgress?: (fraction: number) => void;
  /** Told when the geoparser is done and the links, places and story.json are being drafted. */
  onParsed?: () => void;
}

export interface DraftedBundle {
  files: BundleFiles;
  mentions: Mention[];
  links: ArticleLink[];
  newPlaces: SituationFeature[];
}

/** The base map's data credits (the shipped layers' sources), as the first story gives them. */
const BASE_CREDITS =
  '© OpenStreetMap contributors · geoBoundaries · GeoNames · Natural Earth · Copernicus EU-Hydro · Wikipedia · simplemaps';

/** The input must have passed storyInputProblems: a slug, a text with words, a real date, an http(s) URL. */
export function draftBundle(input: StoryInput, context: DraftContext): DraftedBundle {
  const { text } = input;
  const blocks = articleBlocks(text);
  // Passages: one per block; a short first block without a full stop is the title.
  const titled = isTitleLine(blocks[0]);
  const passages = blocks.map((block, i) => ({
    id: `p${i + 1}`,
    role: (i === 0 && titled ? 'title' : 'paragraph') as 'title' | 'paragraph',
    block,
  }));
  // Where each block starts in the text as read (the geoparser's offsets are the text's).
  let cursor = 0;
  const starts = blocks.map((block) => {
    const at = text.indexOf(block, cursor);
    cursor = at + block.length;
    return at;
  });

  const { mentions } = geoparse(text, context.index, {
    region: context.region.geoparser,
    onProgress: context.onProgress,
  });
  context.onParsed?.();
  const shipped = new Map(context.features.map((f) => [f.properties.id, f]));
  const newPlaces = new Map<string, SituationFeature>();
  const links: ArticleLink[] = [];
  let block = 0;
  for (const m of mentions) {
    // Mentions come in the text's order: the block pointer only moves forward.
    while (block < blocks.length && m.start >= starts[block] + blocks[block].length) block++;
    if (block >= blocks.length || m.start < starts[block] || m.end > starts[block] + blocks[block].length)
      continue;
    const passageId = passages[block].id;
    const featureId = m.place.featureId ?? placeFeature(m, context.index, newPlaces).properties.id;
    if (!shipped.has(featureId) && !newPlaces.has(featureId)) continue;
    if (links.some((l) => l.featureId === featureId && l.passageId === passageId && l.phrase === m.text))
      continue;
    links.push({
      featureId,
      passageId,
      phrase: m.text,
      claimant: 'article',
      note: null,
      status: 'proposed',
      proposal: proposalOf(m),
    });
  }

  const places = [...newPlaces.values()];
  const measured = inShippedContext(places, context.features);
  const linkedLayers = new Set(
    links.map((l) => (newPlaces.has(l.featureId) ? STORY_PLACES_LAYER : context.layerOf.get(l.featureId))),
  );
  const factsOf: FactsOf = (id) => {
    const f = shipped.get(id) ?? newPlaces.get(id);
    return f && { kind: f.properties.kind, name: f.properties.name.en, at: f.properties.labelPoint };
  };
  const meta: StoryMeta = {
    ...editorialMeta(input, context.today),
    mapLabel: mapLabelOf(links, factsOf),
    region: context.region.id,
    language: 'en',
    translation: null,
    rights: 'Rights not stated: check them before publishing.',
    provenance: `Imported with ${context.madeWith} on ${context.today}; the links were proposed by the geoparser and are not reviewed yet.`,
    defaultFrame: frameOf(links, factsOf, context.region),
    passages: passages.map(({ id, role }) => ({ id, role, focus: focusOf(links, id, factsOf) })),
    layers: LAYER_REGISTRY.filter((l) => l.file !== 'story' || places.length > 0).map((l) => ({
      id: l.id,
      role: linkedLayers.has(l.id) ? 'situation' : 'context',
      title: l.defaultTitle,
      visibleByDefault: true,
    })),
    claimants: { article: { name: 'The article itself', side: OTHER_SIDE } },
    credits: BASE_CREDITS,
  };
  const files: BundleFiles = {
    'story.json': jsonFile(meta),
    'article.txt': text,
    'links.json': jsonFile(links),
    'notes.json': jsonFile([]),
    'events.json': jsonFile([]),
    ...(measured.length ? { 'places.geojson': serializeLayer(measured, context.region) } : {}),
  };
  return { files, mentions, links, newPlaces: measured };
}
