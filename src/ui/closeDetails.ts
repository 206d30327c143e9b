// Closing the details: the selection cleared, and keyboard focus back on the element the reader chose
// from (the state holds its id: a phrase, a place button, a list's feature, a static map's shape).
import type { StoryStore } from '../state/store';

export function closeDetails(store: StoryStore): void {
  const back = store.getState().viewer.returnFocus;
  store.dispatch({ type: 'close' });
  if (back) document.getElementById(back)?.focus();
}
