// React's view of the open story's store (store.ts): the store's provider (the app's one React context
// of its own), and `useStore(selector)`, which re-renders a component only when what it selects
// changed (useSyncExternalStore; `isEqual` for a selection made anew each time, such as a passage's
// links). Handlers read the newest state with `useStoryStore().getState()`, never a copy kept in a ref.
import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { StoryAction, StoryState, StoryStore } from './store';

const StoreContext = createContext<StoryStore | null>(null);

export function StoreProvider({ store, children }: { store: StoryStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The open story's store itself: to dispatch, and to read the state in a handler. */
export function useStoryStore(): StoryStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoryStore outside a StoreProvider');
  return store;
}

export function useDispatch(): (action: StoryAction) => void {
  return useStoryStore().dispatch;
}

/**
 * What `selector` picks of the state, re-rendering only when it changes (`Object.is`, or `isEqual`).
 * The last selection is kept to give React the same value while it is equal: useSyncExternalStore
 * asks for a snapshot on every render and every change.
 */
export function useStore<T>(
  selector: (state: StoryState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useStoryStore();
  const last = useRef<{ state: StoryState; selector: typeof selector; value: T } | null>(null);
  const snapshot = () => {
    const state = store.getState();
    const before = last.current;
    if (before && before.state === state && before.selector === selector) return before.value;
    const value = selector(state);
    const kept = before && isEqual(before.value, value) ? before.value : value;
    last.current = { state, selector, value: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** Two arrays with the same items, in the same order. */
export const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a === b || (a.length === b.length && a.every((x, i) => Object.is(x, b[i])));
