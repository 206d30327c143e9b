// The one adapter between React and MapLibre, on a fake map: camera moves, feature-state, visibility.
import { describe, expect, it, vi } from 'vitest';
import { MapAdapter } from '../../src/map/mapAdapter';
import { shippedFeature } from './helpers/shippedLayers';
import { STORY_LAYERS } from './helpers/story';

describe('the map adapter', () => {
  const fakeMap = () => {
    const container = { clientWidth: 800, clientHeight: 600 };
    return {
      getContainer: () => container,
      getZoom: () => 9,
      easeTo: vi.fn(),
      fitBounds: vi.fn(),
      getSource: () => ({}),
      setFeatureState: vi.fn(),
      getLayer: () => ({}),
      setLayoutProperty: vi.fn(),
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
});
