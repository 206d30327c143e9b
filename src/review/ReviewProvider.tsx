// Review mode: the story's links as the editor's draft (draft.ts), shown in the article and on the
// map as they will be published, kept in the browser's storage (storage.ts) at every change and
// followed across tabs. The desk (ReviewPanel.tsx) reads it through DeskContext.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { StoryContext, type OpenStory } from '../state/storyContext';
import { ReviewContext, type ReviewApi } from '../state/reviewContext';
import { retarget, startDraft, workingLinks, type ReviewDraft } from './draft';
import { discardDraft, onOtherTab, openDraft, saveDraft } from './storage';
import { ReviewPanel } from './ReviewPanel';
import { DeskContext, nextPending, type Desk } from './desk';
import { fold } from '../text/letters';

const HISTORY = 500;

export default function ReviewProvider({ open, children }: { open: OpenStory; children: ReactNode }) {
  const { story } = open;
  const [opened] = useState(() => openDraft(story));
  const [draft, setDraftState] = useState<ReviewDraft>(opened.draft);
  const [history, setHistory] = useState<readonly ReviewDraft[]>([]);
  const [stale, setStale] = useState<ReviewDraft | null>(opened.kind === 'stale' ? opened.bundle : null);
  const [stored, setStored] = useState(true);
  const [current, setCurrent] = useState<string | null>(() => nextPending(opened.draft, null, 1));
  const [armed, setArmed] = useState<string | null>(null);
  const [discarded, setDiscarded] = useState<ReviewDraft | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // The api's callbacks (a map pick, a phrase) read the newest draft without being made again.
  const latest = useRef({ draft, armed });
  useEffect(() => {
    latest.current = { draft, armed };
  }, [draft, armed]);

  // A stale draft is not written back until the editor has chosen: nothing overrides without saying so.
  // Written just after the change is painted (an article's draft is a large string to write), and at
  // once when the tab is hidden or closed: nothing is lost, and a key press is not kept waiting.
  const unsaved = useRef<ReviewDraft | null>(null);
  const flush = useCallback(() => {
    if (!unsaved.current) return;
    const draft = unsaved.current;
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
  const decide = useCallback(
    (next: ReviewDraft, said?: string) => {
      setHistory((h) => [...h.slice(-HISTORY + 1), latest.current.draft]);
      setDraftState(next);
      store(next);
      setMessage(said ?? null);
    },
    [store],
  );

  // The second tab follows the first: the newest draft wins, and the tab says it followed.
  useEffect(
    () =>
      onOtherTab(story.slug, (theirs) => {
        if (!theirs) {
          setDraftState(startDraft(story));
          setMessage('Another tab discarded this draft: the links are as the bundle has them.');
        } else if (theirs.changedAt >= latest.current.draft.changedAt) {
          setDraftState(theirs);
          setMessage('Updated from another tab where this story is open for review.');
        }
      }),
    [story],
  );

  const desk = useMemo<Desk>(
    () => ({
      story,
      draft,
      history,
      current,
      armed,
      stale,
      restored: opened.kind === 'restored',
      stored,
      discarded,
      message,
      decide,
      undo() {
        const previous = history[history.length - 1];
        if (!previous) return setMessage('Nothing to undo.');
        setHistory(history.slice(0, -1));
        setDraftState(previous);
        store(previous);
        setMessage('Undone.');
      },
      show: setCurrent,
      arm: setArmed,
      say: setMessage,
      keepDraft() {
        const next = { ...draft, base: startDraft(story).base };
        setStale(null);
        setDraftState(next);
        store(next);
        setMessage('Your draft is kept; it now builds on the bundle as it is.');
      },
      takeBundle() {
        setDiscarded(draft);
        const fresh = startDraft(story);
        setStale(null);
        setDraftState(fresh);
        setHistory([]);
        unsaved.current = null;
        discardDraft(story.slug);
        setCurrent(nextPending(fresh, null, 1));
        setMessage(
          'The bundle is taken; your older draft is gone (Undo discard brings it back in this session).',
        );
      },
      discard() {
        setDiscarded(draft);
        const fresh = startDraft(story);
        setDraftState(fresh);
        setHistory([]);
        unsaved.current = null;
        discardDraft(story.slug);
        setCurrent(nextPending(fresh, null, 1));
        setMessage('Draft discarded: the links are as the bundle has them.');
      },
      undoDiscard() {
        if (!discarded) return;
        setDraftState(discarded);
        store(discarded);
        setDiscarded(null);
        setMessage('Discard undone: your draft is back.');
      },
      downloaded(at) {
        const next = { ...draft, downloadedAt: at };
        setDraftState(next);
        store(next);
      },
    }),
    [story, draft, history, current, armed, stale, opened.kind, stored, discarded, message, decide, store],
  );

  const reviewed = useMemo<OpenStory>(
    () => ({ ...open, story: { ...story, links: workingLinks(draft) } }),
    [open, story, draft],
  );

  // Stable for the whole review: a new Panel type would remount the desk and drop the editor's focus.
  const api = useMemo<ReviewApi>(
    () => ({
      Panel: ReviewPanel,
      takePick: (featureId) => {
        const { draft: now, armed: waiting } = latest.current;
        if (!waiting) return false;
        decide(retarget(now, [waiting], featureId), 'Re-targeted from the map.');
        setArmed(null);
        return true;
      },
      openPhrase: (passageId, phrase) => {
        const folded = fold(phrase);
        const item = latest.current.draft.items.find(
          (i) => i.link.passageId === passageId && fold(i.link.phrase) === folded,
        );
        if (!item) return false;
        setCurrent(item.key);
        return true;
      },
    }),
    [decide],
  );

  return (
    <StoryContext.Provider value={reviewed}>
      <DeskContext.Provider value={desk}>
        <ReviewContext.Provider value={api}>{children}</ReviewContext.Provider>
      </DeskContext.Provider>
    </StoryContext.Provider>
  );
}
