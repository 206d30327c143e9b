// A new layer kind, added by the README's steps ("Add a layer kind"): a kind file, a registry entry
// and a pipeline step, written here as fixtures (a line kind for roads). With nothing else touched the
// layer is drawn, answers clicks and has its legend; a step left out is named.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { defineLayerKind } from '../../src/cartography/layerKind';
import { BILINGUAL_LABEL, labelLayout, labelPaint, whenSelected } from '../../src/cartography/drawingParts';
import { LAYER_KIND_LIST } from '../../src/cartography/kinds';
import { LAYER_REGISTRY, type LayerDefinition } from '../../src/cartography/layerRegistry';
import { resolveStoryLayers } from '../../src/cartography/storyLayers';
import { buildMapStyle, pickableLayers } from '../../src/cartography/mapStyle';
import { LAYER_STEPS, pipelinePlan } from '../../geo/layerSteps';

/** The kind file: src/cartography/kinds/road.ts. */
const road = defineLayerKind({
  kind: 'road',
  featureLabels: {},
  drawing: {
    color: '#7f7f7f',
    underline: 'solid',
    legend: [{ label: 'Road', swatch: 'line', color: '#7f7f7f' }],
    shapes: [
      { part: 'casing', type: 'line', metadata: { pick: 'none' }, paint: { 'line-color': '#ffffff' } },
      { part: 'line', type: 'line', paint: { 'line-color': '#7f7f7f', 'line-width': whenSelected(4, 3, 2) } },
    ],
    label: {
      minzoom: 10,
      layout: { 'symbol-placement': 'line', ...labelLayout(BILINGUAL_LABEL, 11) },
      paint: labelPaint('#4a4a4a'),
    },
  },
});

/** The registry entry (src/cartography/layerRegistry.ts). */
const roads = {
  id: 'roads',
  file: 'roads.geojson',
  kind: 'road',
  labels: 'geometry',
  defaultTitle: 'Main roads',
  defaultRole: 'context',
} satisfies LayerDefinition<string>;

const catalogue = { registry: [...LAYER_REGISTRY, roads], kinds: [...LAYER_KIND_LIST, road] };
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

describe('adding a layer kind', () => {
  const { layers, problems } = resolveStoryLayers(
    [
      { id: 'border', role: 'situation', title: 'Border', visibleByDefault: true },
      { id: 'roads', role: 'context', title: 'Main roads', visibleByDefault: true },
    ],
    catalogue,
  );

  it('draws the new layer in the assembled style, from its own source', () => {
    expect(problems).toEqual([]);
    const style = buildMapStyle(
      { border: empty, 'border-labels': empty, roads: empty },
      new Set(['border', 'roads']),
      layers,
    );
    const drawn = style.layers
      .filter((l) => l.id.startsWith('roads-'))
      .map((l) => ({
        id: l.id,
        type: l.type,
        source: 'source' in l ? l.source : null,
        visibility: l.layout?.visibility,
      }));
    expect(drawn).toEqual([
      { id: 'roads-casing', type: 'line', source: 'roads', visibility: 'visible' },
      { id: 'roads-line', type: 'line', source: 'roads', visibility: 'visible' },
      { id: 'roads-label', type: 'symbol', source: 'roads', visibility: 'visible' },
    ]);
  });

  it('lets the reader pick the road by its line and its name, not by its casing', () => {
    const picks = pickableLayers(layers);
    expect(picks['roads-line']).toBe('line');
    expect(picks['roads-label']).toBe('label');
    expect(picks).not.toHaveProperty('roads-casing');
  });

  it('shows the kind’s legend and the story’s title in the layer list', () => {
    const shown = layers.find((l) => l.id === 'roads')!;
    expect(shown.title).toBe('Main roads');
    expect(shown.style.legend).toEqual([{ label: 'Road', swatch: 'line', color: '#7f7f7f' }]);
    expect(shown.style.color).toBe('#7f7f7f');
  });

  it('has the pipeline write the layer’s file once it has a step, and names the step when it has none', () => {
    expect(pipelinePlan(catalogue.registry, LAYER_STEPS).problems).toEqual([
      'registry layer "roads" (roads.geojson) has no pipeline step (geo/layerSteps.ts)',
    ]);
    const plan = pipelinePlan(catalogue.registry, { ...LAYER_STEPS, roads: () => [] });
    expect(plan.problems).toEqual([]);
    expect(plan.writes.map((w) => w.file)).toContain('roads.geojson');
  });

  it('refuses a registry entry whose kind has no kind file', () => {
    const { problems } = resolveStoryLayers(
      [{ id: 'roads', role: 'context', title: 'Roads', visibleByDefault: true }],
      { registry: catalogue.registry, kinds: LAYER_KIND_LIST },
    );
    expect(problems).toEqual([
      'registry layer "roads": no layer kind "road" in src/cartography/kinds/index.ts',
    ]);
  });
});
