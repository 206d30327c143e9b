// A date written YYYY-MM-DD that exists on the calendar (2023-02-30 does not): the bundle's schema,
// the browser's new-story page and `npm run story -- new` use this one rule.
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
