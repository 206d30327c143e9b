// What an editor gives to start a story — the article's text, a title, a date, the source's name and
// address, a slug — checked the same way by the browser's new-story page and `npm run story -- new`.
// Each problem is a sentence naming the field; nothing is written while there is one.
import { isHttpUrl } from '../domain/citation';
import { ID_MAX_LENGTH, ID_PATTERN } from '../domain/ids';
import { fold } from '../text/letters';
import { isCalendarDate } from '../domain/calendarDate';

/** Longer articles are refused: the desk is made for an article, not a book. */
export const MAX_WORDS = 20_000;
/** Longer articles are parsed only when the editor says so (it takes a few seconds more). */
export const ASK_WORDS = 5_000;

export interface StoryInput {
  text: string;
  slug: string;
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  sourceName?: string;
  sourceUrl?: string;
}

/** Words as an editor counts them: runs of letters or digits. Linear in the text. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** A slug proposed from a title: its words folded to plain letters, joined by hyphens. */
export function slugFromTitle(title: string): string {
  const words = fold(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if (slug.length + w.length + 1 > 60) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug;
}

export type InputProblem = { field: keyof StoryInput; message: string };

export function storyInputProblems(input: StoryInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const words = countWords(input.text);
  if (!input.text.trim() || words === 0)
    problems.push({
      field: 'text',
      message: 'The article text is empty: paste the article or choose a .txt file.',
    });
  else if (words > MAX_WORDS)
    problems.push({
      field: 'text',
      message: `The article has ${words.toLocaleString('en')} words; the limit is ${MAX_WORDS.toLocaleString('en')}. Split it into several stories.`,
    });
  if (!ID_PATTERN.test(input.slug) || input.slug.length > ID_MAX_LENGTH)
    problems.push({
      field: 'slug',
      message: `The slug “${input.slug}” is not usable: lower-case letters, digits and hyphens only (e.g. roadblocks-near-jarinje), at most ${ID_MAX_LENGTH} characters.`,
    });
  if (input.date !== undefined && !isCalendarDate(input.date))
    problems.push({
      field: 'date',
      message: `The date “${input.date}” is not a calendar date written YYYY-MM-DD (e.g. 2023-09-29).`,
    });
  if (input.sourceUrl !== undefined && !isHttpUrl(input.sourceUrl))
    problems.push({
      field: 'sourceUrl',
      message: `The source URL “${input.sourceUrl.slice(0, 80)}” is not an http: or https: address.`,
    });
  return problems;
}
