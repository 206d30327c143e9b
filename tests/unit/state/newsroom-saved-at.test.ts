// When a colleague saved, as the stale-draft banner says it (issue 40): the time alone today, the date
// and the time otherwise, in the page's language and the reader's time zone (fixed here), from the
// server's ISO 8601 `updatedAt`, never its raw text.
import { describe, expect, it } from 'vitest';
import { newerDraftWords, savedAtWords } from '../../../src/state/newsroom/savedAt';

const now = new Date('2026-12-07T15:30:00Z');
const belgrade = { locale: 'en-GB', timeZone: 'Europe/Belgrade' };

describe('savedAtWords', () => {
  it('today: the time alone, in the reader’s time zone', () => {
    expect(savedAtWords('2026-12-07T09:05:00.123Z', now, belgrade)).toBe('10:05');
    expect(savedAtWords('2026-12-07T09:05:00.123Z', now, { locale: 'en-US', timeZone: 'UTC' })).toBe(
      '9:05 AM',
    );
  });

  it('another day (in that time zone, not UTC’s): the date and the time', () => {
    // 23:30 UTC on the 6th is already the 7th in Belgrade: today there.
    expect(savedAtWords('2026-12-06T23:30:00Z', now, belgrade)).toBe('00:30');
    expect(savedAtWords('2026-12-06T22:30:00Z', now, belgrade)).toBe('6 Dec 2026, 23:30');
    expect(savedAtWords('2025-12-07T09:05:00Z', now, belgrade)).toBe('7 Dec 2025, 10:05');
  });

  it('in the page’s language', () => {
    expect(savedAtWords('2026-12-01T09:05:00Z', now, { locale: 'fr', timeZone: 'UTC' })).toBe(
      '1 déc. 2026, 09:05',
    );
  });

  it('not a time: null (the banner then names no time)', () => {
    expect(savedAtWords('yesterday', now, belgrade)).toBeNull();
  });
});

describe('newerDraftWords', () => {
  it('who and when, the server’s sentence with a time people read', () => {
    expect(newerDraftWords('bojan', '2026-12-07T09:05:00Z', now, belgrade)).toBe(
      'bojan saved a newer draft at 10:05.',
    );
  });
  it('not known: says so, without inventing a name or a time', () => {
    expect(newerDraftWords(null, null, now, belgrade)).toBe('A colleague saved a newer draft.');
    expect(newerDraftWords('bojan', 'garbage', now, belgrade)).toBe('bojan saved a newer draft.');
  });
});
