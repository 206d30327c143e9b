// Dates and times as a reader reads them, in the page's language (Intl.DateTimeFormat): "7 December
// 2026", "7 December 2026 at 21:03" (en-GB). A text that is no time is said as it is.

/**
 * The locale a language tag's dates are said in: a bare `en` is British English, as the viewer's words
 * are (the list's dates, "licence"), where Intl would say "December 7, 2026"; any other tag as it is.
 */
export const readerLocale = (lang: string | undefined): string | undefined =>
  lang?.toLowerCase() === 'en' ? 'en-GB' : lang || undefined;

/** The page's language (`<html lang>`), or the browser's when the page has none; undefined in Node. */
export const pageLanguage = (): string | undefined =>
  readerLocale((typeof document !== 'undefined' && document.documentElement.lang) || undefined);

function format(iso: string, options: Intl.DateTimeFormatOptions, locale?: string, timeZone?: string) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale ?? pageLanguage(), { ...options, timeZone }).format(date);
}

/** The day: "7 December 2026". */
export const readerDate = (iso: string, locale?: string, timeZone?: string): string =>
  format(iso, { dateStyle: 'long' }, locale, timeZone);

/** The day and the time of day: "7 December 2026 at 21:03". */
export const readerTime = (iso: string, locale?: string, timeZone?: string): string =>
  format(iso, { dateStyle: 'long', timeStyle: 'short' }, locale, timeZone);
