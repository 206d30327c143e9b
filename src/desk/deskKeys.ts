// The desk's keys: one letter each, anywhere on the page but in a text field, each one action of the
// store (src/state/desk/deskState.ts), then the focus on the card. The hint line lists them from here.
import { useEffect, type RefObject } from 'react';
import type { StoryAction } from '../state/store';

/** The one-key shortcuts, as the help line lists them. */
export const DESK_KEYS: [string, string][] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['a', 'accept'],
  ['r', 'reject'],
  ['n', 'not a place'],
  ['c', 'search places'],
  ['p', 'pick on map'],
  ['u', 'undo'],
];

/** With Shift. */
export const DESK_SHIFT_KEYS: [string, string][] = [
  ['a', 'accept all'],
  ['u', 'redo'],
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** What a key does at the desk (Shift makes "accept" "accept all" and "undo" "redo"), or null. */
export function deskKeyAction(key: string, shift: boolean): StoryAction | 'search' | null {
  switch (key.toLowerCase()) {
    case 'j':
      return { type: 'desk/next', step: 1 };
    case 'k':
      return { type: 'desk/next', step: -1 };
    case 'a':
      return { type: 'desk/accept', all: shift };
    case 'r':
      return { type: 'desk/reject' };
    case 'n':
      return { type: 'desk/notPlace' };
    case 'c':
      return 'search';
    case 'p':
      return { type: 'desk/pick' };
    case 'u':
      return shift ? { type: 'desk/redo' } : { type: 'desk/undo' };
    default:
      return null;
  }
}

/** The keys, listened to on the page: each action is run (`act`: then the card takes the focus). */
export function useDeskKeys(
  act: (action: StoryAction) => void,
  search: RefObject<HTMLInputElement | null>,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      // The letter, whatever Caps Lock says.
      const action = event.key.length === 1 ? deskKeyAction(event.key, event.shiftKey) : null;
      if (!action) return;
      event.preventDefault();
      if (action === 'search') search.current?.focus();
      else act(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [act, search]);
}
