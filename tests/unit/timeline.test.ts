// The timeline's scale: date order, to scale where events are close, breaks for long gaps, markers
// never on top of each other.
import { describe, expect, it } from 'vitest';
import {
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
    // 14 June to 24 September is more than MAX_GAP_DAYS: a break between them.
    expect(layout.breaks.some((b) => b > at('police-officers-arrested') && b < at('banjska-attack'))).toBe(
      true,
    );
    expect(MAX_GAP_DAYS).toBeLessThan(100);
    expect(layout.breaks.length).toBeGreaterThanOrEqual(3);
  });

  it('writes dates at their precision', () => {
    const event = (id: string) => STORY.events.find((e) => e.id === id)!;
    expect(shortDate(event('kosovo-war'))).toBe('1998–99');
    expect(longDate(event('banjska-attack'))).toBe('24 September 2023');
    expect(longDate(event('mayors-take-office'))).toBe('May 2023');
  });
});
