// The one adapter between React and MapLibre, on a fake map: camera moves, feature-state, visibility.
import { describe, expect, it, vi } from 'vitest';
import { MapAdapter } from '../../src/map/mapAdapter';
import { shippedFeature } from './helpers/shippedLayers';
import { STORY, STORY_LAYERS } from './helpers/story';
import { BASE_MAP_LAYER, baseMapLayer } from '../../src/cartography/basemap';

describe('the map adapter', () => {
  const fakeMap = (maxBounds: [number, number, number, number] | null = null) => {
    const container = { clientWidth: 800, clientHeight: 600 };
    return {
      getContainer: () => container,
      getCanvas: () => container,
      getZoom: () => 9,
      getMinZoom: () => 5.5,
      getMaxBounds: () =>
        maxBounds && {
          getWest: () => maxBounds[0],
          getSouth: () => maxBounds[1],
          getEast: () => maxBounds[2],
          getNorth: () => maxBounds[3],
        },
      easeTo: vi.fn(),
      flyTo: vi.fn(),
      fitBounds: vi.fn(),
      getSource: () => ({}),
      setFeatureState: vi.fn(),
      getLayer: () => ({}),
      setLayoutProperty: vi.fn(),
      setFilter: vi.fn(),
    };
  };

  const padding = { top: 10, bottom: 20, left: 30, right: 400 };

  it('jumps instead of flying when the reader prefers reduced motion', () => {
    const map = fakeMap();
    const adapter = new MapAdapter(map as never, STORY_LAYERS);
    adapter.frame([shippedFeature('monastery', 'banjska-monastery')], padding, true);
    expect(map.fitBounds.mock.calls[0][1]).toMatchObject({ duration: 0, maxZoom: 13, padding });
    adapter.frame([shippedFeature('municipalities', 'municipality-zvecan')], padding, false);
    expect(map.fitBounds.mock.calls[1][1].duration).toBeGreaterThan(0);
  });

  it('frames every feature it is given, not only the first', () => {
    const map = fakeMap();
    const adapter = new MapAdapter(map as never, STORY_LAYERS);
    const four = ['north-mitrovica', 'zvecan', 'zubin-potok', 'leposavic'].map((m) =>
      shippedFeature('municipalities', `municipality-${m}`),
    );
    adapter.frame(four, padding, true);
    const [[w, s, e, n]] = map.fitBounds.mock.calls[0];
    // North Mitrovica alone spans a few km; the four together more than 0.4° each way.
    expect(e - w).toBeGreaterThan(0.5);
    expect(n - s).toBeGreaterThan(0.4);
  });

  it('within maxBounds, flies to a camera that keeps the whole canvas inside them (frameWithin.ts)', () => {
    const map = fakeMap([17.6, 40.6, 23.9, 45.4]);
    const adapter = new MapAdapter(map as never, STORY_LAYERS);
    adapter.frame([shippedFeature('monastery', 'banjska-monastery')], padding, true);
    expect(map.fitBounds).not.toHaveBeenCalled();
    const [{ center, zoom, duration }] = map.flyTo.mock.calls[0];
    expect(duration).toBe(0);
    // A lone point (the monastery, 20.7825 E 42.97139 N) gets the framing's close-up, in the padded
    // area's centre: the canvas's centre lies east of it (the right padding is wider) and a little south.
    expect(zoom).toBeCloseTo(13, 6);
    expect(center[0]).toBeGreaterThan(20.7825);
    expect(center[0]).toBeLessThan(20.8);
    expect(center[1]).toBeLessThan(42.97139);
    expect(center[1]).toBeGreaterThan(42.96);
  });

  it('moves selection and hover between features through feature-state', () => {
    const map = fakeMap();
    const adapter = new MapAdapter(map as never, STORY_LAYERS);
    adapter.setSelection({ layerId: 'municipalities', featureId: 'municipality-zvecan' });
    adapter.setSelection({ layerId: 'border', featureId: 'kosovo-serbia-border' });
    expect(map.setFeatureState.mock.calls).toEqual([
      [{ source: 'municipalities', id: 'municipality-zvecan' }, { selected: true }],
      [{ source: 'municipalities', id: 'municipality-zvecan' }, { selected: false }],
      [{ source: 'border', id: 'kosovo-serbia-border' }, { selected: true }],
    ]);
    adapter.setVisible('border', false);
    expect(map.setLayoutProperty).toHaveBeenCalledWith('border-line', 'visibility', 'none');
  });

  it('switches the base map as one layer, and gives its names the reader’s order and what the story names', () => {
    const map = fakeMap();
    const spec = STORY.region.baseMap!;
    const local = baseMapLayer(spec, { order: 'local', labelled: 'all' });
    const adapter = new MapAdapter(map as never, [...STORY_LAYERS, local]);
    adapter.setVisible(BASE_MAP_LAYER, false);
    const hidden = map.setLayoutProperty.mock.calls.map(([id]) => id);
    expect(hidden).toEqual(local.style.layers.map((l) => l.id));
    map.setLayoutProperty.mockClear();

    const english = baseMapLayer(spec, { order: 'en', labelled: ['village-x'] });
    adapter.restyle(english.style.layers.filter((l) => l.type === 'symbol'));
    const place = english.style.layers.find((l) => l.id === 'base-map-place-north')!;
    expect(map.setFilter).toHaveBeenCalledWith('base-map-place-north', 'filter' in place && place.filter);
    const layout = ('layout' in place ? place.layout : {}) as Record<string, unknown>;
    expect(map.setLayoutProperty).toHaveBeenCalledWith(
      'base-map-place-north',
      'text-field',
      layout['text-field'],
    );
    // Its visibility stays the reader's.
    expect(map.setLayoutProperty.mock.calls.some(([, name]) => name === 'visibility')).toBe(false);
  });
});
