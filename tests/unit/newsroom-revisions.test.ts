// Unpublish, restore and a story's revisions in the browser (issue 41): the withdrawn page's route, the
// revisions as the desk lists them (newest first, who, what, a reader's time), whether readers get the
// story now, and what differs between a revision and the desk's draft.
import { describe, expect, it } from 'vitest';
import { routeOf } from '../../src/app/StoryRouter';
import {
  compareSummary,
  publishedNow,
  readRevisions,
  revisionLine,
} from '../../src/state/newsroom/revisions';
import { withdrawnEntries } from '../../src/state/newsroom/withdrawn';
import { readerDate, readerLocale, readerTime } from '../../src/state/newsroom/readerTime';
import { REVISION_WORDS as W } from '../../src/state/newsroom/revisionWords';
import type { DeskDraft, DraftItem } from '../../src/state/desk/draft';
import { initialDeskState } from '../../src/state/desk/deskState';
import { deskReducer } from '../../src/state/desk/deskReducer';
import { NO_REVISIONS } from '../../src/state/newsroom/revisionsDesk';

const gone = [{ slug: 'gone', at: '2026-12-07T21:03:00.000Z' }];

describe('the withdrawn page’s route', () => {
  it('a withdrawn slug is the withdrawn page, with when', () => {
    expect(routeOf('#story=gone', ['a', 'b'], [], [], gone)).toEqual({
      kind: 'withdrawn',
      slug: 'gone',
      at: '2026-12-07T21:03:00.000Z',
    });
    // With one story on the site too: the link's slug, not the only story.
    expect(routeOf('#story=gone', ['a'], [], [], gone)).toMatchObject({ kind: 'withdrawn' });
  });

  it('a story the site (or this browser) has again is the story, not the withdrawn page', () => {
    expect(routeOf('#story=gone', ['gone'], [], [], gone)).toEqual({
      kind: 'story',
      slug: 'gone',
      local: false,
    });
    expect(routeOf('#story=gone&review', [], [], ['gone'], gone)).toEqual({
      kind: 'story',
      slug: 'gone',
      local: true,
    });
  });

  it('an unknown slug stays unknown; other routes are as they were', () => {
    expect(routeOf('#story=atlantis', ['a', 'b'], [], [], gone)).toEqual({
      kind: 'list',
      unknown: 'atlantis',
    });
    expect(routeOf('#stories', ['a'], [], [], gone)).toEqual({ kind: 'list', unknown: null });
    expect(routeOf('', ['a'], [], [], gone)).toEqual({ kind: 'story', slug: 'a', local: false });
  });

  it('reads only well-formed withdrawn entries from the index', () => {
    expect(
      withdrawnEntries([
        ...gone,
        { slug: 7, at: '2026-12-07T21:03:00Z' },
        { slug: 'x', at: 'yesterday' },
        null,
        'gone',
      ]),
    ).toEqual(gone);
    expect(withdrawnEntries(undefined)).toEqual([]);
  });
});

describe('dates and times for readers', () => {
  it('a date in the page’s language', () => {
    expect(readerDate('2026-12-07T21:03:00.000Z', 'en-GB', 'UTC')).toBe('7 December 2026');
    expect(readerDate('2026-12-07T21:03:00.000Z', 'en-US', 'UTC')).toBe('December 7, 2026');
    expect(readerDate('2026-12-07T23:30:00.000Z', 'en-GB', 'Europe/Belgrade')).toBe('8 December 2026');
    expect(readerDate('2026-12-07T21:03:00.000Z', 'fr', 'UTC')).toBe('7 décembre 2026');
  });

  it('a bare “en” page says its dates in British English, as the viewer’s words are', () => {
    expect(readerLocale('en')).toBe('en-GB');
    expect(readerLocale('en-US')).toBe('en-US');
    expect(readerLocale('sq')).toBe('sq');
    expect(readerLocale('')).toBeUndefined();
    expect(readerDate('2026-12-07T21:03:00.000Z', readerLocale('en'), 'UTC')).toBe('7 December 2026');
  });

  it('a date and time, and a text that is no time said as it is', () => {
    expect(readerTime('2026-12-07T21:03:00.000Z', 'en-GB', 'UTC')).toBe('7 December 2026 at 21:03');
    expect(readerTime('not a time', 'en-GB', 'UTC')).toBe('not a time');
    expect(readerDate('not a time', 'en-GB', 'UTC')).toBe('not a time');
  });
});

const revision = (n: number, action: string, at = `2026-12-07T21:0${n}:00.000Z`) => ({
  revision: n,
  action,
  author: n % 2 ? 'ana' : 'bojan',
  at,
});

describe('a story’s revisions at the desk', () => {
  it('reads the server’s list, newest first, refusing what is not a revision', () => {
    const read = readRevisions([revision(1, 'save'), revision(3, 'publish'), revision(2, 'save')]);
    expect(read?.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(readRevisions([revision(1, 'delete')])).toBeNull();
    expect(readRevisions([{ revision: '1', action: 'save', author: 'a', at: 'x' }])).toBeNull();
    expect(readRevisions({ revisions: [] })).toBeNull();
    expect(readRevisions([])).toEqual([]);
  });

  it('says each revision: its number, what was done, by whom, when', () => {
    const [r] = readRevisions([revision(3, 'publish')])!;
    expect(revisionLine(r, 'en-GB', 'UTC')).toBe('Revision 3: published by ana, 7 December 2026 at 21:03');
    expect(revisionLine({ ...r, action: 'save' }, 'en-GB', 'UTC')).toMatch(/^Revision 3: saved by ana/);
    expect(revisionLine({ ...r, action: 'unpublish' }, 'en-GB', 'UTC')).toMatch(/: unpublished by/);
    expect(revisionLine({ ...r, action: 'restore' }, 'en-GB', 'UTC')).toMatch(/: restored by/);
  });

  it('readers get the story while its latest publish, restore or unpublish is not an unpublish', () => {
    const list = (...actions: string[]) => readRevisions(actions.map((a, i) => revision(i + 1, a)))!;
    expect(publishedNow(list())).toBe(false);
    expect(publishedNow(list('save', 'save'))).toBe(false);
    expect(publishedNow(list('save', 'publish', 'save'))).toBe(true);
    expect(publishedNow(list('save', 'publish', 'unpublish'))).toBe(false);
    expect(publishedNow(list('save', 'publish', 'unpublish', 'save'))).toBe(false);
    expect(publishedNow(list('save', 'publish', 'unpublish', 'restore'))).toBe(true);
  });
});

const item = (
  key: string,
  phrase: string,
  state: DraftItem['state'],
  featureId = 'zubin-potok',
): DraftItem => ({
  key,
  link: { featureId, passageId: 'p1', phrase, claimant: 'article', note: null, status: 'reviewed' },
  state,
  proposedFeatureId: featureId,
});

const draft = (...items: DraftItem[]): DeskDraft => ({
  slug: 's',
  base: 'b',
  items,
  places: [],
  nextKey: items.length,
  downloadedAt: null,
  changedAt: '2026-12-07T21:00:00.000Z',
});

describe('comparing a revision with the draft', () => {
  it('says which decisions differ, naming the revision', () => {
    const mine = draft(item('1', 'Zubin Potok', 'rejected'), item('2', 'Jarinje', 'accepted', 'jarinje'));
    const theirs = draft(item('1', 'Zubin Potok', 'accepted'), item('2', 'Jarinje', 'accepted', 'jarinje'));
    expect(compareSummary(mine, theirs, 3)).toEqual([
      '“Zubin Potok” (p1): your draft rejected → zubin-potok; revision 3 accepted → zubin-potok',
    ]);
  });

  it('says so when they decide the same links', () => {
    const same = draft(item('1', 'Zubin Potok', 'rejected'));
    expect(compareSummary(same, same, 2)).toEqual([W.sameLinks(2)]);
    expect(W.sameLinks(2)).toBe('Your draft and revision 2 decide the same links.');
  });
});

describe('the revisions in the desk’s slice of the store', () => {
  const reads = { story: {} as never, nameOf: (id: string) => id };
  const desk = initialDeskState({ kind: 'fresh', draft: draft(), notice: null, outbox: null });

  it('starts unread and closed; each change is a patch of it', () => {
    expect(desk.revisions).toEqual(NO_REVISIONS);
    const opened = deskReducer(desk, { type: 'desk/revisions', revisions: { open: true } }, reads);
    expect(opened.revisions).toEqual({ ...NO_REVISIONS, open: true });
    const asked = deskReducer(
      opened,
      { type: 'desk/revisions', revisions: { step: { step: 'confirmUnpublish' } } },
      reads,
    );
    expect(asked.revisions).toMatchObject({ open: true, step: { step: 'confirmUnpublish' } });
  });

  it('a Publish begun ends what an unpublish or a restore said; clearing Published does not', () => {
    const withdrawn = deskReducer(
      desk,
      { type: 'desk/revisions', revisions: { step: { step: 'unpublished', at: '2026-12-07T21:03:00Z' } } },
      reads,
    );
    expect(
      deskReducer(withdrawn, { type: 'desk/publishing', publishing: null }, reads).revisions.step,
    ).toEqual({
      step: 'unpublished',
      at: '2026-12-07T21:03:00Z',
    });
    expect(
      deskReducer(withdrawn, { type: 'desk/publishing', publishing: { step: 'confirm' } }, reads).revisions
        .step,
    ).toBeNull();
  });
});
