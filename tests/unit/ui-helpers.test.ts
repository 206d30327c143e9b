import { describe, expect, it, vi } from 'vitest';
import { safeHttpUrl } from '../../src/ui/safeUrl';
import { displayName } from '../../src/ui/names';
import { MapAdapter } from '../../src/map/mapAdapter';
import { shippedFeature } from './helpers/shippedLayers';

describe('links from data', () => {
  it('only http(s) URLs become links', () => {
    expect(safeHttpUrl('https://www.geoboundaries.org/')).toBe('https://www.geoboundaries.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});

describe('names', () => {
  it('shows English with Albanian and Serbian forms, once when they coincide', () => {
    expect(displayName({ en: 'Zvečan', sq: 'Zveçan', sr: 'Zvečan', srCyrl: 'Звечан' })).toBe(
      'Zveçan / Zvečan',
    );
    expect(displayName({ en: 'Zubin Potok', sq: 'Zubin Potok', sr: 'Zubin Potok', srCyrl: null })).toBe(
      'Zubin Potok',
    );
    expect(
      displayName({ en: 'Northern Kosovo', sq: 'Veriu i Kosovës', sr: 'Sever Kosova', srCyrl: null }),
    ).toBe('Northern Kosovo (Veriu i Kosovës / Sever Kosova)');
  });
});

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

  it('jumps instead of flying when the reader prefers reduced motion', () => {
    const map = fakeMap();
    const adapter = new MapAdapter(map as never);
    adapter.fitTo(shippedFeature('monastery', 'banjska-monastery'), true);
    expect(map.easeTo.mock.calls[0][0]).toMatchObject({ duration: 0, zoom: 12.5 });
    adapter.fitTo(shippedFeature('municipalities', 'municipality-zvecan'), false);
    expect(map.fitBounds.mock.calls[0][1].duration).toBeGreaterThan(0);
  });

  it('moves selection and hover between features through feature-state', () => {
    const map = fakeMap();
    const adapter = new MapAdapter(map as never);
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

describe('numbers in popups', () => {
  it('groups thousands and keeps one decimal', async () => {
    const { formatNumber } = await import('../../src/map/featureFacts');
    expect(formatNumber(1008.64)).toBe('1,008.6');
    expect(formatNumber(11.55)).toBe('11.6');
    expect(formatNumber(356)).toBe('356');
    expect(formatNumber(10780.04)).toBe('10,780');
  });
});

describe('facts in popups', () => {
  it('shows the figures the pipeline shipped: area, length, distance to the border', async () => {
    const { featureFacts } = await import('../../src/map/featureFacts');
    const { shippedFeature } = await import('./helpers/shippedLayers');
    const facts = (layer: Parameters<typeof shippedFeature>[0], id: string) =>
      Object.fromEntries(featureFacts(shippedFeature(layer, id)).map((f) => [f.label, f.value]));
    expect(facts('municipalities', 'municipality-leposavic')).toEqual({ Area: '544.2 km²' });
    expect(facts('northKosovo', 'north-kosovo')).toEqual({ Area: '1,008.6 km²' });
    expect(facts('border', 'kosovo-serbia-border')).toEqual({ Length: '356.2 km' });
    expect(facts('monastery', 'banjska-monastery')).toEqual({
      'Distance to the Kosovo–Serbia border': '11.6 km',
    });
    // A crossing lies on the line: no distance to show.
    expect(facts('crossings', 'crossing-jarinje')).toEqual({});
  });
});
