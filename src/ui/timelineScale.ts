// Where each event of a story sits on the timeline strip: dates to scale (days apart, in pixels) where
// events are close, a fixed-width break where a gap is long (years between the war and 2023, months
// between June and September), and never closer than one marker's width. Pure.
import type { StoryEvent } from '../story/schema';

export const PX_PER_DAY = 3;
/** Gaps longer than this many days are drawn as a break. */
export const MAX_GAP_DAYS = 45;
export const BREAK_PX = 36;
export const MARKER_PX = 56;
/** Room before the first event after the article, for the band's label ("After this article"). */
export const AFTER_LABEL_PX = 112;

export interface Placed {
  event: StoryEvent;
  x: number;
}

export interface TimelineLayout {
  events: Placed[];
  /** Where the breaks are drawn (between two events). */
  breaks: number[];
  /** Where the events after the article's date begin (between two markers), or null: none. */
  afterArticle: number | null;
  width: number;
}

/** Days since 1970 of the start of an event's date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function dayOf(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Whether an event began after the article was published: what happened next, never the article's
 * content. An event of the article's own month (a month-precision date) is not after it.
 */
export function isAfterArticle(event: Pick<StoryEvent, 'date'>, articleDate: string): boolean {
  return dayOf(event.date) > dayOf(articleDate);
}

export function byDate(events: readonly StoryEvent[]): StoryEvent[] {
  return [...events].sort((a, b) => dayOf(a.date) - dayOf(b.date) || a.date.localeCompare(b.date));
}

export function layoutTimeline(events: readonly StoryEvent[], articleDate?: string): TimelineLayout {
  const sorted = byDate(events);
  const placed: Placed[] = [];
  const breaks: number[] = [];
  let afterArticle: number | null = null;
  let x = MARKER_PX / 2;
  sorted.forEach((event, i) => {
    if (i > 0) {
      const previous = x;
      const gap = dayOf(event.date) - dayOf(sorted[i - 1].date);
      if (gap > MAX_GAP_DAYS) {
        breaks.push(x + MARKER_PX / 2 + BREAK_PX / 2);
        x += MARKER_PX + BREAK_PX;
      } else x += Math.max(MARKER_PX, gap * PX_PER_DAY);
      const after = articleDate !== undefined && isAfterArticle(event, articleDate);
      if (after && afterArticle === null) {
        afterArticle = previous + MARKER_PX / 2;
        x = Math.max(x, afterArticle + AFTER_LABEL_PX + MARKER_PX / 2);
      }
    } else if (articleDate !== undefined && isAfterArticle(event, articleDate)) afterArticle = 0;
    placed.push({ event, x });
  });
  return { events: placed, breaks, afterArticle, width: x + MARKER_PX / 2 };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const MONTHS_LONG =
  'January February March April May June July August September October November December'.split(' ');

/** "24 Sep", or with an end date "19–26 May" (or "30 May–2 Jun"), in the given month names. */
function dayRange(event: StoryEvent, months: string[]): string {
  const [, m, d] = event.date.split('-').map(Number);
  const end = event.endDate?.split('-').map(Number);
  if (!end || end.length < 3) return `${d} ${months[m - 1]}`;
  return end[1] === m
    ? `${d}–${end[2]} ${months[m - 1]}`
    : `${d} ${months[m - 1]}–${end[2]} ${months[end[1] - 1]}`;
}

/** The date as the strip shows it under a marker: "24 Sep", "May 2023", "1998–99". */
export function shortDate(event: StoryEvent, articleYear?: number): string {
  const [y, m] = event.date.split('-').map(Number);
  if (event.precision === 'year') return event.endDate ? `${y}–${String(event.endDate).slice(2, 4)}` : `${y}`;
  // A day of another year than the article's says its year, short: "5 Nov ’22".
  if (event.precision === 'day')
    return articleYear !== undefined && y !== articleYear
      ? `${dayRange(event, MONTHS)} ’${String(y).slice(2)}`
      : dayRange(event, MONTHS);
  return `${MONTHS[m - 1]} ${y}`;
}

/** The date in full, with its precision: "24 September 2023", "May 2023", "1998–1999". */
export function longDate(event: StoryEvent): string {
  const [y, m] = event.date.split('-').map(Number);
  if (event.precision === 'year') return event.endDate ? `${y}–${event.endDate}` : `${y}`;
  if (event.precision === 'season')
    return `${['winter', 'spring', 'summer', 'autumn'][Math.floor((m % 12) / 3)]} ${y}`;
  if (event.precision === 'month') return `${MONTHS_LONG[m - 1]} ${y}`;
  return `${dayRange(event, MONTHS_LONG)} ${y}`;
}
