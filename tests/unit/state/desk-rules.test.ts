// The editor's desk as a reducer, in Node: every rule tests/browser/desk.spec.ts (and the desk's
// journeys in story-new and new-story-page) checks in a browser, on the same fixture bundle. The
// browser specs keep the journeys (keys, focus, two real tabs, the download); the rules are here.
import { describe, expect, it } from 'vitest';
import { card, DESK_STORY, deskStore, loadedLayers, said, tally, written } from '../helpers/deskStore';
import { shownStory, shownLayers } from '../../../src/state/shown';
import { deskLocked } from '../../../src/state/desk/deskState';
import { differences } from '../../../src/state/desk/mergeDrafts';
import { startDraft, type DeskDraft } from '../../../src/state/desk/draft';
import type { StoryStore } from '../../../src/state/store';
import type { SituationFeature } from '../../../src/domain/schema';
import { STORY_PLACES_LAYER } from '../../../src/domain/ids';

const press = (store: StoryStore, ...keys: string[]) => {
  for (const key of keys)
    store.dispatch(
      (
        {
          j: { type: 'desk/next', step: 1 },
          k: { type: 'desk/next', step: -1 },
          a: { type: 'desk/accept', all: false },
          A: { type: 'desk/accept', all: true },
          r: { type: 'desk/reject' },
          n: { type: 'desk/notPlace' },
          u: { type: 'desk/undo' },
          U: { type: 'desk/redo' },
          p: { type: 'desk/pick' },
        } as const
      )[key as 'j'],
    );
};
/** The stored draft, as another tab (or an older bundle) left it. */
const storedDraft = (store: StoryStore): DeskDraft => JSON.parse(written(store)!) as DeskDraft;
const olderBundle = (draft: DeskDraft) => JSON.stringify({ ...draft, base: 'an-older-bundle' });
const links = (store: StoryStore) => shownStory(store.getState()).story.links;
const phrase = (passageId: string, text: string, features: string[]) => ({
  type: 'phrase' as const,
  phrase: { passageId, text, features, framed: features },
  from: null,
});

describe('deciding, by key', () => {
  it('five proposals decided: each key moves the card to the next to decide; undo steps back to the mention it re-opens', () => {
    const store = deskStore();
    expect(card(store)).toBe('Zubin Potok');
    press(store, 'j');
    expect(card(store)).toBe('Gazivode');
    for (const [key, next] of [
      ['r', 'Bunjaku'],
      ['n', 'Zvečan'],
      ['a', 'Leposavić'],
      ['a', 'Zubin Potok'],
      ['r', 'Zubin Potok'],
    ] as const) {
      press(store, key);
      expect(card(store), `after ${key}`).toBe(next);
    }
    expect(tally(store)).toBe('7 to review · 2 accepted · 2 rejected · 1 not a place');
    press(store, 'u');
    expect(tally(store)).toBe('8 to review · 2 accepted · 1 rejected · 1 not a place');
    press(store, 'u');
    expect(tally(store)).toBe('9 to review · 1 accepted · 1 rejected · 1 not a place');
    expect(card(store)).toBe('Leposavić');
    expect(said(store)).toBe('Undone.');
    // The rejected "Gazivode" and the "not a place" Bunjaku are no longer links of the article.
    const phrases = links(store).map((l) => l.phrase);
    expect(phrases).not.toContain('Gazivode');
    expect(phrases).not.toContain('Bunjaku');
    expect(links(store).some((l) => l.status === 'proposed')).toBe(true);
  });

  it('k goes back; with nothing left to decide, j and k walk every mention', () => {
    const store = deskStore();
    press(store, 'k');
    expect(card(store)).toBe('Jarinje');
    for (let i = 0; i < 12; i++) press(store, 'a');
    expect(tally(store)).toBe('0 to review · 12 accepted · 0 rejected · 0 not a place');
    press(store, 'j');
    expect(card(store)).toBeDefined();
  });

  it('a group of three mentions is accepted at once, and says so', () => {
    const store = deskStore();
    store.dispatch(phrase('p4', 'Zubin Potok', ['town-zubin-potok']));
    expect(card(store)).toBe('Zubin Potok');
    expect(store.getState().desk!.current).toBe('l6');
    press(store, 'A');
    expect(said(store)).toBe('Accepted all 3 mentions of “Zubin Potok”.');
    expect(tally(store)).toBe('9 to review · 3 accepted · 0 rejected · 0 not a place');
  });

  it('nothing to undo or redo says so and changes nothing', () => {
    const store = deskStore();
    const before = store.getState().desk!.draft;
    press(store, 'u');
    expect(said(store)).toBe('Nothing to undo.');
    press(store, 'U');
    expect(said(store)).toBe('Nothing to redo.');
    expect(store.getState().desk!.draft).toBe(before);
  });
});

describe('redo', () => {
  it('redoes what was undone, back to the mention it changes; any new decision clears what can be redone', () => {
    const store = deskStore();
    press(store, 'r', 'a', 'a');
    expect(tally(store)).toBe('9 to review · 2 accepted · 1 rejected · 0 not a place');
    press(store, 'u', 'u');
    expect(tally(store)).toBe('11 to review · 0 accepted · 1 rejected · 0 not a place');
    expect(store.getState().desk!.future).toHaveLength(2);
    press(store, 'U');
    expect(said(store)).toBe('Redone.');
    expect(tally(store)).toBe('10 to review · 1 accepted · 1 rejected · 0 not a place');
    expect(card(store)).toBe('Gazivode');
    press(store, 'n');
    expect(store.getState().desk!.future).toHaveLength(0);
    press(store, 'U');
    expect(said(store)).toBe('Nothing to redo.');
    // The redone and the new decision are undone in turn.
    press(store, 'u');
    expect(tally(store)).toBe('10 to review · 1 accepted · 1 rejected · 0 not a place');
  });

  it('a redo is a change of its own: stored, newer than what other tabs hold', () => {
    const store = deskStore();
    press(store, 'r');
    const rejected = storedDraft(store);
    press(store, 'u', 'U');
    const redone = storedDraft(store);
    expect(redone.items[0].state).toBe('rejected');
    expect(redone.changedAt >= rejected.changedAt).toBe(true);
  });
});

describe('choosing another place', () => {
  it('re-targets the group, accepted, and names the place chosen', () => {
    const store = deskStore();
    store.dispatch({ type: 'layersLoaded', layers: loadedLayers(), complete: true });
    press(store, 'j');
    store.dispatch({ type: 'desk/choose', featureId: 'town-zubin-potok' });
    expect(said(store)).toBe('“Gazivode” → Zubin Potok.');
    expect(tally(store)).toMatch(/^11 to review · 1 accepted/);
    const item = store.getState().desk!.draft.items.find((i) => i.key === 'l1')!;
    expect(item).toMatchObject({ state: 'accepted', link: { featureId: 'town-zubin-potok' } });
  });

  it('a link from words the geoparser missed is accepted, and undone like any decision', () => {
    const store = deskStore();
    store.dispatch({
      type: 'desk/addLink',
      link: { passageId: 'p2', phrase: 'the road', featureId: 'crossing-jarinje' },
    });
    expect(said(store)).toBe('Linked “the road” to crossing-jarinje (not on the map).');
    expect(links(store).find((l) => l.phrase === 'the road')).toMatchObject({ status: 'reviewed' });
    press(store, 'u');
    expect(links(store).find((l) => l.phrase === 'the road')).toBeUndefined();
  });
});

describe('a pick on the map, and a phrase in the text', () => {
  it('a map pick while a pick is armed re-targets the mention (and its group), not the details', () => {
    const store = deskStore();
    store.dispatch({ type: 'layersLoaded', layers: loadedLayers(), complete: true });
    press(store, 'j', 'p');
    expect(store.getState().desk!.armed).toBe('l1');
    store.dispatch({ type: 'pick', featureId: 'crossing-brnjak', alsoHere: [], from: null });
    expect(said(store)).toBe('Re-targeted from the map.');
    expect(store.getState().desk!.armed).toBeNull();
    expect(store.getState().viewer.selection.kind).toBe('none');
    expect(store.getState().desk!.draft.items[1].link.featureId).toBe('crossing-brnjak');
    // Disarmed, a pick is the reader's again: the details open.
    store.dispatch({ type: 'pick', featureId: 'crossing-brnjak', alsoHere: [], from: null });
    expect(store.getState().viewer.selection).toMatchObject({
      kind: 'feature',
      featureId: 'crossing-brnjak',
    });
    // A group: every mention of the same words linked to the same place.
    store.dispatch(phrase('p2', 'Zubin Potok', ['town-zubin-potok']));
    press(store, 'p');
    store.dispatch({ type: 'pick', featureId: 'town-zvecan', alsoHere: [], from: null });
    expect(said(store)).toBe('Re-targeted from the map (all 3 mentions).');
  });

  it('Escape cancels an armed pick and says so', () => {
    const store = deskStore();
    press(store, 'p');
    store.dispatch({ type: 'desk/cancelPick' });
    expect(store.getState().desk!.armed).toBeNull();
    expect(said(store)).toBe('Pick on map cancelled.');
  });

  it('a phrase in review opens its card and shows its places, without opening the details', () => {
    const store = deskStore();
    store.dispatch(phrase('p3', 'Leposavić', ['town-leposavic']));
    expect(card(store)).toBe('Leposavić');
    expect(store.getState().desk!.current).toBe('l4');
    expect(store.getState().viewer.hovered).toEqual(['town-leposavic']);
    expect(store.getState().viewer.selection.kind).toBe('none');
  });

  it('a phrase the desk has no card for opens the details as for a reader', () => {
    const store = deskStore();
    store.dispatch({ type: 'layersLoaded', layers: loadedLayers(), complete: true });
    store.dispatch(phrase('p3', 'somewhere', ['town-zvecan']));
    expect(store.getState().viewer.selection).toMatchObject({ kind: 'feature', featureId: 'town-zvecan' });
  });
});

describe('a draft older than the bundle', () => {
  const staleStore = () => {
    const first = deskStore();
    press(first, 'r'); // reject Zubin Potok (p2)
    return deskStore(olderBundle(storedDraft(first)));
  };

  it('says so, shows the bundle, and decides nothing until the editor chooses', () => {
    const store = staleStore();
    const desk = store.getState().desk!;
    expect(desk.stale).toMatchObject({ newer: { kind: 'bundle' } });
    expect(deskLocked(desk)).toBe(true);
    expect(tally(store)).toMatch(/1 rejected/);
    // The article shows the bundle's links.
    expect(links(store).find((l) => l.phrase === 'Zubin Potok')).toMatchObject({ status: 'proposed' });
    const before = store.getState().desk!.draft;
    press(store, 'a');
    expect(store.getState().desk!.draft).toBe(before);
    expect(said(store)).toMatch(/^First choose above: keep your draft, take the bundle, or compare them/);
    expect(written(store)).toBeUndefined();
  });

  it('compare: what differs, line by line', () => {
    const store = staleStore();
    store.dispatch({ type: 'desk/compare', open: true });
    const desk = store.getState().desk!;
    expect(desk.comparing).toBe(true);
    expect(differences(desk.draft, desk.stale!.theirs)).toContain(
      '“Zubin Potok” (p2): your draft rejected → town-zubin-potok; the bundle pending → town-zubin-potok',
    );
  });

  it('take the bundle: the draft is gone, for this session only (undo discard brings it back, stale again)', () => {
    const store = staleStore();
    store.dispatch({ type: 'desk/takeTheirs' });
    expect(store.getState().desk!.stale).toBeNull();
    expect(tally(store)).toMatch(/0 rejected/);
    expect(written(store)).toBeNull();
    store.dispatch({ type: 'desk/undoDiscard' });
    expect(tally(store)).toMatch(/1 rejected/);
    expect(store.getState().desk!.stale).toMatchObject({ newer: { kind: 'bundle' } });
    expect(said(store)).toBe('Discard undone: your draft is back.');
  });

  it('keep my draft: its decisions laid over the bundle as it is now; opened again, it is restored', () => {
    const store = staleStore();
    store.dispatch({ type: 'desk/keepDraft' });
    expect(store.getState().desk!.stale).toBeNull();
    expect(tally(store)).toMatch(/1 rejected/);
    expect(said(store)).toContain('1 of your decisions carried over');
    const again = deskStore(written(store)!);
    expect(again.getState().desk!.stale).toBeNull();
    expect(again.getState().desk!.restored).toBe(true);
    expect(tally(again)).toMatch(/1 rejected/);
  });

  it('over a text that changed: what no longer fits is named, what fits is kept', () => {
    const first = deskStore();
    press(first, 'r');
    const draft = storedDraft(first);
    const gone = {
      ...draft.items[1],
      key: 'gone',
      state: 'accepted' as const,
      link: { ...draft.items[1].link, phrase: 'Atlantis', passageId: 'p2' },
    };
    const store = deskStore(olderBundle({ ...draft, items: [...draft.items, gone] }));
    expect(links(store).map((l) => l.phrase)).toContain('Zubin Potok');
    store.dispatch({ type: 'desk/keepDraft' });
    expect(said(store)).toContain('1 of your decisions carried over');
    expect(said(store)).toContain('Not carried over');
    expect(said(store)).toContain('“Atlantis” (p2, accepted)');
    expect(tally(store)).toMatch(/1 rejected/);
    expect(deskLocked(store.getState().desk!)).toBe(false);
  });

  it('a stored draft this code cannot read is set aside under another key, never deleted', () => {
    const store = deskStore('{"slug": "north-desk", "items": 3');
    const desk = store.getState().desk!;
    expect(desk.message).toMatch(/could not be read \(not JSON/);
    expect(desk.message).toMatch(/set aside, not deleted \(localStorage key “situation-viewer:/);
    expect(desk.outbox).toMatchObject({ kind: 'setAside', text: '{"slug": "north-desk", "items": 3' });
  });

  it('a draft the bundle already publishes (downloaded, imported, rebuilt) is done: the desk opens fresh', () => {
    const first = deskStore();
    press(first, 'a');
    // The bundle as if rebuilt from the download: its links are the draft's.
    const store = deskStore(olderBundle({ ...storedDraft(first), items: startDraft(DESK_STORY).items }));
    expect(store.getState().desk!.stale).toBeNull();
    expect(written(store)).toBeNull();
  });
});

describe('discarding', () => {
  it('asks first, says what it did, and can be undone', () => {
    const store = deskStore();
    press(store, 'a', 'a');
    store.dispatch({ type: 'desk/askDiscard', open: true });
    expect(store.getState().desk!.askingDiscard).toBe(true);
    store.dispatch({ type: 'desk/askDiscard', open: false });
    expect(tally(store)).toMatch(/2 accepted/);
    store.dispatch({ type: 'desk/askDiscard', open: true });
    store.dispatch({ type: 'desk/discard' });
    expect(store.getState().desk!.askingDiscard).toBe(false);
    expect(said(store)).toBe('Draft discarded: the links are as the bundle has them.');
    expect(tally(store)).toMatch(/0 accepted/);
    expect(written(store)).toBeNull();
    store.dispatch({ type: 'desk/undoDiscard' });
    expect(tally(store)).toMatch(/2 accepted/);
    expect(said(store)).toBe('Discard undone: your draft is back.');
    expect(storedDraft(store).items.filter((i) => i.state === 'accepted')).toHaveLength(2);
  });
});

describe('two tabs', () => {
  /** What one tab wrote reaches the other as a storage event. */
  const follow = (from: StoryStore, to: StoryStore) =>
    to.dispatch({ type: 'desk/otherTab', draft: written(from) ? storedDraft(from) : null });

  it('the second follows the first: the newer draft wins, and the tab says it followed', () => {
    const first = deskStore();
    const second = deskStore();
    press(first, 'a');
    follow(first, second);
    expect(tally(second)).toMatch(/1 accepted/);
    expect(said(second)).toBe('Updated from another tab where this story is open for review.');
    // What it follows it does not write back.
    expect(written(second)).toBeUndefined();
    press(second, 'j', 'r');
    follow(second, first);
    expect(tally(first)).toMatch(/1 accepted · 1 rejected/);
  });

  it('an undo in one is followed by the other, and not written back by it', () => {
    const first = deskStore();
    const second = deskStore();
    press(first, 'r');
    follow(first, second);
    expect(tally(second)).toMatch(/1 rejected/);
    press(first, 'u');
    follow(first, second);
    expect(tally(first)).toMatch(/0 rejected/);
    expect(tally(second)).toMatch(/0 rejected/);
    expect(written(second)).toBeUndefined();
    press(second, 'a');
    follow(second, first);
    expect(tally(first)).toMatch(/1 accepted · 0 rejected/);
  });

  it('an older draft from another tab gives way; a discard there is followed here, with its history', () => {
    const first = deskStore();
    const second = deskStore();
    press(second, 'a');
    press(first, 'r', 'r');
    // The other tab's change is older than this tab's.
    first.dispatch({
      type: 'desk/otherTab',
      draft: { ...storedDraft(second), changedAt: '2000-01-01T00:00:00.000Z' },
    });
    expect(tally(first)).toMatch(/2 rejected/);
    first.dispatch({ type: 'desk/otherTab', draft: null });
    expect(tally(first)).toMatch(/0 accepted · 0 rejected/);
    expect(said(first)).toBe('Another tab discarded this draft: the links are as the bundle has them.');
    press(first, 'u');
    expect(said(first)).toBe('Nothing to undo.');
  });
});

describe('adding a place the map lacks', () => {
  const bare = (): SituationFeature => ({
    ...DESK_STORY.places![0],
    properties: {
      ...DESK_STORY.places![0].properties,
      id: 'place-bare-792877',
      name: { en: 'Bare', sq: 'Bare' },
    },
  });

  it('the place joins the story’s own places, the mentions point at it, and its layer is shown', () => {
    const store = deskStore(null, `#story=north-desk&layers=border&review`);
    store.dispatch({ type: 'layersLoaded', layers: loadedLayers(), complete: true });
    expect(store.getState().viewer.visible.has(STORY_PLACES_LAYER)).toBe(false);
    store.dispatch({ type: 'desk/placeAdding', name: 'Bare' });
    expect(said(store)).toBe('Adding Bare to the map…');
    store.dispatch({ type: 'desk/placeFound', name: 'Bare', choice: { feature: bare() } });
    expect(said(store)).toBe(
      '“Zubin Potok” → Bare, added to the map as a place of this story (a GeoNames point, approximate) (all 3 mentions).',
    );
    expect(shownStory(store.getState()).story.places!.map((f) => f.properties.id)).toContain(
      'place-bare-792877',
    );
    const own = shownLayers(store.getState())![STORY_PLACES_LAYER];
    expect(own.status === 'ok' && own.features.map((f) => f.properties.id)).toContain('place-bare-792877');
    expect(store.getState().viewer.visible.has(STORY_PLACES_LAYER)).toBe(true);
    expect(store.getState().desk!.draft.items[0].link.featureId).toBe('place-bare-792877');
  });

  it('a place that arrives after the editor decided those mentions otherwise is not added, and says so', () => {
    const store = deskStore();
    store.dispatch({ type: 'desk/placeAdding', name: 'Bare' });
    press(store, 'r');
    store.dispatch({ type: 'desk/placeFound', name: 'Bare', choice: { feature: bare() } });
    expect(said(store)).toBe('Bare was not added: “Zubin Potok” was decided otherwise meanwhile.');
    expect(store.getState().desk!.draft.places).toEqual([]);
  });

  it('a second add waits for the first; a failure says why', () => {
    const store = deskStore();
    store.dispatch({ type: 'desk/placeAdding', name: 'Bare' });
    const adding = store.getState().desk!.adding;
    store.dispatch({ type: 'desk/placeAdding', name: 'Dren' });
    expect(store.getState().desk!.adding).toBe(adding);
    expect(adding).not.toBeNull();
    store.dispatch({ type: 'desk/placeFailed', name: 'Bare', error: 'the gazetteer could not be loaded' });
    expect(said(store)).toBe('Bare could not be added: the gazetteer could not be loaded.');
    expect(store.getState().desk!.adding).toBeNull();
  });
});

describe('the draft in the browser', () => {
  it('each decision is to be written; opened again, the work is restored', () => {
    const store = deskStore();
    press(store, 'a', 'r');
    const again = deskStore(written(store)!);
    expect(again.getState().desk!.restored).toBe(true);
    expect(tally(again)).toBe(tally(store));
  });

  it('a browser that refuses to store is said once the write failed', () => {
    const store = deskStore();
    press(store, 'a');
    store.dispatch({ type: 'desk/stored', ok: false });
    expect(store.getState().desk!.stored).toBe(false);
  });

  it('a download is recorded in the draft and said', () => {
    const store = deskStore();
    store.dispatch({
      type: 'desk/downloaded',
      at: '2026-12-08T10:00:00.000Z',
      said: 'Downloaded north-desk.zip',
    });
    expect(store.getState().desk!.draft.downloadedAt).toBe('2026-12-08T10:00:00.000Z');
    expect(storedDraft(store).downloadedAt).toBe('2026-12-08T10:00:00.000Z');
    store.dispatch({ type: 'desk/notPublished', problems: ['links.json: entry 1: no feature'] });
    expect(store.getState().desk!.problems).toEqual(['links.json: entry 1: no feature']);
    expect(said(store)).toBe('Not downloaded: the reviewed story fails its checks (listed below).');
  });
});

describe('a colleague’s newer draft on the newsroom server (issue 40)', () => {
  /** Two desks on one draft: this one decided `mine`, the colleague's saved `theirs` on the server. */
  const twoDesks = () => {
    const colleague = deskStore();
    press(colleague, 'r');
    const theirs = storedDraft(colleague);
    const store = deskStore();
    press(store, 'j', 'a');
    return { store, theirs };
  };
  /** Who saved the newer revision, and when (the 409's `updatedBy`, `updatedAt`). */
  const by409 = { by: 'bojan', at: '2026-12-07T09:00:00.000Z' };

  it('offered: who saved it and when, nothing decided until the editor chooses, compared line by line', () => {
    const { store, theirs } = twoDesks();
    const mine = store.getState().desk!.draft;
    store.dispatch({ type: 'desk/theirRevision', draft: theirs, ...by409, revision: 3, take: false });
    const desk = store.getState().desk!;
    expect(desk.stale).toEqual({ newer: { kind: 'revision', ...by409, revision: 3 }, theirs });
    expect(desk.draft).toBe(mine);
    press(store, 'a');
    expect(store.getState().desk!.draft).toBe(mine);
    expect(differences(desk.draft, theirs, 'their draft').join('\n')).toMatch(
      /their draft (pending|rejected)/,
    );
  });

  it('keep my draft: my decisions, written (the effect saves it over theirs, which stays a revision)', () => {
    const { store, theirs } = twoDesks();
    store.dispatch({ type: 'desk/theirRevision', draft: theirs, ...by409, revision: 3, take: false });
    store.dispatch({ type: 'desk/keepDraft' });
    expect(store.getState().desk!.stale).toBeNull();
    expect(tally(store)).toMatch(/1 accepted · 0 rejected/);
    expect(store.getState().desk!.outbox).toMatchObject({ kind: 'write' });
  });

  it('take theirs: theirs is the draft, kept in this browser too; undo discard brings mine back', () => {
    const { store, theirs } = twoDesks();
    store.dispatch({ type: 'desk/theirRevision', draft: theirs, ...by409, revision: 3, take: false });
    store.dispatch({ type: 'desk/takeTheirs' });
    const desk = store.getState().desk!;
    expect(desk.stale).toBeNull();
    expect(desk.draft).toBe(theirs);
    expect(desk.outbox).toEqual({ kind: 'write', draft: theirs });
    expect(said(store)).toMatch(/^Their draft is taken/);
    store.dispatch({ type: 'desk/undoDiscard' });
    expect(tally(store)).toMatch(/1 accepted/);
  });

  it('a desk with nothing decided yet takes the newsroom’s draft as it is', () => {
    const { theirs } = twoDesks();
    const store = deskStore();
    store.dispatch({ type: 'desk/theirRevision', draft: theirs, ...by409, revision: 2, take: true });
    expect(store.getState().desk!.stale).toBeNull();
    expect(store.getState().desk!.draft).toBe(theirs);
    expect(said(store)).toBe('Opened the newsroom’s draft (revision 2).');
  });
});
