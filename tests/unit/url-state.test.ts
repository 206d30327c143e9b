// URL state: OpenStreetMap's #map=ZOOM/LAT/LON plus layers and feature; hostile input falls back.
import { describe, expect, it } from 'vitest';
import {
  defaultUrlState,
  defaultVisibleLayers,
  formatUrlState,
  parseUrlState as parseWithLayers,
} from '../../src/state/urlState';
import { STORY, STORY_LAYERS, STORY_LAYER_IDS as LAYER_IDS } from './helpers/story';
import { openStory } from '../../src/state/openStory';

const parseUrlState = (hash: string, known?: ReadonlySet<string>) =>
  parseWithLayers(hash, STORY_LAYERS, known);
const DEFAULT_URL_STATE = defaultUrlState(STORY_LAYERS);
const DEFAULT_VISIBLE_LAYERS = defaultVisibleLayers(STORY_LAYERS);

describe('URL state', () => {
  it('round-trips a view, layers and a feature', () => {
    const state = {
      story: 'liberation-2023-09-29',
      view: { zoom: 11.5, lat: 42.97139, lon: 20.7825 },
      visibleLayers: ['border', 'monastery'] as const,
      selectedFeature: 'banjska-monastery',
      nameOrder: 'local' as const,
      selectedEvent: null,
      review: false,
    };
    const hash = formatUrlState({ ...state, visibleLayers: [...state.visibleLayers] });
    expect(hash).toBe(
      '#story=liberation-2023-09-29&map=11.50/42.97139/20.78250&layers=border,monastery&feature=banjska-monastery',
    );
    // Layers come back in drawing order.
    expect(parseUrlState(hash)).toEqual({ ...state, visibleLayers: ['monastery', 'border'] });
  });

  it('round-trips an event of the timeline beside a feature', () => {
    const hash = formatUrlState({
      ...DEFAULT_URL_STATE,
      selectedEvent: 'banjska-attack',
      selectedFeature: 'banjska-monastery',
    });
    expect(hash).toMatch(/&event=banjska-attack&feature=banjska-monastery$/);
    const state = parseUrlState(hash);
    expect([state.selectedEvent, state.selectedFeature]).toEqual(['banjska-attack', 'banjska-monastery']);
    expect(parseUrlState('#event=<script>').selectedEvent).toBeNull();
  });

  it('round-trips the review mode flag, after the other parameters', () => {
    const hash = formatUrlState({ ...DEFAULT_URL_STATE, story: 'roadblocks', review: true });
    expect(hash).toMatch(/^#story=roadblocks&.*&review$/);
    expect(parseUrlState(hash).review).toBe(true);
    expect(parseUrlState('#story=roadblocks').review).toBe(false);
  });

  it.each(['local', 'sq', 'sr', 'sr-Cyrl', 'en'] as const)('round-trips names=%s', (order) => {
    const hash = formatUrlState({ ...DEFAULT_URL_STATE, nameOrder: order });
    expect(parseUrlState(hash).nameOrder).toBe(order);
    expect(hash.includes('names=')).toBe(order !== 'local');
  });

  it('falls back to the local order for an unknown names= value', () => {
    expect(parseUrlState('#names=SR').nameOrder).toBe('local');
    expect(parseUrlState('#names=xx').nameOrder).toBe('local');
  });

  it('keeps "no layers" distinct from "default layers"', () => {
    expect(parseUrlState('#layers=').visibleLayers).toEqual([]);
    expect(parseUrlState('').visibleLayers).toEqual(DEFAULT_VISIBLE_LAYERS);
  });

  it.each([
    ['#map=abc/1/2', 'view'],
    ['#map=99/42/20', 'view'],
    ['#map=8/91/20', 'view'],
    ['#map=8/42/181', 'view'],
    ['#map=8/42', 'view'],
    ['#map=8/42/20/1', 'view'],
    ['#map=1e3/42/20', 'view'],
  ])('drops a bad view %s', (hash) => {
    expect(parseUrlState(hash).view).toBeNull();
  });

  it('drops unknown layers and unknown or malformed feature ids', () => {
    expect(parseUrlState('#layers=border,nope,__proto__').visibleLayers).toEqual(['border']);
    expect(parseUrlState('#layers=nope').visibleLayers).toEqual(DEFAULT_VISIBLE_LAYERS);
    expect(parseUrlState('#feature=<script>').selectedFeature).toBeNull();
    expect(parseUrlState('#feature=kosovo', new Set(['serbia'])).selectedFeature).toBeNull();
    expect(parseUrlState('#feature=kosovo', new Set(['kosovo'])).selectedFeature).toBe('kosovo');
    expect(parseUrlState(`#feature=${'a'.repeat(5000)}`)).toEqual(DEFAULT_URL_STATE);
  });

  it('never throws and always returns a valid state for 500 generated hostile hashes', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'map=',
      'layers=',
      'feature=',
      '&',
      '=',
      '/',
      '%',
      '%E0%A4%A',
      '#',
      '..',
      '-',
      'NaN',
      'Infinity',
      '1e308',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '__proto__',
      'constructor',
      ...LAYER_IDS,
      '12.5',
      '-0',
      '42.9',
      '20.8',
      ',',
      ' ',
      '\u0000',
      '😀',
    ];
    for (let n = 0; n < 500; n++) {
      const hash =
        '#' +
        Array.from(
          { length: 1 + Math.floor(random() * 12) },
          () => pieces[Math.floor(random() * pieces.length)],
        ).join('');
      const state = parseUrlState(hash);
      if (state.view) {
        expect(Number.isFinite(state.view.zoom) && state.view.zoom >= 0 && state.view.zoom <= 22).toBe(true);
        expect(Math.abs(state.view.lat) <= 85 && Math.abs(state.view.lon) <= 180).toBe(true);
      }
      for (const id of state.visibleLayers) expect(LAYER_IDS).toContain(id);
      if (state.selectedFeature) expect(state.selectedFeature).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(() => formatUrlState(state)).not.toThrow();
    }
  });
});

describe('the base map in the URL', () => {
  const { switchable } = openStory(STORY, STORY_LAYERS);

  it('is one more layer the reader switches: on by default, kept off by a link that leaves it out', () => {
    expect(switchable.map((l) => l.id)).toEqual([...LAYER_IDS, 'baseMap']);
    expect(parseWithLayers('', switchable).visibleLayers).toContain('baseMap');
    const off = parseWithLayers('#layers=border,monastery', switchable);
    expect(off.visibleLayers).toEqual(['monastery', 'border']);
    const on = parseWithLayers('#layers=border,baseMap', switchable);
    expect(on.visibleLayers).toEqual(['border', 'baseMap']);
    expect(formatUrlState({ ...on, story: null })).toBe('#layers=border,baseMap');
  });

  it('is not offered by a region without one', () => {
    const region = { ...STORY.region, baseMap: undefined };
    expect(openStory({ ...STORY, region }, STORY_LAYERS).switchable.map((l) => l.id)).toEqual(LAYER_IDS);
  });
});
