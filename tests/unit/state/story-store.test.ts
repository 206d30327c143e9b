// The open story's store for a reader (src/state/store.ts, choices.ts): a link, a phrase or an event
// whose features are in layers still loading waits in the state, and is decided when they are in (the
// layer loading brings every layer then); what the embed frames; what a link to nothing says.
import { describe, expect, it, vi } from 'vitest';
import { createStoryStore } from '../../../src/state/store';
import { openStory } from '../../../src/state/openStory';
import type { LoadedLayers } from '../../../src/domain/featureIndex';
import { STORY, STORY_LAYERS } from '../helpers/story';
import { shippedLayer } from '../helpers/shippedLayers';

const open = openStory(STORY, STORY_LAYERS);
const storeAt = (hash: string, embed = false) => createStoryStore(open, { hash, embed, desk: null });
/** The first stage (the ground context still loading), or every layer. */
const layers = (stage: 'first' | 'all'): LoadedLayers =>
  Object.fromEntries(
    STORY_LAYERS.map((l) => [
      l.id,
      stage === 'first' && l.loadsAfterFirstIdle
        ? { status: 'loading' as const }
        : l.file === 'story'
          ? { status: 'ok' as const, features: STORY.places ?? [] }
          : { status: 'ok' as const, features: shippedLayer(l.id) },
    ]),
  );
const FIRST = layers('first');
const ALL = layers('all');

describe('a link', () => {
  it('to a feature of the ground context waits for every layer, then opens its details, its layer on', () => {
    const store = storeAt(`#story=${STORY.slug}&layers=border&feature=lake-gazivode`);
    expect(store.getState().viewer.waiting).toMatchObject({ kind: 'link' });
    store.dispatch({ type: 'layersLoaded', layers: FIRST, complete: false });
    expect(store.getState().viewer.waiting).toMatchObject({ kind: 'link' });
    expect(store.getState().viewer.selection.kind).toBe('none');
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    const { viewer } = store.getState();
    expect(viewer.waiting).toBeNull();
    expect(viewer.selection).toMatchObject({ kind: 'feature', featureId: 'lake-gazivode', origin: 'url' });
    expect(viewer.visible.has('landmarks')).toBe(true);
  });

  it('in the embed, frames the feature and leaves its details to a click', () => {
    const store = storeAt(`#story=${STORY.slug}&feature=banjska-monastery`, true);
    store.dispatch({ type: 'layersLoaded', layers: FIRST, complete: false });
    expect(store.getState().viewer.framing).toEqual({ ids: ['banjska-monastery'] });
    expect(store.getState().viewer.selection.kind).toBe('none');
  });

  it('to a feature this map does not have says so once every layer is in', () => {
    const store = storeAt(`#story=${STORY.slug}&feature=atlantis`);
    store.dispatch({ type: 'layersLoaded', layers: FIRST, complete: false });
    expect(store.getState().viewer.notice).toBeNull();
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    expect(store.getState().viewer.notice).toMatch(/^Link not found: this map has no feature “atlantis”/);
  });

  it('pasted into the open viewer restores its layers, names and event at once', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    const hash = `#story=${STORY.slug}&layers=kosovo&names=sr&event=banjska-attack`;
    const link = { visibleLayers: ['kosovo'], nameOrder: 'sr' as const, selectedEvent: 'banjska-attack' };
    store.dispatch({
      type: 'link',
      link: {
        kind: 'link',
        hash,
        framesOnly: false,
        link: { story: STORY.slug, view: null, selectedFeature: null, review: false, ...link },
      },
    });
    const { viewer } = store.getState();
    // The link's layers (and the event's first place's, turned on by its selection).
    expect(viewer.visible.has('kosovo')).toBe(true);
    expect(viewer.visible.has('border')).toBe(false);
    expect(viewer.nameOrder).toBe('sr');
    expect(viewer.selection).toMatchObject({ kind: 'event', eventId: 'banjska-attack', origin: 'url' });
  });
});

describe('a phrase, an event, a list, the map', () => {
  const phrase = (features: string[]) => ({
    type: 'phrase' as const,
    phrase: { features, framed: features, passageId: 'p1', text: 'words' },
    from: 'phrase-p1-0',
  });

  it('a phrase chosen while the first layers load selects all its features; focus returns to it', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch(phrase(['kosovo', 'serbia']));
    expect(store.getState().viewer.selection).toMatchObject({ kind: 'feature', featureId: 'kosovo' });
    expect(store.getState().viewer.returnFocus).toBe('phrase-p1-0');
  });

  it('a phrase whose feature is in the ground context waits for it', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch({ type: 'layersLoaded', layers: FIRST, complete: false });
    store.dispatch(phrase(['lake-gazivode']));
    expect(store.getState().viewer.waiting).toMatchObject({ kind: 'phrase' });
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    expect(store.getState().viewer.selection).toMatchObject({
      featureId: 'lake-gazivode',
      origin: 'article',
    });
  });

  it('a newer choice wins over one still waiting', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch({ type: 'layersLoaded', layers: FIRST, complete: false });
    store.dispatch(phrase(['lake-gazivode']));
    store.dispatch({ type: 'pick', featureId: 'kosovo', alsoHere: [], from: null });
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    expect(store.getState().viewer.selection).toMatchObject({ featureId: 'kosovo', origin: 'map' });
  });

  it('an event selects itself once its places are in', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch({ type: 'chooseEvent', eventId: 'local-elections' });
    expect(store.getState().viewer.waiting).toMatchObject({ kind: 'event' });
    store.dispatch({ type: 'layersLoaded', layers: FIRST, complete: false });
    expect(store.getState().viewer.selection).toMatchObject({ kind: 'event', eventId: 'local-elections' });
    expect(store.getState().viewer.activeEvent).toBe('local-elections');
  });

  it('a feature from a list that the map could not load says so', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    store.dispatch({ type: 'chooseFeature', featureId: 'atlantis', from: null });
    expect(store.getState().viewer.notice).toBe(
      '“atlantis” is not on the map: its layer could not be loaded.',
    );
  });

  it('a click on the empty map closes what the map opened, not what the article did', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    store.dispatch({ type: 'pick', featureId: 'kosovo', alsoHere: [], from: null });
    store.dispatch({ type: 'pickNothing' });
    expect(store.getState().viewer.selection.kind).toBe('none');
    store.dispatch(phrase(['kosovo']));
    store.dispatch({ type: 'pickNothing' });
    expect(store.getState().viewer.selection.kind).toBe('feature');
  });

  it('the same layers again change nothing (a story whose first stage is everything)', () => {
    const store = storeAt(`#story=${STORY.slug}`);
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    const before = store.getState();
    store.dispatch({ type: 'layersLoaded', layers: ALL, complete: true });
    expect(store.getState()).toBe(before);
  });
});

describe('the base map in the store', () => {
  it('is on at first, kept off by a link that leaves it out, and written to the hash as the reader switches it', async () => {
    expect(storeAt(`#story=${STORY.slug}`).getState().viewer.visible.has('baseMap')).toBe(true);
    const off = storeAt(`#story=${STORY.slug}&layers=border`);
    expect(off.getState().viewer.visible.has('baseMap')).toBe(false);
    const { hashOf } = await import('../../../src/state/url');
    // hashOf keeps the link's `&review` as the page's address has it: a page at no address here.
    vi.stubGlobal('window', { location: { hash: '' } });
    expect(hashOf(storeAt(`#story=${STORY.slug}&layers=border,baseMap`).getState())).toContain(
      'layers=border,baseMap',
    );
    vi.unstubAllGlobals();
  });
});
