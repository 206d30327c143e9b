// Each side's account: an event that one side of the region's dispute tells (a claimant of that side
// reports it or speaks in its sources) needs the words of every other side, from a source dated the
// same day as the event or the next (for an event over several days, up to the day after its end),
// or a `noAnswer` saying what was searched. `npm run story -- check` says it; the fact-check's test
// holds the first story to it. Pure.
import { citationDay, nextDay } from '../domain/citationDay';
import { sideOf, sidesOfEvent } from './claimants';
import type { Story } from './story';

export function balanceProblems(story: Pick<Story, 'meta' | 'events' | 'region'>): string[] {
  const sides = story.region.sides.map((s) => s.id);
  const problems: string[] = [];
  story.events.forEach((event, i) => {
    if (event.noAnswer) return;
    const told = sidesOfEvent(story, event);
    if (!told.length) return;
    const last = nextDay(
      (event.endDate && event.endDate.length === 10 ? event.endDate : event.date).slice(0, 10),
    );
    const inTime = (date: string) => {
      if (event.precision !== 'day') return true;
      const day = citationDay(date);
      return day !== null && day >= event.date && day <= last;
    };
    for (const side of sides) {
      // Needed when another side speaks: that side's account and this one's, of the same days.
      if (!told.some((t) => t !== side)) continue;
      const answered = event.sources.some((s) => sideOf(story.meta, s.claimant) === side && inTime(s.date));
      if (!answered)
        problems.push(
          `events.json: entry ${i + 1} (${event.id}): told by ${told.join(' and ')}, with no words of ${side} dated from ${event.date}${event.precision === 'day' ? ` to ${last}` : ''} (add that side's words, or "noAnswer" saying what was searched)`,
        );
    }
  });
  return problems;
}
