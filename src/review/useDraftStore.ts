// Writing the draft to the browser's storage: just after a change is painted (an article's draft is a
// large string to write, and a key press should not wait for it), at once when the tab is hidden or
// closed, and never after the editor discarded it or another tab's draft replaced it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraft } from './storage';
import type { ReviewDraft } from './draft';

export function useDraftStore() {
  const [stored, setStored] = useState(true);
  const unsaved = useRef<ReviewDraft | null>(null);
  const flush = useCallback(() => {
    const draft = unsaved.current;
    if (!draft) return;
    unsaved.current = null;
    setStored(saveDraft(draft));
  }, []);
  const store = useCallback(
    (next: ReviewDraft) => {
      const waiting = unsaved.current !== null;
      unsaved.current = next;
      if (!waiting) requestAnimationFrame(() => setTimeout(flush, 0));
    },
    [flush],
  );
  /** What is waiting is not to be written (discarded, or replaced by another tab's). */
  const drop = useCallback(() => {
    unsaved.current = null;
  }, []);
  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [flush]);
  return { stored, store, drop };
}
