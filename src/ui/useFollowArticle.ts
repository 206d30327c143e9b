// "Follow the article": as the reader scrolls the article, the map frames the passage being read (its
// `focus` places in story.json), the pattern of scrollytelling map stories. It starts with the reader's
// own first scroll (a shared view is kept until then): scrolls the app makes (bringing a selected
// feature's passage into view) do not count, and once the reader pans the map, their view wins until
// they scroll on to another passage.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Passage } from '../story/story';

/** The passage being read: the last one whose top is above this share of the pane's height. */
const READING_LINE = 0.35;
const READER_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Home', 'End']);

export function useFollowArticle(options: {
  pane: RefObject<HTMLElement | null>;
  passages: readonly Passage[];
  enabled: boolean;
  onFocus: (featureIds: string[]) => void;
}): { appScrolls: () => void } {
  const { enabled, passages, pane: paneRef } = options;
  const onFocus = useRef(options.onFocus);
  useEffect(() => {
    onFocus.current = options.onFocus;
  });
  /** The reader is scrolling the article themselves (wheel, touch, keys, the scrollbar). */
  const intent = useRef(false);
  /**
   * The passage framed last. While the reader stays in it, their own panning of the map wins; it is
   * let go when they scroll on to another passage.
   */
  const held = useRef<string | null>(null);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !enabled) return;
    let frame = 0;
    const readerInput = (event: Event) => {
      if (event instanceof KeyboardEvent && !READER_KEYS.has(event.key)) return;
      // A press on the scrollbar is on the pane itself; a press on the text starts a click (a phrase's
      // selection, which frames what was chosen), not a scroll. Counted as intent, it let a scroll the
      // click itself set off (bringing the phrase into view) frame the passage over the selection.
      if (event.type === 'pointerdown' && event.target !== pane) return;
      intent.current = true;
    };
    const current = (): Passage | null => {
      const line = pane.getBoundingClientRect().top + pane.clientHeight * READING_LINE;
      let reading: Passage | null = null;
      for (const p of passages) {
        const el = pane.querySelector(`[data-passage-id="${p.id}"]`);
        if (el && el.getBoundingClientRect().top <= line) reading = p;
      }
      return reading;
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const reading = current();
        if (!reading || reading.id === held.current) return;
        held.current = reading.id;
        if (intent.current && reading.focus.length) onFocus.current(reading.focus);
      });
    };
    const inputs = ['wheel', 'touchmove', 'pointerdown', 'keydown'] as const;
    for (const type of inputs) pane.addEventListener(type, readerInput, { passive: true });
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      for (const type of inputs) pane.removeEventListener(type, readerInput);
      pane.removeEventListener('scroll', onScroll);
    };
  }, [enabled, passages, paneRef]);

  return {
    // A scroll the app makes is not the reader's: wait for their next input.
    appScrolls: useCallback(() => {
      intent.current = false;
    }, []),
  };
}
