// The timeline's scale: date order, to scale where events are close, breaks for long gaps, markers
// never on top of each other.
import { describe, expect, it } from 'vitest';
import {
  isAfterArticle,
  layoutTimeline,
  longDate,
  MARKER_PX,
  MAX_GAP_DAYS,
  PX_PER_DAY,
  shortDate,
} from '../../src/ui/timelineScale';
import { STORY } from './helpers/story';

describe('the timeline scale', () => {
  const layout = layoutTimeline(STORY.events);

  it('puts the events in date order, markers at least a marker apart', () => {
    const dates = layout.events.map((p) => p.event.date);
    expect(dates).toEqual([...dates].sort());
    for (let i = 1; i < layout.events.length; i++)
      expect(layout.events[i].x - layout.events[i - 1].x).toBeGreaterThanOrEqual(MARKER_PX);
  });

  it('draws close events to scale and long gaps as breaks', () => {
    const at = (id: string) => layout.events.find((p) => p.event.id === id)!.x;
    // 23 April to 29 May: 36 days, to scale.
    expect(at('zvecan-clashes') - at('local-elections')).toBeGreaterThanOrEqual(36 * PX_PER_DAY - 1);
    // November 2022 to 23 April 2023 is more than MAX_GAP_DAYS: a break between them.
    expect(layout.breaks.some((b) => b > at('serb-officials-resign') && b < at('local-elections'))).toBe(
      true,
    );
    // 4 August to 14 September is not: to scale, no break.
    expect(at('eu-talks-fail') - at('second-police-reduction')).toBeGreaterThanOrEqual(41 * PX_PER_DAY - 1);
    expect(MAX_GAP_DAYS).toBeLessThan(100);
    expect(layout.breaks.length).toBeGreaterThanOrEqual(3);
  });

  it('writes dates at their precision', () => {
    const event = (id: string) => STORY.events.find((e) => e.id === id)!;
    expect(shortDate(event('kosovo-war'))).toBe('1998–99');
    expect(longDate(event('banjska-attack'))).toBe('24 September 2023');
    expect(longDate(event('mayors-take-office'))).toBe('19–26 May 2023');
    expect(shortDate(event('mayors-take-office'))).toBe('19–26 May');
    // A day of another year than the article's says its year, short (issue 35: 5 Nov 2022 before April 2023).
    expect(shortDate(event('serb-officials-resign'), 2023)).toBe('5 Nov ’22');
    expect(shortDate(event('mayors-take-office'), 2023)).toBe('19–26 May');
    const month = { ...event('banjska-attack'), date: '2023-05', precision: 'month' as const };
    expect(longDate(month)).toBe('May 2023');
    expect(shortDate({ ...month, date: '2023-05-30', endDate: '2023-06-02', precision: 'day' })).toBe(
      '30 May–2 Jun',
    );
  });
});

describe('what happened next', () => {
  const date = STORY.meta.date;
  const layout = layoutTimeline(STORY.events, date);
  const after = layout.events.filter((p) => isAfterArticle(p.event, date));

  it('events after the article’s date are after it; the article’s own day and month are not', () => {
    expect(isAfterArticle({ date: '2023-09-30' }, '2023-09-29')).toBe(true);
    expect(isAfterArticle({ date: '2023-10' }, '2023-09-29')).toBe(true);
    expect(isAfterArticle({ date: '2023-09-29' }, '2023-09-29')).toBe(false);
    expect(isAfterArticle({ date: '2023-09' }, '2023-09-29')).toBe(false);
  });

  it('the story has events after its article, none of them tied to a passage', () => {
    expect(after.length).toBeGreaterThanOrEqual(5);
    for (const { event } of after) expect(event.passages, event.id).toEqual([]);
  });

  it('the strip marks where they begin: after every earlier event, before every later one', () => {
    expect(layout.afterArticle).not.toBeNull();
    for (const p of layout.events)
      if (isAfterArticle(p.event, date)) expect(p.x).toBeGreaterThan(layout.afterArticle!);
      else expect(p.x).toBeLessThan(layout.afterArticle!);
    expect(layoutTimeline(STORY.events).afterArticle).toBeNull();
  });
});
