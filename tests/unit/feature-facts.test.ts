// The figures the details show for a feature: its area, length, distance to the border.
import { describe, expect, it } from 'vitest';

describe('numbers in the details', () => {
  it('groups thousands and keeps one decimal', async () => {
    const { formatNumber } = await import('../../src/domain/featureFacts');
    expect(formatNumber(1008.64)).toBe('1,008.6');
    expect(formatNumber(11.55)).toBe('11.6');
    expect(formatNumber(356)).toBe('356');
    expect(formatNumber(10780.04)).toBe('10,780');
  });
});

describe('facts in the details', () => {
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
