// The desk's state and verbs, apart from how they are drawn: the draft, its history (every decision
// can be undone), the card's item, a pick waiting for the map, what the bundle and the other tabs did.
import { createContext, useContext } from 'react';
import type { ReviewDraft } from './draft';
import type { Story } from '../story/story';

export interface Desk {
  story: Story;
  draft: ReviewDraft;
  /** Drafts before each decision, oldest first (this session). */
  history: readonly ReviewDraft[];
  /** The item the card shows. */
  current: string | null;
  /** The item waiting for a pick on the map. */
  armed: string | null;
  /** The bundle's own state when it changed under a stored draft (the editor chooses). */
  stale: ReviewDraft | null;
  restored: boolean;
  stored: boolean;
  /** The draft discarded in this session, for its undo. */
  discarded: ReviewDraft | null;
  message: string | null;
  decide: (next: ReviewDraft, message?: string) => void;
  undo: () => void;
  show: (key: string | null) => void;
  arm: (key: string | null) => void;
  say: (message: string | null) => void;
  keepDraft: () => void;
  takeBundle: () => void;
  discard: () => void;
  undoDiscard: () => void;
  downloaded: (at: string) => void;
}

export const DeskContext = createContext<Desk | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside the review mode');
  return desk;
}

/** The items the card walks through, in the article's order: those still to decide first come first. */
export function nextPending(draft: ReviewDraft, from: string | null, step: 1 | -1): string | null {
  const pending = draft.items.filter((i) => i.state === 'pending');
  const all = draft.items;
  const at = from ? all.findIndex((i) => i.key === from) : -1;
  const pool = pending.length ? pending : all;
  if (!pool.length) return null;
  const order = (key: string) => all.findIndex((i) => i.key === key);
  const after = pool.filter((i) => (step === 1 ? order(i.key) > at : order(i.key) < at));
  const pick = step === 1 ? after[0] : after[after.length - 1];
  return (pick ?? (step === 1 ? pool[0] : pool[pool.length - 1])).key;
}
