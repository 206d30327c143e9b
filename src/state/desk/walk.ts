// Where the desk's card goes: the next proposal still to decide, every mention in the article's order,
// and the mention an undo (or a redo) changes. Pure, linear in the draft's items.
import type { DeskDraft } from './draft';

/**
 * The items the card walks through, in the article's order: while any is still to decide, only those;
 * then all. From `from` one step on (or back), wrapping at the ends. Linear in the items.
 */
export function nextPending(draft: DeskDraft, from: string | null, step: 1 | -1): string | null {
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
export function nextItem(draft: DeskDraft, from: string | null, step: 1 | -1): string | null {
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
export function changedItem(from: DeskDraft, to: DeskDraft): string | null {
  const before = new Map(from.items.map((i) => [i.key, i]));
  for (const item of to.items) {
    const was = before.get(item.key);
    if (was && (was.state !== item.state || was.link.featureId !== item.link.featureId)) return item.key;
  }
  return null;
}
