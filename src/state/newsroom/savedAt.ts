// When a colleague saved a draft, as people read it (issue 40's "<name> saved a newer draft at <time>"):
// from the server's ISO 8601 `updatedBy`/`updatedAt` (the 409's fields, or the revisions list), never
// from its sentence. The time alone when it is today, the date and the time otherwise, both in the
// page's language and the reader's time zone (each an option, so that tests fix them).
import { NEWSROOM_WORDS as W } from './newsroomWords';
import { pageLanguage } from './readerTime';

export interface SavedAtOptions {
  /** The page's language (<html lang>, a bare `en` as British English: readerTime.ts) when not given. */
  locale?: string;
  /** The reader's time zone when not given. */
  timeZone?: string;
}

const day = (date: Date, { locale, timeZone }: SavedAtOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).format(
    date,
  );

/** "10:05" today, "6 Dec 2026, 23:30" another day; null when `iso` is not a time. */
export function savedAtWords(iso: string, now: Date, options: SavedAtOptions = {}): string | null {
  const at = new Date(iso);
  if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(at.getTime())) return null;
  const { locale = pageLanguage(), timeZone } = options;
  const today = day(at, { locale, timeZone }) === day(now, { locale, timeZone });
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    ...(today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }),
  }).format(at);
}

/** "bojan saved a newer draft at 10:05." with what is known of who and when. */
export function newerDraftWords(
  by: string | null,
  at: string | null,
  now: Date,
  options: SavedAtOptions = {},
): string {
  if (!by) return W.newerDraftUnknown;
  const time = at === null ? null : savedAtWords(at, now, options);
  return time ? W.newerDraft(by, time) : W.newerDraftNoTime(by);
}
