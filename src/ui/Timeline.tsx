// The situation's events on a strip, dates to scale with breaks for long gaps (timelineScale.ts):
// choosing one frames its places, opens its details and marks its passages. Previous/next buttons;
// the markers are one toolbar (arrow keys move, Enter or Space chooses, Home/End).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StoryEvent } from '../story/schema';
import { isAfterArticle, layoutTimeline, longDate, shortDate } from './timelineScale';
import { useStore, useDispatch } from '../state/useStore';

export function Timeline() {
  const events = useStore((s) => s.bundle.story.events);
  const articleDate = useStore((s) => s.bundle.story.meta.date);
  const articleYear = Number(articleDate.slice(0, 4));
  const active = useStore((s) => s.viewer.activeEvent);
  const dispatch = useDispatch();
  const onChoose = (eventId: string) => dispatch({ type: 'chooseEvent', eventId });
  const layout = useMemo(() => layoutTimeline(events, articleDate), [events, articleDate]);
  const after = (event: StoryEvent) => isAfterArticle(event, articleDate);
  const order = layout.events.map((p) => p.event);
  const activeIndex = order.findIndex((e) => e.id === active);
  const [focusIndex, setFocusIndex] = useState(Math.max(0, activeIndex));
  const track = useRef<HTMLDivElement>(null);
  // The chosen event in view in the strip (it scrolls sideways on narrow screens), the strip alone.
  const activeX = layout.events.find((p) => p.event.id === active)?.x;
  useEffect(() => {
    const el = track.current;
    if (el && activeX !== undefined) el.scrollTo({ left: activeX - el.clientWidth / 2 });
  }, [activeX]);
  if (!order.length) return null;
  const current = activeIndex >= 0 ? order[activeIndex] : null;
  const tabStop = activeIndex >= 0 ? activeIndex : focusIndex;

  const focusAt = (i: number) => {
    const next = Math.max(0, Math.min(order.length - 1, i));
    setFocusIndex(next);
    track.current?.querySelectorAll<HTMLButtonElement>('[data-event-id]')[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = order.findIndex((e) => e.id === (document.activeElement as HTMLElement)?.dataset?.eventId);
    if (at < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusAt(moves[event.key]);
    }
  };
  const step = (delta: number) => {
    const next = order[Math.max(0, Math.min(order.length - 1, (activeIndex < 0 ? -1 : activeIndex) + delta))];
    if (next) onChoose(next.id);
  };

  return (
    <section className="timeline" data-testid="timeline" aria-label="Timeline of the situation">
      <div className="timeline-head">
        <button
          type="button"
          aria-label="Previous event"
          disabled={activeIndex <= 0}
          onClick={() => step(-1)}
        >
          ‹
        </button>
        <p className="timeline-current" aria-live="polite">
          {current ? (
            <>
              <strong>{longDate(current)}</strong>
              {after(current) && <span className="after-article-tag"> · after this article</span>} —{' '}
              {current.title}
            </>
          ) : (
            'Timeline: choose an event'
          )}
        </p>
        <button
          type="button"
          aria-label="Next event"
          disabled={activeIndex >= order.length - 1}
          onClick={() => step(1)}
        >
          ›
        </button>
      </div>
      <div
        className="timeline-track"
        role="toolbar"
        aria-label="Events, in date order"
        ref={track}
        onKeyDown={onKeyDown}
      >
        <div className="timeline-line" style={{ width: layout.width }}>
          {layout.afterArticle !== null && (
            <span
              className="timeline-after"
              style={{ left: layout.afterArticle, width: layout.width - layout.afterArticle }}
              data-testid="timeline-after-article"
            >
              <span className="timeline-after-label">After this article</span>
            </span>
          )}
          {layout.breaks.map((x) => (
            <span
              key={x}
              className="timeline-break"
              style={{ left: x }}
              aria-hidden="true"
              title="Time not to scale"
            >
              ⋯
            </span>
          ))}
          {layout.events.map(({ event, x }, i) => (
            <button
              key={event.id}
              type="button"
              className={`timeline-event${event.background ? ' is-background' : ''}${after(event) ? ' is-after-article' : ''}`}
              style={{ left: x }}
              data-event-id={event.id}
              data-date={event.date}
              aria-pressed={event.id === active}
              // The accessible name begins with the visible date (WCAG 2.5.3, label in name).
              aria-label={`${shortDate(event, articleYear)}: ${event.title} (${longDate(event)}${after(event) ? ', after this article' : ''})`}
              title={`${longDate(event)}${after(event) ? ', after this article' : ''}: ${event.title}`}
              tabIndex={i === tabStop ? 0 : -1}
              onFocus={() => setFocusIndex(i)}
              onClick={() => onChoose(event.id)}
            >
              <span className="timeline-dot" aria-hidden="true" />
              <span className="timeline-date">{shortDate(event, articleYear)}</span>
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
