// A story as the viewer holds it: the bundle's files, read and validated (scripts/story/bundle.ts, or
// parseBundle in the browser), with the article cut into its passages; a story file
// (stories/<slug>/<hash>.json) holds it as JSON.
import type { SituationFeature } from '../domain/schema.ts';
import type { Region } from '../region/schema.ts';
import type { ArticleLink, EditorialNote, StoryEvent, StoryMeta } from './schema.ts';

export type { ArticleLink, EditorialNote, StoryEvent, StoryMeta } from './schema.ts';

export interface Passage {
  id: string;
  role: 'title' | 'subtitle' | 'paragraph';
  text: string;
  /** The places "follow the article" frames while this passage is read. */
  focus: string[];
}

export interface Story {
  slug: string;
  meta: StoryMeta;
  /** regions/<meta.region>.json, validated, carried in the story's file (no request of its own). */
  region: Region;
  /** article.txt as supplied, byte for byte. */
  text: string;
  passages: Passage[];
  links: ArticleLink[];
  notes: EditorialNote[];
  events: StoryEvent[];
  /** places.geojson: places the links name that no shipped layer has, or null. */
  places: SituationFeature[] | null;
}

/** The blocks of article.txt, separated by blank lines; only whitespace is used to split it. */
export function articleBlocks(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/** The article's passages, one per block, with the ids and roles story.json gives them. */
export function splitArticle(text: string, passages: StoryMeta['passages']): Passage[] {
  const blocks = articleBlocks(text);
  if (blocks.length !== passages.length)
    throw new Error(
      `article.txt has ${blocks.length} blocks (separated by blank lines) but story.json lists ${passages.length} passages`,
    );
  return blocks.map((block, i) => ({ ...passages[i], text: block }));
}

/** The first sentence of the first passage that is not a title, shortened at a word to about `max`. */
export function ledeOf(story: Pick<Story, 'passages'>, max = 200): string {
  const text = story.passages.find((p) => p.role === 'paragraph')?.text ?? story.passages[0]?.text ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}
