// Review mode: the story's links as the editor's draft (draft.ts), shown in the article and on the
// map as they will be, kept in the browser's storage (storage.ts) at every change.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { StoryContext, type OpenStory } from '../state/storyContext';
import { ReviewContext, type ReviewApi } from '../state/reviewContext';
import { retarget, workingLinks, type ReviewDraft } from './draft';
import { loadDraft, saveDraft } from './storage';
import { ReviewPanel, type ReviewState } from './ReviewPanel';

export default function ReviewProvider({ open, children }: { open: OpenStory; children: ReactNode }) {
  const { story } = open;
  const [initial] = useState(() => loadDraft(story.slug, story.links));
  const [draft, setDraftState] = useState<ReviewDraft>(initial.draft);
  const [stored, setStored] = useState(true);
  const [armed, setArmed] = useState<string | null>(null);

  const setDraft = useCallback((next: ReviewDraft) => {
    setDraftState(next);
    setStored(saveDraft(next));
  }, []);

  const reviewed = useMemo<OpenStory>(
    () => ({ ...open, story: { ...story, links: workingLinks(draft) } }),
    [open, story, draft],
  );

  const state: ReviewState = { draft, setDraft, restored: initial.restored, stored, armed, setArmed, story };
  const api = useMemo<ReviewApi>(
    () => ({
      Panel: (props) => <ReviewPanel {...props} state={state} />,
      takePick: (featureId) => {
        if (!armed) return false;
        setDraft(retarget(draft, armed, featureId));
        setArmed(null);
        return true;
      },
    }),
    // The panel reads the state it is given; a new api per change re-renders it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft, armed, stored],
  );

  return (
    <StoryContext.Provider value={reviewed}>
      <ReviewContext.Provider value={api}>{children}</ReviewContext.Provider>
    </StoryContext.Provider>
  );
}
