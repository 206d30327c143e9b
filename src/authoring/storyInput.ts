// What an editor gives to start a story — the article's text, a title, a date, the source's name and
// address, a slug — checked the same way by the browser's new-story page and `npm run story -- new`.
// Each problem is a sentence naming the field; nothing is written while there is one.
import { isHttpUrl } from '../domain/citation';
import { ID_MAX_LENGTH, ID_PATTERN } from '../domain/ids';
import { fold } from '../text/letters';
import { isCalendarDate } from '../domain/calendarDate';
import { checkLength } from '../geoparse/limits';

export { countWords, WORDS_ASK_FIRST, WORDS_REFUSED, thousands } from '../geoparse/limits';

export interface StoryInput {
  text: string;
  slug: string;
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  sourceName?: string;
  sourceUrl?: string;
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
  // The geoparser's limits (src/geoparse/limits.ts): an empty text and one over the limit are refused.
  const length = checkLength(input.text);
  if (length.verdict === 'empty' || length.verdict === 'refuse')
    problems.push({ field: 'text', message: length.message });
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
