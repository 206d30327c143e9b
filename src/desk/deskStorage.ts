// The desk's draft in the browser's storage, as an effect of the store: what the desk's reducer puts
// in its `outbox` is carried out here, through the storage module (src/state/storage.ts). A draft is
// written just after its change is painted (an article's draft is a large string to write, and a key
// press should not wait for it), at once when the tab is hidden or closed, and never once it was
// replaced (another tab's draft, a discard). Another tab's change comes back as `desk/otherTab`.
// Drafts kept on a server (issue 40) are an effect beside this one, following the same outbox.
import type { DeskDraft } from '../state/desk/draft';
import type { StoryStore } from '../state/store';
import { draftChangedElsewhere, storedDraft } from '../state/storage';
import { parseDraft } from './openDraft';

export function followDeskStorage(store: StoryStore): () => void {
  const slug = store.getState().bundle.story.slug;
  /** The outbox last carried out (by identity). */
  let done: unknown = null;
  /** A draft to write once its change is painted. */
  let unsaved: DeskDraft | null = null;
  const flush = () => {
    const draft = unsaved;
    if (!draft) return;
    unsaved = null;
    store.dispatch({ type: 'desk/stored', ok: storedDraft.write(slug, JSON.stringify(draft)) });
  };
  const follow = () => {
    const outbox = store.getState().desk?.outbox ?? null;
    if (outbox === done) return;
    done = outbox;
    if (!outbox) {
      // Replaced by another tab's draft: what was waiting is not to be written.
      unsaved = null;
    } else if (outbox.kind === 'write') {
      const waiting = unsaved !== null;
      unsaved = outbox.draft;
      if (!waiting) requestAnimationFrame(() => setTimeout(flush, 0));
    } else if (outbox.kind === 'remove') {
      unsaved = null;
      storedDraft.remove(slug);
    } else storedDraft.setAside(slug, outbox.key, outbox.text);
  };
  follow();
  const unsubscribe = store.subscribe(follow);
  const stopOtherTabs = draftChangedElsewhere(slug, (text) => {
    const theirs = parseDraft(text, slug);
    // Another tab's draft this code cannot read is not followed (that tab still holds it).
    if (theirs === null || !('problem' in theirs)) store.dispatch({ type: 'desk/otherTab', draft: theirs });
  });
  const hidden = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', hidden);
  return () => {
    flush();
    unsubscribe();
    stopOtherTabs();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', hidden);
  };
}
