// The fields of story.json the editor's form gives (title, date, source) and the wording made from
// them: drafted with the bundle (draftBundle.ts), and applied again by the new-story page when the
// editor changes them while places are found. Small: the page loads it without the geoparser.
import type { StoryMeta } from '../story/schema';
import { articleBlocks } from '../story/story';
import { jsonFile, type BundleFiles } from '../story/bundleFiles';
import type { StoryInput } from './storyInput';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A short first block without a full stop is the article's title. */
export const isTitleLine = (block: string) => block.split(/\s+/).length <= 25 && !/[.!?]$/.test(block);

/**
 * The fields of story.json the editor's form gives (title, date, source) and the wording made from
 * them. The new-story page applies them again when the editor changes them while places are found.
 */
export function editorialMeta(
  input: StoryInput,
  today: string,
): Pick<StoryMeta, 'title' | 'subtitle' | 'description' | 'date' | 'dateLabel' | 'source'> {
  const first = articleBlocks(input.text)[0] ?? '';
  const title =
    input.title?.trim() || (isTitleLine(first) ? first : first.split(/\s+/).slice(0, 12).join(' '));
  const date = input.date ?? today;
  return {
    title,
    subtitle: `An article${input.sourceName ? ` of ${input.sourceName}` : ''} and the places it names`,
    description: `A situation map: the places named in “${title.slice(0, 80)}”, linked to the article.`,
    date,
    dateLabel: dateLabel(date),
    source: {
      name: input.sourceName?.trim() || 'Source not stated',
      description: null,
      url: input.sourceUrl ?? null,
    },
  };
}

/** The bundle's story.json with the form's fields as they are now (the rest as drafted). */
export function withEditorialMeta(files: BundleFiles, input: StoryInput, today: string): BundleFiles {
  const meta = JSON.parse(files['story.json']!) as StoryMeta;
  return { ...files, 'story.json': jsonFile({ ...meta, ...editorialMeta(input, today) }) };
}
