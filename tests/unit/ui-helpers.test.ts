import { describe, expect, it, vi } from 'vitest';
import { safeHttpUrl } from '../../src/domain/safeUrl';
import { displayName, MISSING_FORM, nameRows, namesInOrder } from '../../src/domain/names';
import { MapAdapter } from '../../src/map/mapAdapter';
import { shippedFeature } from './helpers/shippedLayers';
import { STORY_LAYERS } from './helpers/story';
import { readRegion } from '../../scripts/region/readRegion';

describe('links from data', () => {
  it('only http(s) URLs become links', () => {
    expect(safeHttpUrl('https://www.geoboundaries.org/')).toBe('https://www.geoboundaries.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});

describe('names (the rules of regions/kosovo-serbia.json)', () => {
  const RULES = readRegion('kosovo-serbia').names;
  const zvecan = {
    name: { en: 'Zvečan', sq: 'Zveçan', 'sr-Latn': 'Zvečan', 'sr-Cyrl': 'Звечан' },
    country: 'XK',
    localLanguage: 'sr' as const,
  };
  const pristina = {
    name: { en: 'Pristina', sq: 'Prishtinë', 'sr-Latn': 'Priština', 'sr-Cyrl': 'Приштина' },
    country: 'XK',
    localLanguage: 'sq' as const,
  };
  const noviPazar = {
    name: { en: 'Novi Pazar', sq: 'Pazari i Ri', 'sr-Latn': 'Novi Pazar', 'sr-Cyrl': 'Нови Пазар' },
    country: 'RS',
    localLanguage: 'sr' as const,
  };

  it('puts the majority language of the place first, and in Serbia the Serbian name alone', () => {
    expect(namesInOrder(zvecan, 'local', RULES)).toEqual(['Zvečan', 'Zveçan']);
    expect(namesInOrder(pristina, 'local', RULES)).toEqual(['Prishtinë', 'Priština']);
    expect(namesInOrder(noviPazar, 'local', RULES)).toEqual(['Novi Pazar']);
  });

  it('follows the order the reader chose', () => {
    expect(namesInOrder(zvecan, 'sq', RULES)).toEqual(['Zveçan', 'Zvečan']);
    expect(namesInOrder(pristina, 'sr', RULES)).toEqual(['Priština', 'Prishtinë']);
    expect(namesInOrder(pristina, 'sr-Cyrl', RULES)).toEqual(['Приштина', 'Prishtinë']);
    expect(namesInOrder(noviPazar, 'sq', RULES)).toEqual(['Pazari i Ri', 'Novi Pazar']);
    expect(namesInOrder(noviPazar, 'en', RULES)).toEqual(['Novi Pazar']);
  });

  it('lists the names in the chosen order, and says when a source has no form for one language', () => {
    expect(nameRows(pristina, 'sr', RULES).map((r) => r.value)).toEqual([
      'Priština',
      'Prishtinë',
      'Приштина',
      'Pristina',
    ]);
    const banovde = { ...pristina, name: { en: 'Banovdë', sq: 'Banovdë', 'sr-Latn': null, 'sr-Cyrl': null } };
    expect(nameRows(banovde, 'local', RULES)).toContainEqual({
      label: 'Serbian',
      lang: 'en',
      value: MISSING_FORM,
    });
    expect(nameRows(noviPazar, 'local', RULES).some((r) => r.value === MISSING_FORM)).toBe(false);
  });

  it('shows one form when both languages spell it alike, and English after local forms that differ', () => {
    const zubin = {
      ...zvecan,
      name: { en: 'Zubin Potok', sq: 'Zubin Potok', 'sr-Latn': 'Zubin Potok', 'sr-Cyrl': null },
    };
    expect(displayName(zubin, 'local', RULES)).toBe('Zubin Potok');
    expect(displayName(pristina, 'local', RULES)).toBe('Prishtinë / Priština (Pristina)');
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

describe('numbers in popups', () => {
  it('groups thousands and keeps one decimal', async () => {
    const { formatNumber } = await import('../../src/domain/featureFacts');
    expect(formatNumber(1008.64)).toBe('1,008.6');
    expect(formatNumber(11.55)).toBe('11.6');
    expect(formatNumber(356)).toBe('356');
    expect(formatNumber(10780.04)).toBe('10,780');
  });
});

describe('facts in popups', () => {
  it('shows the figures the pipeline shipped: area, length, distance to the border', async () => {
    const { featureFacts } = await import('../../src/domain/featureFacts');
    const { shippedFeature } = await import('./helpers/shippedLayers');
    const facts = (layer: Parameters<typeof shippedFeature>[0], id: string) =>
      Object.fromEntries(featureFacts(shippedFeature(layer, id)).map((f) => [f.label, f.value]));
    expect(facts('municipalities', 'municipality-leposavic')).toEqual({ Area: '544.2 km²' });
    expect(facts('northKosovo', 'north-kosovo')).toEqual({ Area: '1,008.6 km²' });
    expect(facts('border', 'kosovo-serbia-border')).toEqual({ Length: '356.2 km' });
    expect(facts('monastery', 'banjska-monastery')).toEqual({
      'Distance to the Kosovo–Serbia border': '11.6 km',
    });
    // A crossing on the line: no distance to show.
    expect(facts('crossings', 'crossing-brnjak')).toEqual({});
  });
});
