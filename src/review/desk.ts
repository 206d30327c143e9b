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
  discarded: Discarded | null;
  message: string | null;
  /**
   * A decision: the next draft, or how to make it (and say it) from the draft as it is then, after an
   * await. A change that returns the draft as it was is no decision (nothing to undo).
   */
  decide: (
    next: ReviewDraft | ((now: ReviewDraft) => { draft: ReviewDraft; said: string }),
    message?: string,
  ) => void;
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

/** A discarded draft, and the newer bundle it was stale against when the bundle was taken over it. */
export interface Discarded {
  draft: ReviewDraft;
  stale: ReviewDraft | null;
}

export const DeskContext = createContext<Desk | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside the review mode');
  return desk;
}

/**
 * The items the card walks through, in the article's order: while any is still to decide, only those;
 * then all. From `from` one step on (or back), wrapping at the ends. Linear in the items.
 */
export function nextPending(draft: ReviewDraft, from: string | null, step: 1 | -1): string | null {
  const all = draft.items;
  const anyPending = all.some((i) => i.state === 'pending');
  const walks = (j: number) => !anyPending || all[j].state === 'pending';
  const at = from ? all.findIndex((i) => i.key === from) : -1;
  if (step === 1) {
    for (let j = at + 1; j < all.length; j++) if (walks(j)) return all[j].key;
    for (let j = 0; j < all.length; j++) if (walks(j)) return all[j].key;
  } else {
    for (let j = (at < 0 ? all.length : at) - 1; j >= 0; j--) if (walks(j)) return all[j].key;
    for (let j = all.length - 1; j >= 0; j--) if (walks(j)) return all[j].key;
  }
  return null;
}

/** Every item in the article's order, decided or not (the card's ‹ ›: a rejection can be revisited). */
export function nextItem(draft: ReviewDraft, from: string | null, step: 1 | -1): string | null {
  const all = draft.items;
  if (!all.length) return null;
  const at = from ? all.findIndex((i) => i.key === from) : -1;
  const to = at < 0 ? (step === 1 ? 0 : all.length - 1) : (at + step + all.length) % all.length;
  return all[to].key;
}

/**
 * The mention whose decision differs between two drafts (the first in the article's order, as `to`
 * has it): where an undo from `from` back to `to` takes the card. null when only added links differ.
 */
export function changedItem(from: ReviewDraft, to: ReviewDraft): string | null {
  const before = new Map(from.items.map((i) => [i.key, i]));
  for (const item of to.items) {
    const was = before.get(item.key);
    if (was && (was.state !== item.state || was.link.featureId !== item.link.featureId)) return item.key;
  }
  return null;
}
