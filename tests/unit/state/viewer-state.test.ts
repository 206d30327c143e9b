// The viewer's state in one reducer: a selection is a union with an origin, and what follows from the
// origin (framing, focus, the details tab, focus return) is decided in one place.
import { describe, expect, it } from 'vitest';
import { initialViewerState, viewerReducer, type ViewerState } from '../../../src/state/viewerState';
import { select, consequencesOf, NO_SELECTION, type SelectTarget } from '../../../src/state/selection';

const start = (over: Partial<ViewerState> = {}): ViewerState => ({
  ...initialViewerState({ visibleLayers: ['border'], nameOrder: 'local', activeEvent: null }),
  ...over,
});
/** The element chosen from, by its id (the state holds no element). */
const button = 'place-p3-zvecan';

describe('select: the selection from a target and an origin', () => {
  it('a map click selects without framing and keeps what else was under the pointer', () => {
    const s = select(NO_SELECTION, {
      target: { kind: 'feature', featureId: 'banjska', alsoHere: ['zvecan'] },
      origin: 'map',
    });
    expect(s).toMatchObject({ kind: 'feature', featureId: 'banjska', alsoHere: ['zvecan'], frame: [] });
  });

  it('a list frames the feature; a link frames it only when it carries no view of its own', () => {
    expect(
      select(NO_SELECTION, { target: { kind: 'feature', featureId: 'a' }, origin: 'list' }),
    ).toMatchObject({ frame: ['a'] });
    expect(
      select(NO_SELECTION, { target: { kind: 'feature', featureId: 'a' }, origin: 'url' }),
    ).toMatchObject({ frame: ['a'] });
    expect(
      select(NO_SELECTION, { target: { kind: 'feature', featureId: 'a' }, origin: 'url', linkHasView: true }),
    ).toMatchObject({ frame: [] });
  });

  it('a phrase shows its first feature, frames what it frames, and groups several', () => {
    const s = select(NO_SELECTION, {
      target: {
        kind: 'phrase',
        features: ['leposavic', 'zubin-potok'],
        framed: ['leposavic'],
        via: { passageId: 'p3', phrase: 'the north' },
      },
      origin: 'article',
    });
    expect(s).toEqual({
      kind: 'feature',
      featureId: 'leposavic',
      origin: 'article',
      frame: ['leposavic'],
      group: ['leposavic', 'zubin-potok'],
      alsoHere: [],
      via: { passageId: 'p3', phrase: 'the north' },
    });
  });

  it('an event frames its places (not from a link with a view) and highlights its first place', () => {
    const target: SelectTarget = {
      kind: 'event',
      eventId: 'banjska-attack',
      places: ['monastery', 'banjska'],
    };
    expect(select(NO_SELECTION, { target, origin: 'timeline' })).toEqual({
      kind: 'event',
      eventId: 'banjska-attack',
      featureId: 'monastery',
      origin: 'timeline',
      frame: ['monastery', 'banjska'],
    });
    expect(select(NO_SELECTION, { target, origin: 'url', linkHasView: true })).toMatchObject({ frame: [] });
  });

  it('switching inside the details keeps the phrase group and the spot, and frames nothing', () => {
    const phrase = select(NO_SELECTION, {
      target: {
        kind: 'phrase',
        features: ['a', 'b'],
        framed: ['a', 'b'],
        via: { passageId: 'p', phrase: 'x' },
      },
      origin: 'article',
    });
    const switched = select(phrase, { target: { kind: 'feature', featureId: 'b' }, origin: 'details' });
    expect(switched).toMatchObject({
      kind: 'feature',
      featureId: 'b',
      group: ['a', 'b'],
      via: { passageId: 'p' },
      frame: [],
    });
    const fromEvent = select(
      select(NO_SELECTION, { target: { kind: 'event', eventId: 'e', places: ['a'] }, origin: 'timeline' }),
      {
        target: { kind: 'feature', featureId: 'a' },
        origin: 'details',
      },
    );
    expect(fromEvent).toMatchObject({ kind: 'feature', featureId: 'a', group: [], alsoHere: [] });
  });
});

describe('consequencesOf: what the origin decides', () => {
  const of = (origin: Parameters<typeof select>[1]['origin']) =>
    consequencesOf(select(NO_SELECTION, { target: { kind: 'feature', featureId: 'a' }, origin }));
  it('focus moves into the details from the article, a list, the details and the timeline, not from the map or a link', () => {
    expect(of('list').focusDetails).toBe(true);
    expect(of('details').focusDetails).toBe(true);
    expect(of('timeline').focusDetails).toBe(true);
    expect(of('map').focusDetails).toBe(false);
    expect(of('url').focusDetails).toBe(false);
    expect(consequencesOf(NO_SELECTION)).toEqual({ frame: [], focusDetails: false, detailsTab: false });
  });
});

describe('viewerReducer', () => {
  it('a selection opens the details tab, turns its layer on, clears a notice and remembers where focus returns', () => {
    const s = viewerReducer(start({ notice: 'Link not found' }), {
      type: 'select',
      target: { kind: 'feature', featureId: 'zvecan' },
      origin: 'list',
      layerId: 'municipalities',
      from: button,
    });
    expect(s.selection).toMatchObject({ kind: 'feature', featureId: 'zvecan' });
    expect(s.sheetTab).toBe('details');
    expect([...s.visible]).toEqual(['border', 'municipalities']);
    expect(s.notice).toBeNull();
    expect(s.returnFocus).toBe(button);
  });

  it('a switch inside the details keeps the element focus returns to; a click on the canvas has none', () => {
    const listed = viewerReducer(start(), {
      type: 'select',
      target: { kind: 'feature', featureId: 'a' },
      origin: 'list',
      from: button,
    });
    const switched = viewerReducer(listed, {
      type: 'select',
      target: { kind: 'feature', featureId: 'b' },
      origin: 'details',
    });
    expect(switched.returnFocus).toBe(button);
    const clicked = viewerReducer(listed, {
      type: 'select',
      target: { kind: 'feature', featureId: 'c' },
      origin: 'map',
    });
    expect(clicked.returnFocus).toBeNull();
  });

  it('an event becomes the timeline’s chosen event; a feature chosen after it leaves it chosen', () => {
    const e = viewerReducer(start(), {
      type: 'select',
      target: { kind: 'event', eventId: 'e1', places: ['a'] },
      origin: 'timeline',
    });
    expect(e.activeEvent).toBe('e1');
    const f = viewerReducer(e, {
      type: 'select',
      target: { kind: 'feature', featureId: 'b' },
      origin: 'map',
    });
    expect(f.activeEvent).toBe('e1');
    expect(f.selection.kind).toBe('feature');
  });

  it('closing clears the selection and the event, and leaves the details tab', () => {
    const e = viewerReducer(start(), {
      type: 'select',
      target: { kind: 'event', eventId: 'e1', places: ['a'] },
      origin: 'timeline',
    });
    const closed = viewerReducer(e, { type: 'close' });
    expect(closed.selection).toEqual(NO_SELECTION);
    expect(closed.activeEvent).toBeNull();
    expect(closed.sheetTab).toBe('article');
    const onLayers = viewerReducer({ ...e, sheetTab: 'layers' }, { type: 'close' });
    expect(onLayers.sheetTab).toBe('layers');
  });

  it('toggling a layer adds or removes it; a link restores layers, names and the event at once', () => {
    const on = viewerReducer(start(), { type: 'toggleLayer', id: 'rivers', on: true });
    expect([...on.visible]).toEqual(['border', 'rivers']);
    const off = viewerReducer(on, { type: 'toggleLayer', id: 'border', on: false });
    expect([...off.visible]).toEqual(['rivers']);
    const restored = viewerReducer(off, {
      type: 'restoreLink',
      visibleLayers: ['kosovo'],
      nameOrder: 'sr',
      activeEvent: 'e2',
    });
    expect([...restored.visible]).toEqual(['kosovo']);
    expect(restored.nameOrder).toBe('sr');
    expect(restored.activeEvent).toBe('e2');
  });

  it('MapLibre failing to draw turns the map static; the first idle marks the map drawn', () => {
    expect(viewerReducer(start(), { type: 'cannotDraw' }).webgl).toBe(false);
    expect(viewerReducer(start(), { type: 'firstIdle' }).mapDrawn).toBe(true);
  });
});
