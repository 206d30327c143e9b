// The desk's draft on the newsroom server for a story this browser did not start (a story of the
// build, or one the newsroom published): its files come from the server (GET /api/stories/<slug>/bundle,
// the files of stories/<slug>/ or of the newsroom's draft), then the draft is followed as a story
// started at #new is (deskNewsroom.ts), saved from the first decision on. Files the server cannot give
// yet (out of reach) are asked again every 30 s and when the tab gets focus; a story the newsroom has
// no files of is said, its draft kept in this browser.
import type { StoryStore } from '../state/store';
import { getBundle } from '../state/newsroom/drafts';
import type { NewsroomNote } from '../state/desk/deskState';
import { ASK_EVERY_MS, followNewsroomDraft, realTimer, type NewsroomTimer } from './deskNewsroom';

export function followNewsroomStory(store: StoryStore, timer: NewsroomTimer = realTimer): () => void {
  const slug = store.getState().bundle.story.slug;
  const note = (n: NewsroomNote) => store.dispatch({ type: 'desk/newsroom', note: n });
  let stopped = false;
  let asking = false;
  let stopFollowing: (() => void) | null = null;
  let stopAsking: (() => void) | null = null;

  const ask = async () => {
    if (asking || stopped || stopFollowing) return;
    asking = true;
    const answer = await getBundle(slug);
    asking = false;
    if (stopped || stopFollowing) return;
    if (answer.ok) {
      stopAsking?.();
      window.removeEventListener('focus', onFocus);
      const files = answer.body;
      stopFollowing = followNewsroomDraft(store, () => files, timer, true);
      return;
    }
    if (answer.status === 0 || answer.status >= 500) return note({ status: 'offline', revision: null });
    note({ status: 'refused', error: answer.error, revision: null });
    // Nothing the server will give later (no such story, not signed in): asked no more.
    stopAsking?.();
    window.removeEventListener('focus', onFocus);
  };
  const onFocus = () => void ask();
  stopAsking = timer.every(() => void ask(), ASK_EVERY_MS);
  window.addEventListener('focus', onFocus);
  void ask();
  return () => {
    stopped = true;
    stopAsking?.();
    window.removeEventListener('focus', onFocus);
    stopFollowing?.();
  };
}
