// The desk's slice of the open story's store (store.ts): the editor's draft and everything around it
// (deskReducer.ts changes it). The history holds the drafts before each decision (undo) and those
// undone (redo); when something newer than the draft exists (a rebuilt bundle today, a colleague's
// revision once drafts live on a server), the desk shows it and decides nothing until the editor
// keeps their draft, takes the newer one, or compares. What is to be written to the browser's storage
// is `outbox`, which the desk's storage effect (src/desk/deskStorage.ts) carries out.
import type { Story } from '../../story/story';
import type { SituationFeature } from '../../domain/schema';
import type { GazetteerPlace } from '../../geoparse/gazetteer';
import { fold } from '../../text/letters';
import { groupOf, type DeskDraft } from './draft';
import { nextPending } from './walk';
import { NO_REVISIONS, type RevisionsDesk } from '../newsroom/revisionsDesk';

/**
 * What is newer than the editor's draft: a rebuilt or replaced bundle, or a colleague's revision of the
 * draft on the newsroom server (who saved it and when, ISO 8601, as the server gives them: the banner
 * says "<name> saved a newer draft at <time>." with a time people read), shown and chosen alike.
 */
export type Newer =
  { kind: 'bundle' } | { kind: 'revision'; by: string | null; at: string | null; revision: number };

/** Publishing from the desk to the newsroom (an editor): asked, sent, done or refused (the server's words). */
export type Publishing =
  | { step: 'confirm' }
  | { step: 'sending' }
  | { step: 'published'; url: string; revision: number }
  | { step: 'refused'; error: string };

/** The draft on the newsroom server (signed in, a story started at #new): what the desk says of it. */
export type NewsroomNote =
  | { status: 'saved'; revision: number }
  | { status: 'saving'; revision: number | null }
  /** The server cannot be reached: the draft is kept in this browser until it is back. */
  | { status: 'offline'; revision: number | null }
  /**
   * The server answers again, and the draft kept in this browser is not saved there: the desk offers to
   * save it over `revision`, the one it started from (decisions made meanwhile stay in this browser).
   */
  | { status: 'offer'; revision: number | null }
  /** The server refused the save (its words). */
  | { status: 'refused'; error: string; revision: number | null };

export interface Stale {
  newer: Newer;
  /** The newer links, shown while the editor chooses (the bundle's own, as a draft). */
  theirs: DeskDraft;
}

/** A discarded draft, and what it was stale against when the newer one was taken over it. */
export interface Discarded {
  draft: DeskDraft;
  stale: Stale | null;
}

/** What the storage effect is to do next (by identity: a new value is a new request). */
export type Outbox =
  | { kind: 'write'; draft: DeskDraft }
  | { kind: 'remove' }
  /** A stored draft this code cannot read, kept under another key. */
  | { kind: 'setAside'; text: string; key: string };

/** A gazetteer place on its way to the map, for the mentions as they stood when it was asked for. */
export interface Adding {
  name: string;
  phrase: string;
  keys: string[];
  before: string;
}

/** Words the editor selected in the article, waiting for a place ("Link the selected words"). */
export interface SelectedWords {
  passageId: string;
  phrase: string;
}

export interface DeskState {
  draft: DeskDraft;
  /** Drafts before each decision, oldest first (this session). */
  past: readonly DeskDraft[];
  /** Drafts undone, the next to redo last. */
  future: readonly DeskDraft[];
  /** The item the card shows. */
  current: string | null;
  /** The item waiting for a pick on the map. */
  armed: string | null;
  stale: Stale | null;
  /** The draft was restored from this browser's storage. */
  restored: boolean;
  /** false once the browser refused to store the draft. */
  stored: boolean;
  discarded: Discarded | null;
  message: string | null;
  /** The checks the reviewed story failed at the last download. */
  problems: readonly string[];
  /** The comparison with the newer links is shown. */
  comparing: boolean;
  /** "Discard N decisions?" is asked. */
  askingDiscard: boolean;
  adding: Adding | null;
  linking: SelectedWords | null;
  /** The whole gazetteer, once the editor searched beyond the map. */
  gazetteer: readonly GazetteerPlace[] | null;
  outbox: Outbox | null;
  /** The draft on the newsroom server; null when it is kept in this browser only. */
  newsroom: NewsroomNote | null;
  publishing: Publishing | null;
  /** Unpublish, restore and the story's revisions (src/desk/RevisionsPanel.tsx). */
  revisions: RevisionsDesk;
}

/** What opening the desk found in storage (src/desk/openDraft.ts reads and checks it). */
export type Opened = { notice: string | null; outbox: Outbox | null } & (
  | { kind: 'fresh'; draft: DeskDraft }
  | { kind: 'restored'; draft: DeskDraft }
  | { kind: 'stale'; draft: DeskDraft; stale: Stale }
);

export type DeskAction =
  | { type: 'desk/next'; step: 1 | -1 }
  | { type: 'desk/step'; step: 1 | -1 }
  | { type: 'desk/show'; key: string | null }
  | { type: 'desk/accept'; all: boolean }
  | { type: 'desk/reject' }
  | { type: 'desk/notPlace' }
  | { type: 'desk/choose'; featureId: string }
  | { type: 'desk/linkWords'; words: SelectedWords | null }
  | { type: 'desk/addLink'; link: SelectedWords & { featureId: string } }
  | { type: 'desk/pick' }
  | { type: 'desk/cancelPick' }
  | { type: 'desk/undo' }
  | { type: 'desk/redo' }
  | { type: 'desk/keepDraft' }
  | { type: 'desk/takeTheirs' }
  | { type: 'desk/compare'; open: boolean }
  | { type: 'desk/askDiscard'; open: boolean }
  | { type: 'desk/discard' }
  | { type: 'desk/undoDiscard' }
  | { type: 'desk/placeAdding'; name: string }
  | {
      type: 'desk/placeFound';
      name: string;
      choice: { mapped: string } | { feature: SituationFeature };
    }
  | { type: 'desk/placeFailed'; name: string; error: string }
  | { type: 'desk/otherTab'; draft: DeskDraft | null }
  | { type: 'desk/stored'; ok: boolean }
  /** The newsroom's draft, newer than this desk's: taken as it is (nothing decided here yet), or offered. */
  | {
      type: 'desk/theirRevision';
      draft: DeskDraft;
      by: string | null;
      at: string | null;
      revision: number;
      take: boolean;
    }
  | { type: 'desk/newsroom'; note: NewsroomNote | null }
  | { type: 'desk/publishing'; publishing: Publishing | null }
  | { type: 'desk/revisions'; revisions: Partial<RevisionsDesk> }
  | { type: 'desk/downloaded'; at: string; said: string }
  | { type: 'desk/notPublished'; problems: string[] }
  | { type: 'desk/gazetteer'; places: readonly GazetteerPlace[] }
  | { type: 'desk/say'; message: string | null };

/** What the desk's reducer reads beyond its slice: the bundle, and a feature's name as the reader sees it. */
export interface DeskReads {
  story: Story;
  nameOf: (featureId: string) => string;
}

export function initialDeskState(opened: Opened): DeskState {
  const stale = opened.kind === 'stale' ? opened.stale : null;
  return {
    draft: opened.draft,
    past: [],
    future: [],
    current: nextPending(stale?.theirs ?? opened.draft, null, 1),
    armed: null,
    stale,
    restored: opened.kind === 'restored',
    stored: true,
    discarded: null,
    message: opened.notice,
    problems: [],
    comparing: false,
    askingDiscard: false,
    adding: null,
    linking: null,
    gazetteer: null,
    outbox: opened.outbox,
    newsroom: null,
    publishing: null,
    revisions: NO_REVISIONS,
  };
}

/** The links the article and the map show: the draft's, or the newer ones while the editor chooses. */
export const shownDraft = (desk: DeskState): DeskDraft => desk.stale?.theirs ?? desk.draft;

/** Nothing is decided, written or downloaded while something newer waits for the editor's choice. */
export const deskLocked = (desk: DeskState): boolean => desk.stale !== null;

/** The item the card shows, and the mentions decided with it (the same words, the same place). */
export function cardOf(desk: DeskState) {
  const item = desk.draft.items.find((i) => i.key === desk.current);
  return { item, group: item ? groupOf(desk.draft, item.key) : [] };
}

/**
 * A phrase of the article selected at the desk: the mention the reader sees there (standing, linked
 * as shown), or null when the desk has no card for it.
 */
export function mentionOf(
  desk: DeskState,
  phrase: { passageId: string; text: string; features: readonly string[] },
): string | null {
  const folded = fold(phrase.text);
  const here = shownDraft(desk).items.filter(
    (i) => i.link.passageId === phrase.passageId && fold(i.link.phrase) === folded,
  );
  const item =
    here.find(
      (i) => (i.state === 'accepted' || i.state === 'pending') && phrase.features.includes(i.link.featureId),
    ) ?? here[0];
  return item?.key ?? null;
}
