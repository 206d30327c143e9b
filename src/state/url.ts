// The URL, as one effect: the one `hashchange` listener of the app, shared by the router (which story,
// the list, the new-story page, the desk: src/app/StoryRouter.tsx) and the open story's store (a link
// pasted or edited in the address bar is applied like a fresh load), and the hash written from the
// store's state (replaceState: no history entry per change). A hash edited by hand is the reader's
// newer word: until its `hashchange` has been seen, nothing is written over it.
import { formatUrlState, hashParams, namedStory, parseUrlState } from './urlState';
import { shownStory } from './shown';
import type { ViewerCamera } from './cameraPort';
import type { StoryState, StoryStore } from './store';

const listeners = new Set<() => void>();
/** The hash as last seen here (its hashchange applied, or written by the app). */
let seen = typeof window === 'undefined' ? '' : window.location.hash;

function onHashChange() {
  seen = window.location.hash;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` on every change of the hash (for useSyncExternalStore). Returns the unsubscribe. */
export function subscribeToHash(listener: () => void): () => void {
  if (!listeners.size) window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) window.removeEventListener('hashchange', onHashChange);
  };
}

export const currentHash = () => window.location.hash;

/** Replaces the hash, unless a newer one has not been applied yet. */
function replaceHash(hash: string): void {
  if (window.location.hash !== seen || hash === window.location.hash) return;
  window.history.replaceState(null, '', hash);
  seen = hash;
}

/** The hash the state says. Review mode is the link's `&review`: kept as the link has it, never written back. */
export function hashOf(state: StoryState): string {
  const { viewer } = state;
  const { story, switchable } = shownStory(state);
  return formatUrlState({
    story: story.slug,
    view: viewer.view,
    visibleLayers: switchable.filter((l) => viewer.visible.has(l.id)).map((l) => l.id),
    selectedFeature: viewer.selection.kind === 'feature' ? viewer.selection.featureId : null,
    selectedEvent: viewer.activeEvent,
    nameOrder: viewer.nameOrder,
    review: hashParams(window.location.hash).has('review'),
  });
}

/**
 * The open story and the URL, each following the other: the hash written after each change of what
 * it says, and a link pasted into the open viewer dispatched (`link`), its view jumped to.
 */
export function followUrl(store: StoryStore, camera: Pick<ViewerCamera, 'jumpTo'>): () => void {
  let written: StoryState['viewer'] | null = null;
  /** A link with no story named, waiting a task for the router: nothing is written over it meanwhile. */
  let holding = false;
  const write = () => {
    if (holding) return;
    const { viewer } = store.getState();
    const before = written;
    written = viewer;
    if (
      before &&
      before.visible === viewer.visible &&
      before.selection === viewer.selection &&
      before.activeEvent === viewer.activeEvent &&
      before.nameOrder === viewer.nameOrder &&
      before.view === viewer.view
    )
      return;
    replaceHash(hashOf(store.getState()));
  };
  const apply = (hash: string) => {
    holding = false;
    const state = store.getState();
    const link = parseUrlState(hash, shownStory(state).switchable);
    if (link.view) {
      store.dispatch({ type: 'moveEnd', view: link.view });
      camera.jumpTo(link.view);
    }
    store.dispatch({ type: 'link', link: { kind: 'link', link, hash, framesOnly: false } });
  };
  let stopped = false;
  let later = 0;
  const follow = () => {
    const hash = window.location.hash;
    const named = namedStory(hash);
    // A link to another story, the list or the new-story page is the router's.
    if (named !== null) {
      if (named === store.getState().bundle.story.slug) apply(hash);
      return;
    }
    const params = hashParams(hash);
    if (params.has('new') || params.has('stories') || params.has('login')) return;
    // No story named: this one when the viewer has no other, else the list. The router decides as it
    // renders; by the next task this story is closed (and this effect stopped) if it is not shown.
    holding = true;
    clearTimeout(later);
    later = window.setTimeout(() => !stopped && apply(hash), 0);
  };
  write();
  const stopWriting = store.subscribe(write);
  const stopFollowing = subscribeToHash(follow);
  return () => {
    stopped = true;
    clearTimeout(later);
    stopWriting();
    stopFollowing();
  };
}
