// "Follow the article": as the reader scrolls the article, the map frames the passage being read (its
// `focus` places in story.json), the pattern of scrollytelling map stories. It starts with the reader's
// own first scroll (a shared view is kept until then): scrolls the app makes (bringing a selected
// feature's passage into view) do not count, and once the reader pans the map, their view wins until
// they scroll on to another passage.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Passage } from '../story/story';
import type { StoryStore } from '../state/store';

/** The passage being read: the one across this share of the pane's height, from its top. */
const READING_LINE = 0.35;
const READER_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Home', 'End']);

export function useFollowArticle(options: {
  pane: RefObject<HTMLElement | null>;
  passages: readonly Passage[];
  enabled: boolean;
  /** Frames the passage's places (the camera, straight: no render). */
  frame: (featureIds: string[]) => void;
  /** A selection scrolls the article itself: that scroll is not the reader's. */
  store: StoryStore;
}): { appScrolls: () => void } {
  const { enabled, passages, pane: paneRef, frame, store } = options;
  /** The reader is scrolling the article themselves (wheel, touch, keys, the scrollbar). */
  const intent = useRef(false);

  // Every selection brings its passage into view: the scroll it sets off is the app's.
  useEffect(() => {
    let selection = store.getState().viewer.selection;
    return store.subscribe(() => {
      const now = store.getState().viewer.selection;
      if (now !== selection) intent.current = false;
      selection = now;
    });
  }, [store]);
  /**
   * The passage framed last. While the reader stays in it, their own panning of the map wins; it is
   * let go when they scroll on to another passage.
   */
  const held = useRef<string | null>(null);

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !enabled) return;
    const readerInput = (event: Event) => {
      if (event instanceof KeyboardEvent && !READER_KEYS.has(event.key)) return;
      // A press on the scrollbar is on the pane itself; a press on the text starts a click (a phrase's
      // selection, which frames what was chosen), not a scroll. Counted as intent, it let a scroll the
      // click itself set off (bringing the phrase into view) frame the passage over the selection.
      if (event.type === 'pointerdown' && event.target !== pane) return;
      intent.current = true;
    };
    // The passage being read is the one across the reading line: an observer watches a thin band there,
    // so no passage is measured on a scroll. Between two passages, the last one crossed stays.
    const byElement = new Map<Element, Passage>();
    for (const p of passages) {
      const el = pane.querySelector(`[data-passage-id="${p.id}"]`);
      if (el) byElement.set(el, p);
    }
    let across: Passage | null = null;
    const step = () => {
      if (!across || across.id === held.current) return;
      held.current = across.id;
      if (intent.current && across.focus.length) frame(across.focus);
    };
    let first = true;
    const band = `-${READING_LINE * 100}% 0px -${(1 - READING_LINE) * 100 - 1}% 0px`;
    const observer = new IntersectionObserver(
      (entries) => {
        across =
          entries
            .filter((e) => e.isIntersecting)
            .map((e) => byElement.get(e.target)!)
            .at(-1) ?? across;
        // The first report is where the article stands at load: nothing was scrolled yet.
        if (!first) step();
        first = false;
      },
      { root: pane, rootMargin: band },
    );
    for (const el of byElement.keys()) observer.observe(el);
    const inputs = ['wheel', 'touchmove', 'pointerdown', 'keydown'] as const;
    for (const type of inputs) pane.addEventListener(type, readerInput, { passive: true });
    pane.addEventListener('scroll', step, { passive: true });
    return () => {
      observer.disconnect();
      pane.removeEventListener('scroll', step);
      for (const type of inputs) pane.removeEventListener(type, readerInput);
    };
  }, [enabled, passages, paneRef, frame]);

  return {
    // A scroll the app makes is not the reader's: wait for their next input.
    appScrolls: useCallback(() => {
      intent.current = false;
    }, []),
  };
}
