// Start-up: the layers of the first view load first; the ground context (issue 17) after the map's
// first idle, or at once when something asks for one of its features. Nothing is lost or reordered.
import { describe, expect, it } from 'vitest';
import { stageLayers } from '../../src/loading/stagedLoading';
import { resolveStoryLayers } from '../../src/cartography/storyLayers';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';
import { toMapSources } from '../../src/cartography/mapSources';
import { buildMapStyle } from '../../src/cartography/mapStyle';
import type { ActiveLayer } from '../../src/cartography/storyLayers';
import type { LoadedLayers } from '../../src/domain/featureIndex';
import { shippedLayer } from './helpers/shippedLayers';
import { NAME_RULES, STORY_LAYERS } from './helpers/story';

const GROUND_CONTEXT = ['safetyZone', 'terrain', 'stations', 'landmarks'];

function recordingLoader() {
  const calls: string[][] = [];
  const load = async (layers: readonly ActiveLayer[]): Promise<LoadedLayers> => {
    calls.push(layers.map((l) => l.id));
    return Object.fromEntries(layers.map((l) => [l.id, { status: 'ok', features: shippedLayer(l.id) }]));
  };
  return { calls, load };
}

describe('staged loading of the layers', () => {
  it('the registry defers the ground context, and only it', () => {
    const deferred = LAYER_REGISTRY.filter((l) => 'afterFirstIdle' in l && l.afterFirstIdle).map((l) => l.id);
    expect(deferred.sort()).toEqual([...GROUND_CONTEXT].sort());
  });

  it('loads the first view, then the rest once, keeping the story’s order', async () => {
    const { calls, load } = recordingLoader();
    const staged = stageLayers(STORY_LAYERS, load);
    const first = await staged.first();
    expect(calls).toEqual([STORY_LAYERS.map((l) => l.id).filter((id) => !GROUND_CONTEXT.includes(id))]);
    expect(Object.keys(first)).toEqual(STORY_LAYERS.map((l) => l.id));
    for (const id of GROUND_CONTEXT) expect(first[id]).toEqual({ status: 'loading' });
    expect(staged.pending()).toBe(true);
    const [a, b] = await Promise.all([staged.all(), staged.all()]);
    expect(a).toBe(b);
    expect(calls).toHaveLength(2);
    expect(calls[1].sort()).toEqual([...GROUND_CONTEXT].sort());
    expect(Object.keys(a)).toEqual(STORY_LAYERS.map((l) => l.id));
    expect(Object.values(a).every((l) => l.status === 'ok')).toBe(true);
    expect(staged.pending()).toBe(false);
  });

  it('asking for everything first loads the first view too, with nothing pending', async () => {
    const { calls, load } = recordingLoader();
    const all = await stageLayers(STORY_LAYERS, load).all();
    expect(calls.flat().sort()).toEqual(STORY_LAYERS.map((l) => l.id).sort());
    expect(Object.values(all).every((l) => l.status === 'ok')).toBe(true);
  });

  it('with no ground context, everything is the first stage: the same result, loaded once', async () => {
    const { calls, load } = recordingLoader();
    const early = STORY_LAYERS.filter((l) => !GROUND_CONTEXT.includes(l.id));
    const staged = stageLayers(early, load);
    const first = await staged.first();
    expect(staged.pending()).toBe(false);
    // The same object: the viewer's update with it is no update (the map waits for no redraw).
    expect(await staged.all()).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('never defers a layer a story makes part of its situation', async () => {
    const { layers } = resolveStoryLayers([
      { id: 'border', role: 'situation', title: 'Border', visibleByDefault: true },
      { id: 'safetyZone', role: 'situation', title: 'Zone', visibleByDefault: true },
    ]);
    const { calls, load } = recordingLoader();
    const staged = stageLayers(layers, load);
    await staged.first();
    expect(calls).toEqual([['safetyZone', 'border']]);
    expect(staged.pending()).toBe(false);
  });

  it('a layer still loading has an empty source, so its style layers exist when its data arrives', async () => {
    const { load } = recordingLoader();
    const first = await stageLayers(STORY_LAYERS, load).first();
    const sources = toMapSources(first, STORY_LAYERS, 'local', NAME_RULES);
    expect(sources.safetyZone).toEqual({ type: 'FeatureCollection', features: [] });
    expect(sources['safety-zone-labels'] ?? sources['safetyZone-labels']).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
    const style = buildMapStyle(sources, new Set(['safetyZone']), STORY_LAYERS);
    expect(style.layers.some((l) => 'source' in l && l.source === 'safetyZone')).toBe(true);
  });
});
