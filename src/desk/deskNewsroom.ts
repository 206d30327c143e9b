// The desk's draft on the newsroom server, as an effect of the store beside the browser's storage
// (deskStorage.ts), following the same outbox: signed in, a story started at #new is saved to the
// server after each change is painted, at most one save in flight (the decisions made meanwhile go in
// the next), each over the revision it started from (If-Match). A newer revision on the server (a
// refused save, 409; or found when the desk asks, every 30 s and when the tab gets focus, with
// If-None-Match) is offered as `desk/theirRevision`: the stale-draft banner, with Keep my draft (saved
// over theirs), Take theirs, Compare. When the server cannot be reached the draft stays in this
// browser (deskStorage.ts) and the desk says so; when it answers again, and what was kept is not on the
// server, the desk offers to save it (saveKeptDraft) over the revision it started from: decisions made
// while the offer stands stay in this browser until the editor accepts it; a colleague's revision
// saved meanwhile is refused by the server (409) or found when the desk asks, and shown in the banner.
import type { BundleFiles } from '../story/bundleFiles';
import { bundleHash, type DeskDraft } from '../state/desk/draft';
import type { StoryStore } from '../state/store';
import {
  getDraft,
  publishDraft,
  putDraft,
  revisionOf,
  savedByOf,
  whoSavedLast,
  type SavedBy,
} from '../state/newsroom/drafts';
import type { Publishing } from '../state/desk/deskState';
import { storedNewsroomRevision } from '../state/storage';
import { NEWSROOM_WORDS } from '../state/newsroom/newsroomWords';

export interface NewsroomTimer {
  /** Calls `tick` every `ms`; returns the stop. */
  every(tick: () => void, ms: number): () => void;
}

export const realTimer: NewsroomTimer = {
  every(tick, ms) {
    const id = window.setInterval(tick, ms);
    return () => window.clearInterval(id);
  },
};

export const ASK_EVERY_MS = 30_000;

/** The offer's Save of each followed desk (saveKeptDraft). */
const offers = new WeakMap<StoryStore, () => void>();

/** The editor accepts the offer: the draft kept in this browser is saved over the revision it started from. */
export function saveKeptDraft(store: StoryStore): void {
  offers.get(store)?.();
}

export function followNewsroomDraft(
  store: StoryStore,
  files: () => BundleFiles | null,
  timer: NewsroomTimer = realTimer,
  /**
   * The story is one the build (or the newsroom) publishes, not started in this browser: the desk
   * opened on it afresh is no draft yet, and is saved from the first decision on.
   */
  published = false,
): () => void {
  const slug = store.getState().bundle.story.slug;
  const desk = () => store.getState().desk!;
  const note = (n: Parameters<typeof noteAction>[0]) => store.dispatch(noteAction(n));
  /** The server's revision this desk's draft stands on (null: none yet, or not known). */
  let revision: number | null = null;
  /** The draft the server holds, as text: a draft equal to it is not saved again. */
  let synced: string | null = null;
  let known = false;
  let busy = false;
  let stopped = false;
  let offline = false;
  /** The server was out of reach: nothing is saved until the editor accepts the offer (or chooses in the banner). */
  let held = false;
  /** The editor accepted the offer while the desk was asking the server: saved once the answer is in. */
  let accepted = false;
  /** The newsroom's draft is of other files than the story this desk shows (its revision): nothing is saved until a reload opens it. */
  let foreign: number | null = null;
  const sayForeign = () =>
    note({ status: 'refused', error: NEWSROOM_WORDS.otherFiles(foreign!), revision: foreign });
  /** The outbox last seen (by identity). */
  let done: unknown = null;
  /** The revision a draft restored from this browser's storage stood on when it was stored (kept beside it). */
  const startedFrom = desk().restored ? storedNewsroomRevision.read(slug) : null;
  /** The desk's draft stands on `rev` (saved there, or taken from it): kept, for a reload to know. */
  const based = (rev: number | null) => {
    if (rev !== null && storedNewsroomRevision.read(slug) !== rev) storedNewsroomRevision.write(slug, rev);
  };

  // A published story opened afresh: the same as the story, nothing to save until a decision.
  if (published && !desk().restored) synced = JSON.stringify(desk().draft);

  const unsaved = () => JSON.stringify(desk().draft) !== synced;

  /** The story this desk shows, as a draft's base says it (the files' content hash). */
  const shown = bundleHash(store.getState().bundle.story);

  /** A revision newer than this desk's: taken (nothing decided here yet) or shown in the banner. */
  const offer = async (theirs: DeskDraft, rev: number, saved: SavedBy | null) => {
    if (theirs.base !== shown) {
      // Their draft is of other files (a colleague changed the text, title or events): its decisions
      // are not laid over a text the editor does not see, and nothing is saved over it from here.
      foreign = rev;
      revision = rev;
      synced = JSON.stringify(theirs);
      return sayForeign();
    }
    foreign = null;
    revision = rev;
    synced = JSON.stringify(theirs);
    // The editor chooses in the banner now (Keep my draft saves): the offer is over.
    held = false;
    if (!unsaved()) {
      based(rev);
      return note({ status: 'saved', revision: rev });
    }
    const fresh = !desk().restored && desk().past.length === 0 && !desk().stale;
    if (fresh) based(rev);
    const { by, at } = saved ?? (await whoSavedLast(slug));
    if (stopped) return;
    store.dispatch({ type: 'desk/theirRevision', draft: theirs, by, at, revision: rev, take: fresh });
    note({ status: 'saved', revision: rev });
  };

  /** The server answers again after an outage: the offer, if the draft kept here is not on the server. */
  const answered = () => {
    if (foreign !== null) {
      sayForeign();
      return true;
    }
    if (!held) return false;
    if (unsaved()) {
      note({ status: 'offer', revision });
      return true;
    }
    held = false;
    based(revision);
    if (revision !== null) note({ status: 'saved', revision });
    return true;
  };

  /** Asks the server, then saves what is not saved yet (decisions made meanwhile), unless it is held. */
  const ask = async () => {
    await askOnce();
    if (accepted) {
      accepted = false;
      // Still offered (the answer found no newer revision, which the banner would show instead).
      if (held && !offline) return void save(true);
    }
    if (!stopped && known && !offline && !held && !desk().stale) void save();
  };

  const unreachable = () => {
    offline = true;
    held = true;
    note({ status: 'offline', revision });
  };

  /** Asks the server for its draft: once at the start (known false), then with If-None-Match. */
  const askOnce = async () => {
    if (busy || stopped) return;
    busy = true;
    const answer = await getDraft(slug, known ? revision : null);
    busy = false;
    if (stopped) return;
    if (!answer.ok) {
      if (answer.status === 404) {
        known = true;
        revision = null;
        offline = false;
        answered();
        return;
      }
      if (answer.status === 0 || answer.status >= 500) return unreachable();
      return note({ status: 'refused', error: answer.error, revision });
    }
    known = true;
    offline = false;
    const rev = answer.status === 304 ? revision : revisionOf(answer.etag);
    if (rev === null) return;
    if (rev === revision) {
      if (!answered()) note({ status: 'saved', revision: rev });
      return;
    }
    if (revision === null && rev === startedFrom && answer.status === 200) {
      // The draft restored here stood on this very revision: the editor's own work, kept in this
      // browser (the server was out of reach, or the tab closed before it was saved), not older than
      // the server's. Offered, as after an outage.
      revision = rev;
      synced = JSON.stringify(answer.body.review);
      held = true;
      answered();
      return;
    }
    await offer(answer.body.review, rev, null);
  };

  /** Saves the desk's draft over `revision`, unless the server holds it already or it is held (`kept`: the editor accepts the offer). */
  const save = async (kept = false) => {
    if (busy || stopped || !known || foreign !== null || (held && !kept)) return;
    const state = desk();
    if (state.stale) return;
    const draft = state.draft;
    const text = JSON.stringify(draft);
    if (text === synced) return based(revision);
    const bundle = files();
    if (!bundle) return;
    busy = true;
    note({ status: 'saving', revision });
    const answer = await putDraft(slug, { bundle, review: draft }, revision);
    busy = false;
    if (stopped) return;
    if (answer.ok) {
      offline = false;
      held = false;
      revision = revisionOf(answer.etag) ?? revision;
      synced = text;
      based(revision);
      note({ status: 'saved', revision: revision! });
      // Decisions made while this one was in flight go in the next save.
      if (JSON.stringify(desk().draft) !== synced) void save();
      return;
    }
    if (answer.status === 409 || answer.status === 428) {
      // Who saved it and when, as the 409 gives them (a 428 names no one: the revisions list does).
      const saved = answer.status === 409 ? savedByOf(answer.body) : null;
      const theirs = await getDraft(slug);
      if (stopped) return;
      const rev = theirs.ok ? revisionOf(theirs.etag) : null;
      if (theirs.ok && rev !== null) return offer(theirs.body.review, rev, saved?.by ? saved : null);
      return note({ status: 'refused', error: answer.error, revision });
    }
    if (answer.status === 0 || answer.status >= 500) return unreachable();
    note({ status: 'refused', error: answer.error, revision });
  };

  const follow = () => {
    const outbox = desk().outbox;
    if (outbox === done) return;
    done = outbox;
    // Saved after the change is painted, as the browser's storage does.
    if (outbox?.kind === 'write') requestAnimationFrame(() => setTimeout(() => void save(), 0));
  };
  done = desk().outbox;
  const unsubscribe = store.subscribe(follow);
  const stopTimer = timer.every(() => void ask(), ASK_EVERY_MS);
  const onFocus = () => void ask();
  window.addEventListener('focus', onFocus);
  offers.set(store, () => {
    if (busy) accepted = true;
    else void save(true);
  });
  void ask();
  return () => {
    stopped = true;
    offers.delete(store);
    unsubscribe();
    stopTimer();
    window.removeEventListener('focus', onFocus);
  };
}

const noteAction = (note: NonNullable<ReturnType<StoryStore['getState']>['desk']>['newsroom']) =>
  ({ type: 'desk/newsroom', note }) as const;

/** Publish now: the server's draft, if it is the revision this desk saved; the outcome reported to the store. */
export async function publishToNewsroom(store: StoryStore): Promise<void> {
  const { slug } = store.getState().bundle.story;
  const say = (publishing: Publishing | null) => store.dispatch({ type: 'desk/publishing', publishing });
  const note = store.getState().desk?.newsroom;
  if (note?.status !== 'saved') return say({ step: 'refused', error: NEWSROOM_WORDS.saveFirst });
  say({ step: 'sending' });
  const answer = await publishDraft(slug, note.revision);
  if (answer.ok) return say({ step: 'published', url: answer.body.url, revision: answer.body.revision });
  say({ step: 'refused', error: answer.error || NEWSROOM_WORDS.failed(answer.status) });
}
