// The desk's reducer: each decision, step of the card, choice over a stale draft, discard, another
// tab's draft and answer of the storage is one action on the desk's slice (deskState.ts). Pure: the
// reducer never writes (the outbox says what is to be written).
import {
  accept,
  addLink,
  addPlace,
  groupOf,
  notAPlace,
  reject,
  retarget,
  startDraft,
  touched,
  type DeskDraft,
} from './draft';
import { fold } from '../../text/letters';
import { mergeDrafts } from './mergeDrafts';
import { changedItem, nextItem, nextPending } from './walk';
import { DESK_WORDS as W } from './deskWords';
import {
  cardOf,
  deskLocked,
  type DeskAction,
  type DeskReads,
  type DeskState,
  type Outbox,
} from './deskState';

const HISTORY = 500;

const write = (draft: DeskDraft): Outbox => ({ kind: 'write', draft });

/** A decision: the next draft, said; one step of history (no step when nothing changed). */
function decide(desk: DeskState, next: DeskDraft, said: string | null, move = false): DeskState {
  if (deskLocked(desk)) return { ...desk, message: W.chooseFirst };
  if (next === desk.draft) return { ...desk, message: said };
  return {
    ...desk,
    draft: next,
    past: [...desk.past.slice(-HISTORY + 1), desk.draft],
    future: [],
    outbox: write(next),
    message: said,
    current: move ? nextPending(next, desk.current, 1) : desk.current,
  };
}

/** Back to the bundle's links; the draft kept for "Undo discard" this session. */
function forget(desk: DeskState, theirs: DeskDraft, said: string): DeskState {
  return {
    ...desk,
    discarded: { draft: desk.draft, stale: desk.stale },
    stale: null,
    draft: theirs,
    past: [],
    future: [],
    outbox: { kind: 'remove' },
    current: nextPending(theirs, null, 1),
    askingDiscard: false,
    comparing: false,
    message: said,
  };
}

/** The mentions as they stand: a place arriving for them is added only if they still do. */
const asNow = (draft: DeskDraft, keys: readonly string[]) =>
  JSON.stringify(
    keys
      .map((k) => draft.items.find((i) => i.key === k))
      .map((i) => [i?.state, i?.link.featureId, i?.link.phrase]),
  ) + draft.base;

export function deskReducer(desk: DeskState, action: DeskAction, ctx: DeskReads): DeskState {
  const { item, group } = cardOf(desk);
  const keys = group.map((i) => i.key);
  switch (action.type) {
    case 'desk/next':
      return { ...desk, current: nextPending(desk.draft, desk.current, action.step) };
    case 'desk/step':
      return { ...desk, current: nextItem(desk.draft, desk.current, action.step) };
    case 'desk/show':
      return desk.current === action.key ? desk : { ...desk, current: action.key };
    case 'desk/accept': {
      if (!item) return desk;
      const all = action.all ? keys : [item.key];
      return decide(desk, accept(desk.draft, all), W.accepted(item.link.phrase, all.length), true);
    }
    case 'desk/reject':
      return item ? decide(desk, reject(desk.draft, [item.key]), W.rejected(item.link.phrase), true) : desk;
    case 'desk/notPlace': {
      if (!item) return desk;
      const n = desk.draft.items.filter((i) => fold(i.link.phrase) === fold(item.link.phrase)).length;
      return decide(desk, notAPlace(desk.draft, item.key), W.notAPlace(item.link.phrase, n), true);
    }
    case 'desk/choose':
      if (!item) return desk;
      return decide(
        desk,
        retarget(desk.draft, keys, action.featureId),
        W.chosen(item.link.phrase, ctx.nameOf(action.featureId), keys.length),
        true,
      );
    case 'desk/linkWords':
      return { ...desk, linking: action.words, message: null };
    case 'desk/addLink': {
      const next = decide(
        desk,
        addLink(desk.draft, action.link),
        W.linked(action.link.phrase, ctx.nameOf(action.link.featureId)),
      );
      return next.draft === desk.draft ? next : { ...next, linking: null };
    }
    case 'desk/pick':
      if (!item) return desk;
      if (deskLocked(desk)) return { ...desk, message: W.chooseFirst };
      return { ...desk, armed: item.key, message: null };
    case 'desk/cancelPick':
      return desk.armed ? { ...desk, armed: null, message: W.pickCancelled } : desk;
    case 'desk/undo': {
      if (deskLocked(desk)) return { ...desk, message: W.chooseFirst };
      const previous = desk.past.at(-1);
      if (!previous) return { ...desk, message: W.nothingToUndo };
      // Restoring an earlier draft is a change of its own: newer than what the other tabs hold.
      const restored = touched(previous);
      return {
        ...desk,
        draft: restored,
        past: desk.past.slice(0, -1),
        future: [...desk.future, desk.draft],
        outbox: write(restored),
        current: changedItem(desk.draft, previous) ?? desk.current,
        message: W.undone,
      };
    }
    case 'desk/redo': {
      if (deskLocked(desk)) return { ...desk, message: W.chooseFirst };
      const next = desk.future.at(-1);
      if (!next) return { ...desk, message: W.nothingToRedo };
      const redone = touched(next);
      return {
        ...desk,
        draft: redone,
        past: [...desk.past, desk.draft],
        future: desk.future.slice(0, -1),
        outbox: write(redone),
        current: changedItem(desk.draft, next) ?? desk.current,
        message: W.redone,
      };
    }
    case 'desk/keepDraft': {
      if (!desk.stale) return desk;
      const merged = mergeDrafts(desk.stale.theirs, desk.draft, ctx.story.passages);
      const kept = touched(merged.draft);
      return {
        ...desk,
        stale: null,
        comparing: false,
        draft: kept,
        past: [],
        future: [],
        outbox: write(kept),
        current: nextPending(kept, null, 1),
        message: W.kept(merged.carried, merged.dropped),
      };
    }
    case 'desk/takeTheirs': {
      if (!desk.stale) return desk;
      if (desk.stale.newer.kind === 'bundle') return forget(desk, desk.stale.theirs, W.tookBundle);
      // A colleague's revision: theirs is the draft now, kept in this browser too.
      const taken = forget(desk, desk.stale.theirs, W.tookTheirs);
      return { ...taken, outbox: write(desk.stale.theirs) };
    }
    case 'desk/theirRevision': {
      const { draft: theirs, by, at, revision } = action;
      if (action.take)
        return {
          ...desk,
          stale: null,
          draft: theirs,
          past: [],
          future: [],
          outbox: write(theirs),
          current: nextPending(theirs, null, 1),
          message: W.openedTheirs(revision),
        };
      return {
        ...desk,
        stale: { newer: { kind: 'revision', by, at, revision }, theirs },
        comparing: false,
        armed: null,
      };
    }
    case 'desk/newsroom':
      return { ...desk, newsroom: action.note };
    case 'desk/publishing':
      // A Publish begun: what an unpublish or a restore said before is over.
      return {
        ...desk,
        publishing: action.publishing,
        revisions: action.publishing ? { ...desk.revisions, step: null } : desk.revisions,
      };
    case 'desk/revisions':
      return { ...desk, revisions: { ...desk.revisions, ...action.revisions } };
    case 'desk/compare':
      return { ...desk, comparing: action.open };
    case 'desk/askDiscard':
      return { ...desk, askingDiscard: action.open };
    case 'desk/discard':
      return forget(desk, startDraft(ctx.story), W.discarded);
    case 'desk/undoDiscard': {
      const { discarded } = desk;
      if (!discarded) return desk;
      // Taken over a newer bundle, it is stale again: the choice comes back with it.
      const back = discarded.stale ? discarded.draft : touched(discarded.draft);
      return {
        ...desk,
        stale: discarded.stale,
        draft: back,
        outbox: write(back),
        discarded: null,
        message: W.discardUndone,
      };
    }
    case 'desk/placeAdding':
      if (!item || desk.adding) return desk;
      if (deskLocked(desk)) return { ...desk, message: W.chooseFirst };
      return {
        ...desk,
        adding: { name: action.name, phrase: item.link.phrase, keys, before: asNow(desk.draft, keys) },
        message: W.adding(action.name),
      };
    case 'desk/placeFound': {
      const { adding } = desk;
      if (!adding) return desk;
      const done = { ...desk, adding: null };
      if (asNow(desk.draft, adding.keys) !== adding.before)
        return { ...done, message: W.notAdded(action.name, adding.phrase) };
      const n = adding.keys.length;
      return 'mapped' in action.choice
        ? decide(
            done,
            retarget(desk.draft, adding.keys, action.choice.mapped),
            W.addedMapped(adding.phrase, ctx.nameOf(action.choice.mapped), n),
          )
        : decide(
            done,
            addPlace(desk.draft, adding.keys, action.choice.feature),
            W.added(adding.phrase, action.name, n),
          );
    }
    case 'desk/placeFailed':
      return { ...desk, adding: null, message: W.notAddable(action.name, action.error) };
    case 'desk/otherTab': {
      // The second tab follows the first: the newest draft wins. What this tab had not written yet,
      // and its history, give way to it.
      const theirs = action.draft;
      if (!theirs) {
        const fresh = startDraft(ctx.story);
        return {
          ...desk,
          stale: null,
          draft: fresh,
          past: [],
          future: [],
          outbox: null,
          message: W.discardedElsewhere,
        };
      }
      if (theirs.changedAt < desk.draft.changedAt) return desk;
      return { ...desk, draft: theirs, past: [], future: [], outbox: null, message: W.followed };
    }
    case 'desk/stored':
      return desk.stored === action.ok ? desk : { ...desk, stored: action.ok };
    case 'desk/downloaded': {
      const next = { ...desk.draft, downloadedAt: action.at };
      return { ...desk, draft: next, outbox: write(next), problems: [], message: action.said };
    }
    case 'desk/notPublished':
      return { ...desk, problems: action.problems, message: W.notPublished };
    case 'desk/gazetteer':
      return { ...desk, gazetteer: action.places };
    case 'desk/say':
      return { ...desk, message: action.message };
  }
}

/** A map pick while a pick is armed: every mention of the same words linked to the same place, re-targeted. */
export function pickArmed(desk: DeskState, featureId: string): DeskState {
  if (!desk.armed) return desk;
  const keys = groupOf(desk.draft, desk.armed).map((i) => i.key);
  const all = keys.length ? keys : [desk.armed];
  return { ...decide(desk, retarget(desk.draft, all, featureId), W.retargeted(all.length)), armed: null };
}
