// A source's date as the source writes it, read as a day (src/domain/citationDay.ts), for the check
// that each side's words are of the same or the next day (issue 35).
import { describe, expect, it } from 'vitest';
import { citationDay, nextDay } from '../../src/domain/citationDay';

describe('the day a source gives itself', () => {
  it.each([
    ['2023-09-30 (00:26 GMT)', '2023-09-30'],
    ['Friday, May 26, 2023 | 15:30', '2023-05-26'],
    ['29. septembar 2023 17:31', '2023-09-29'],
    ['14.06.2023', '2023-06-14'],
    ['Updated 21:49, 30-May-2023', '2023-05-30'],
    ['Sept 29 (2023)', '2023-09-29'],
    ['29 Shtator 2023, 18:21', '2023-09-29'],
    ['15th June, 2023', '2023-06-15'],
    ['27. maj 2023 11:44', '2023-05-27'],
    ['09:24 22/06/2023', null],
    ['not dated on the page', null],
    ['2023-09', null],
  ])('%s → %s', (date, day) => {
    expect(citationDay(date)).toBe(day);
  });

  it('steps to the next day across a month and a year', () => {
    expect(nextDay('2023-09-30')).toBe('2023-10-01');
    expect(nextDay('2022-12-31')).toBe('2023-01-01');
  });
});
