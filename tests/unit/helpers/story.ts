// The first story bundle, read and checked as the build reads it (scripts/story/bundle.ts).
import { readBundle } from '../../../scripts/story/bundle';
import { resolveStoryLayers } from '../../../src/cartography/storyLayers';

export const SLUG = 'liberation-2023-09-29';
export const STORY = readBundle(SLUG);
export const LINKS = STORY.links;
export const PASSAGES = STORY.passages;
export const PASSAGE_IDS = STORY.meta.passages.map((p) => p.id);
export const NOTES = STORY.notes;
export const ARTICLE_TEXT = STORY.text;
export const CLAIMANTS = STORY.meta.claimants;
/** The story's layers, in drawing order, with their styles. */
export const STORY_LAYERS = resolveStoryLayers(STORY.meta.layers).layers;
/** The story's region's name rules (regions/kosovo-serbia.json). */
export const NAME_RULES = STORY.region.names;
export const STORY_LAYER_IDS = STORY_LAYERS.map((l) => l.id);
export const SITUATION_LAYERS = STORY_LAYERS.filter((l) => l.role === 'situation').map((l) => l.id);
