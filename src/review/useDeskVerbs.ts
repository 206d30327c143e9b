// The desk's verbs (accept, accept all, reject, not a place, choose another place, pick on the map,
// undo, next and previous), each one decision on the draft with the sentence that says what it did.
// After each, focus goes to the card (the next proposal's), never to the page body.
import { useEffect, useRef, useState } from 'react';
import {
  accept,
  addPlace,
  groupOf,
  notAPlace,
  reject,
  retarget,
  type DraftItem,
  type ReviewDraft,
} from './draft';
import type { FeatureIndexEntry } from '../domain/featureIndex';
import { gazetteerChoice, type GazetteerRef } from './gazetteerPlace';
import { nextItem, nextPending, useDesk } from './desk';
import { fold } from '../text/letters';

export interface DeskVerbs {
  accept: (all: boolean) => void;
  reject: () => void;
  notPlace: () => void;
  choose: (featureId: string) => void;
  /** Adds a gazetteer point the map lacks to the story, and points the group's mentions at it. */
  add: (candidate: GazetteerRef) => void;
  pick: () => void;
  undo: () => void;
  /** To the next (or previous) proposal still to decide. */
  next: (step: 1 | -1) => void;
  /** To the next (or previous) mention, decided or not. */
  step: (step: 1 | -1) => void;
  /** Run something, then give the card the focus. */
  act: (run: () => void) => void;
}

export function useDeskVerbs(
  nameOf: (featureId: string) => string,
  index: ReadonlyMap<string, FeatureIndexEntry>,
) {
  const desk = useDesk();
  const { draft } = desk;
  const card = useRef<HTMLElement>(null);
  /** A place being added (the gazetteer on its way): a second click waits for it. */
  const adding = useRef(false);
  const [focusTick, setFocusTick] = useState(0);
  const item: DraftItem | undefined = draft.items.find((i) => i.key === desk.current);
  const group = item ? groupOf(draft, item.key) : [];

  useEffect(() => {
    if (focusTick) card.current?.focus();
  }, [focusTick]);

  // The map shows that it waits for a click; Escape cancels.
  useEffect(() => {
    if (!desk.armed) return;
    document.body.dataset.reviewPicking = 'true';
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      desk.arm(null);
      desk.say('Pick on the map cancelled.');
      setFocusTick((t) => t + 1);
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      delete document.body.dataset.reviewPicking;
      document.removeEventListener('keydown', onKey, true);
    };
  }, [desk.armed, desk]);

  const act = (run: () => void) => {
    run();
    setFocusTick((t) => t + 1);
  };
  const decideAndMove = (next: ReviewDraft, said: string) => {
    desk.decide(next, said);
    desk.show(nextPending(next, desk.current, 1));
  };
  const verbs: DeskVerbs = {
    act,
    next: (step) => act(() => desk.show(nextPending(draft, desk.current, step))),
    step: (step) => act(() => desk.show(nextItem(draft, desk.current, step))),
    accept: (all) =>
      item &&
      act(() =>
        decideAndMove(
          accept(draft, all ? group.map((i) => i.key) : [item.key]),
          all && group.length > 1
            ? `Accepted all ${group.length} mentions of “${item.link.phrase}”.`
            : `Accepted “${item.link.phrase}”.`,
        ),
      ),
    reject: () =>
      item && act(() => decideAndMove(reject(draft, [item.key]), `Rejected “${item.link.phrase}”.`)),
    notPlace: () =>
      item &&
      act(() => {
        const n = draft.items.filter((i) => fold(i.link.phrase) === fold(item.link.phrase)).length;
        decideAndMove(
          notAPlace(draft, item.key),
          `“${item.link.phrase}” is not a place here (${n} mention${n === 1 ? '' : 's'}).`,
        );
      }),
    choose: (featureId) =>
      item &&
      act(() => {
        const keys = group.map((i) => i.key);
        decideAndMove(
          retarget(draft, keys, featureId),
          `“${item.link.phrase}” → ${nameOf(featureId)}${keys.length > 1 ? ` (all ${keys.length} mentions)` : ''}.`,
        );
      }),
    add: (candidate) => {
      if (!item || adding.current) return;
      const keys = group.map((i) => i.key);
      const { phrase } = item.link;
      // The mentions as they stand now: if the editor decides them otherwise before the gazetteer has
      // arrived, the later decision stands and the place is not added.
      const asNow = (d: ReviewDraft) =>
        JSON.stringify(
          keys
            .map((k) => d.items.find((i) => i.key === k))
            .map((i) => [i?.state, i?.link.featureId, i?.link.phrase]),
        ) + d.base;
      const before = asNow(draft);
      adding.current = true;
      desk.say(`Adding ${candidate.name} to the map…`);
      gazetteerChoice(candidate, phrase, index)
        .then(
          (choice) =>
            desk.decide((now) => {
              if (asNow(now) !== before)
                return {
                  draft: now,
                  said: `${candidate.name} was not added: “${phrase}” was decided otherwise meanwhile.`,
                };
              const n = keys.length > 1 ? ` (all ${keys.length} mentions)` : '';
              if ('mapped' in choice)
                return {
                  draft: retarget(now, keys, choice.mapped),
                  said: `“${phrase}” → ${nameOf(choice.mapped)}, a place the map has${n}.`,
                };
              return {
                draft: addPlace(now, keys, choice.feature),
                said: `“${phrase}” → ${candidate.name}, added to the map as a place of this story (a GeoNames point, approximate)${n}.`,
              };
            }),
          (error: Error) => desk.say(`${candidate.name} could not be added: ${error.message}.`),
        )
        .finally(() => {
          adding.current = false;
          // Back to the card, unless the editor has moved on to another field meanwhile.
          const active = document.activeElement;
          if (!active || active === document.body || card.current?.contains(active))
            setFocusTick((t) => t + 1);
        });
    },
    pick: () => item && (desk.arm(item.key), desk.say(null)),
    undo: () => act(desk.undo),
  };
  return { card, item, group, verbs };
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

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

/** One key each, anywhere on the page but in a text field. */
export function useDeskKeys(verbs: DeskVerbs, search: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      // The letter, whatever Caps Lock says; Shift is what makes "accept" "accept all".
      const run: Record<string, () => void> = {
        j: () => verbs.next(1),
        k: () => verbs.next(-1),
        a: () => verbs.accept(event.shiftKey),
        r: () => verbs.reject(),
        n: () => verbs.notPlace(),
        c: () => search.current?.focus(),
        p: () => verbs.pick(),
        u: () => verbs.undo(),
      };
      const action = event.key.length === 1 ? run[event.key.toLowerCase()] : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
