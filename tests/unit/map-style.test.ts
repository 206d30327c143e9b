// The map style is data: validated by MapLibre's own style-spec validator, with no network resource;
// every list about layers (drawing order, picks, legend, label sources) derived from the one registry.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import {
  buildMapStyle,
  orderedStyleLayers,
  pickableLayers,
  styleLayerOwners,
} from '../../src/cartography/mapStyle';
import { toMapSources } from '../../src/cartography/mapSources';
import { LAYER_REGISTRY, layerDefinition, stylePrefix } from '../../src/cartography/layerRegistry';
import { resolveStoryLayers } from '../../src/cartography/storyLayers';
import { KIND_LABELS, LAYER_KIND_LIST, LAYER_KINDS } from '../../src/cartography/kinds';
import type { LoadedLayers } from '../../src/domain/featureIndex';
import { FEATURE_KINDS } from '../../src/domain/vocabulary';
import { shippedLayer, SHIPPED_LAYER_IDS } from './helpers/shippedLayers';
import { NAME_RULES, STORY_LAYERS as STORY } from './helpers/story';

const LAYER_IDS = STORY.map((l) => l.id);
const loaded = Object.fromEntries(
  LAYER_IDS.map((id) => [id, { status: 'ok', features: shippedLayer(id) }]),
) as LoadedLayers;

/** Every layer of the registry, as a story that shows them all would (each role in turn). */
const everyLayer = (role: 'situation' | 'context') =>
  resolveStoryLayers(LAYER_REGISTRY.map((l) => ({ id: l.id, role, title: l.id, visibleByDefault: true })));

describe('the layer registry', () => {
  it.each(['situation', 'context'] as const)(
    'derives a drawing order, picks, a legend and label sources that hold every layer (%s role)',
    (role) => {
      const { layers, problems } = everyLayer(role);
      expect(problems).toEqual([]);
      const ids = LAYER_REGISTRY.map((l) => l.id);
      // Drawing order: every layer, in the registry's order.
      expect(layers.map((l) => l.id)).toEqual(ids);
      const owners = styleLayerOwners(layers);
      const drawn = new Set(orderedStyleLayers(layers).map((l) => owners[l.id]));
      expect([...drawn].sort()).toEqual([...ids].sort());
      // Pick order: every layer answers a click somewhere.
      const picked = new Set(Object.keys(pickableLayers(layers)).map((id) => owners[id]));
      expect([...picked].sort()).toEqual([...ids].sort());
      // Legend: every layer has at least one entry.
      for (const l of layers) expect(l.style.legend.length, l.id).toBeGreaterThan(0);
      // Labels: every layer draws its names, from its label points or its own features.
      for (const l of layers) {
        const labelSources = l.style.layers.filter((s) => s.type === 'symbol').map((s) => s.source);
        expect(labelSources, l.id).toContain(l.labels === 'label-points' ? `${l.id}-labels` : l.id);
      }
    },
  );

  it.each(['situation', 'context'] as const)(
    'gives each layer style layers of its own, named by its prefix and reading its own sources (%s role)',
    (role) => {
      const { layers } = everyLayer(role);
      const ids = layers.flatMap((l) => l.style.layers.map((s) => s.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const l of layers)
        for (const s of l.style.layers) {
          expect(s.id, l.id).toMatch(new RegExp(`^${stylePrefix(l.id)}-[a-z-]+$`));
          expect([l.id, `${l.id}-labels`], s.id).toContain('source' in s ? s.source : null);
        }
    },
  );

  it('draws by kind and role, not by story ids, and every kind is some layer’s', () => {
    // The same kind draws differently by role: the story's municipalities are filled, the others not.
    const municipalities = STORY.find((l) => l.id === 'municipalities')!;
    const others = STORY.find((l) => l.id === 'kosovoMunicipalities')!;
    expect(municipalities.kind).toBe(others.kind);
    expect(municipalities.style.color).not.toBe(others.style.color);
    // A kind no layer has is drawn by no test (the validator, the static map's evaluator).
    const used = new Set<string>(LAYER_REGISTRY.map((l) => l.kind));
    expect(LAYER_KINDS.filter((k) => !used.has(k))).toEqual([]);
  });

  it('has words in its layer’s kind for the kind of every shipped feature, each given by one kind', () => {
    for (const id of SHIPPED_LAYER_IDS) {
      const kind = LAYER_KIND_LIST.find((k) => k.kind === layerDefinition(id)!.kind)!;
      const featureKinds = new Set(shippedLayer(id).map((f) => f.properties.kind));
      expect(
        [...featureKinds].filter((k) => !(k in kind.featureLabels)),
        `${id} (${kind.kind})`,
      ).toEqual([]);
    }
    const labelled = LAYER_KIND_LIST.flatMap((k) => Object.keys(k.featureLabels));
    expect(labelled.filter((k, i) => labelled.indexOf(k) !== i)).toEqual([]);
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...FEATURE_KINDS].sort());
  });

  it('refuses a story that names an unknown layer, lists one twice, or words a legend it does not have', () => {
    const { problems } = resolveStoryLayers([
      { id: 'border', role: 'situation', title: 'Border', visibleByDefault: true },
      { id: 'border', role: 'situation', title: 'Border', visibleByDefault: true },
      { id: 'roads', role: 'context', title: 'Roads', visibleByDefault: true },
      { id: 'places', role: 'context', title: 'Places', legend: ['a', 'b', 'c'], visibleByDefault: true },
    ]);
    expect(problems.join('\n')).toMatch(/entry 2 \(border\): the layer is listed twice/);
    expect(problems.join('\n')).toMatch(/entry 3 \(roads\): no layer "roads" in the registry/);
    expect(problems.join('\n')).toMatch(/entry 4 \(places\), field legend: 3 wordings for a legend of 1/);
  });

  it('ships a file for every registry layer the pipeline writes', () => {
    for (const id of SHIPPED_LAYER_IDS) expect(shippedLayer(id).length, id).toBeGreaterThan(0);
  });
});

describe('the map style', () => {
  const style = buildMapStyle(toMapSources(loaded, STORY, 'local', NAME_RULES), new Set(LAYER_IDS), STORY);

  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('needs nothing from outside its origin: no glyphs, sprite, tiles or URLs', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
    for (const source of Object.values(style.sources))
      expect(typeof (source as { data: unknown }).data).toBe('object');
  });

  it('lets the reader click every layer it draws, except where the area itself answers', () => {
    const PICKABLE_LAYERS = pickableLayers(STORY);
    // Outlines of areas and the border's casing do not compete with the features they outline.
    expect(PICKABLE_LAYERS['municipalities-line']).toBeUndefined();
    expect(PICKABLE_LAYERS['countries-fill']).toBe('area');
    expect(PICKABLE_LAYERS['rivers-line']).toBe('line');
    expect(PICKABLE_LAYERS['places-label']).toBe('label');
  });

  it('draws labels above every shape and the situation’s labels last, so they are placed first', () => {
    const layers = orderedStyleLayers(STORY);
    const firstLabel = layers.findIndex((l) => l.type === 'symbol');
    expect(layers.slice(firstLabel).every((l) => l.type === 'symbol')).toBe(true);
    expect(layers.at(-1)!.id).toMatch(/^(border|north-kosovo|municipalities|monastery)-label$/);
  });

  it('hides the style layers of layers that are off, and leaves out the sources of layers that failed', () => {
    const partial = { ...loaded, border: { status: 'error', message: 'x' } } as LoadedLayers;
    const s = buildMapStyle(toMapSources(partial, STORY, 'local', NAME_RULES), new Set(['monastery']), STORY);
    expect(s.sources).not.toHaveProperty('border');
    expect(s.layers.some((l) => l.id === 'border-line')).toBe(false);
    const visibility = (id: string) =>
      (s.layers.find((l) => l.id === id) as { layout?: { visibility?: string } }).layout?.visibility;
    expect(visibility('monastery-point')).toBe('visible');
    expect(s.layers.some((l) => l.id === 'border-label')).toBe(false);
    expect(visibility('municipalities-fill')).toBe('none');
  });

  it('labels areas at the label point the pipeline computed, inside each area', () => {
    const sources = toMapSources(loaded, STORY, 'local', NAME_RULES);
    for (const layer of ['municipalities', 'kosovoMunicipalities', 'countries'] as const) {
      const labels = (sources[`${layer}-labels`] as FeatureCollection<Point>).features;
      expect(labels).toHaveLength(shippedLayer(layer).length);
      for (const [i, f] of shippedLayer(layer).entries()) {
        expect(labels[i].geometry.coordinates).toEqual(f.properties.labelPoint);
        expect(
          turf.booleanPointInPolygon(labels[i].geometry, f as unknown as Feature<Polygon>),
          f.properties.id,
        ).toBe(true);
      }
    }
  });
});
