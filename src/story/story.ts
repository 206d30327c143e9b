// A story as the viewer holds it: the bundle's files, read and validated at build time
// (scripts/story/bundle.ts), with the article cut into its passages.
import type { SituationFeature } from '../domain/schema';
import type { Region } from '../region/schema';
import type { ArticleLink, EditorialNote, StoryEvent, StoryMeta } from './schema';

export type { ArticleLink, EditorialNote, StoryEvent, StoryMeta } from './schema';

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
  /** regions/<meta.region>.json, validated, carried in the story's chunk (no request of its own). */
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

/** What the list of stories shows, without loading any of them. */
export interface StorySummary {
  slug: string;
  title: string;
  date: string;
  dateLabel: string;
  source: string;
  subtitle: string;
  /** The article's first sentence (after its title), at most about 200 characters. */
  lede: string;
  /** The URL of its map's thumbnail (an SVG made at build time), or null. */
  thumbnail: string | null;
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

export function summaryOf(story: Story, thumbnail: string | null): StorySummary {
  const { meta } = story;
  return {
    slug: story.slug,
    title: meta.title,
    date: meta.date,
    dateLabel: meta.dateLabel,
    source: meta.source.name,
    subtitle: meta.subtitle,
    lede: ledeOf(story),
    thumbnail,
  };
}
