// The static map reads the interactive map's style: its expression evaluator agrees with MapLibre's own
// on every property and filter of every layer, its projection puts points where MapLibre's does, and
// the marks of the story's first view hold every situation layer.
import { describe, expect, it } from 'vitest';
import {
  Color,
  createPropertyExpression,
  featureFilter,
  isExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { MercatorCoordinate } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { evaluate, labelLines, type EvaluationContext } from '../../src/static/expressions';
import { cameraForBounds, projectionFor } from '../../src/camera/camera';
import { staticMapMarks } from '../../src/static/mapMarks';
import { resolveStoryLayers } from '../../src/cartography/storyLayers';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';
import { toMapSources } from '../../src/cartography/mapSources';
import { buildMapStyle, styleLayerOwners } from '../../src/cartography/mapStyle';
import type { LoadedLayers } from '../../src/domain/featureIndex';
import { shippedLayer } from './helpers/shippedLayers';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTile, gatherTiles } from '../../src/static/vectorTiles';
import { baseMapLayer, labelledByStory } from '../../src/cartography/basemap';
import { NAME_RULES, STORY, STORY_LAYERS } from './helpers/story';

const ZOOMS = [6, 8.5, 10.6, 12.2, 15];
const STATES = [{}, { hovered: true }, { selected: true }];

const everyLayer = (role: 'situation' | 'context') =>
  resolveStoryLayers(LAYER_REGISTRY.map((l) => ({ id: l.id, role, title: l.id, visibleByDefault: true })))
    .layers;

const loadedAll = (layers: { id: string; file: string }[]): LoadedLayers =>
  Object.fromEntries(
    // A story's own places stand in with the shipped towns (same geometry type, same properties).
    layers.map((l) => [l.id, { status: 'ok', features: shippedLayer(l.file === 'story' ? 'places' : l.id) }]),
  );

/** MapLibre's value, comparable with ours: colours as rgba strings, formatted text as sections. */
function theirs(value: unknown): unknown {
  if (value instanceof Color) return value.toString();
  if (value && typeof value === 'object' && 'sections' in value)
    return (value as { sections: { text: string; scale: number | null }[] }).sections.map((s) => [
      s.text,
      s.scale ?? 1,
    ]);
  return value;
}
function ours(value: unknown, name = ''): unknown {
  // MapLibre makes every text-field a formatted text.
  if (name === 'text-field' && typeof value === 'string') return [[value, 1]];
  // …and no text (a feature without the name asked for) an empty one: neither draws a label.
  if (name === 'text-field' && value === null) return [['', 1]];
  if (typeof value === 'string' && /^(#|rgb)/.test(value)) return Color.parse(value)!.toString();
  if (value && typeof value === 'object' && 'sections' in value)
    return (value as { sections: { text: string; scale: number }[] }).sections.map((s) => [s.text, s.scale]);
  return value;
}

/** A feature at a zoom and state, as our evaluator takes it and as MapLibre's does. */
function bothContexts(
  f: Feature,
  zoom: number,
  state: EvaluationContext['state'],
): [EvaluationContext, never] {
  const properties = (f.properties ?? {}) as Record<string, unknown>;
  const type = f.geometry.type as EvaluationContext['geometryType'];
  return [{ zoom, properties, geometryType: type, state }, { type, properties } as never];
}

/**
 * Our evaluator against MapLibre's on every paint and layout expression and filter of these style
 * layers, for features of each (at several zooms and states); the number of values compared.
 */
function compareWithMapLibre(
  styleLayers: LayerSpecification[],
  featuresOf: (layer: LayerSpecification & { source: string; 'source-layer'?: string }) => Feature[],
  states: EvaluationContext['state'][] = STATES,
): number {
  let compared = 0;
  for (const layer of styleLayers as (LayerSpecification & {
    source: string;
    filter?: unknown;
    paint?: Record<string, unknown>;
    layout?: Record<string, unknown>;
  })[]) {
    const features = featuresOf(layer).slice(0, 12);
    expect(features.length, `${layer.id}: no features to compare on`).toBeGreaterThan(0);
    const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
    for (const [group, values] of [
      ['paint', layer.paint],
      ['layout', layer.layout],
    ] as const) {
      for (const [name, value] of Object.entries(values ?? {})) {
        if (!isExpression(value) || name === 'text-font') continue;
        const spec = specs[`${group}_${layer.type}`]?.[name];
        if (!spec) throw new Error(`${layer.id}: no ${group} property ${name} in the style spec`);
        const parsed = createPropertyExpression(value, `layers[0].${group}.${name}`, spec);
        if (parsed.result !== 'success')
          throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
        for (const f of features)
          for (const zoom of ZOOMS)
            for (const state of states) {
              const [ctx, feature] = bothContexts(f, zoom, state);
              expect(ours(evaluate(value, ctx), name), `${layer.id} ${name} at ${zoom}`).toEqual(
                theirs(parsed.value.evaluate({ zoom }, feature, state)),
              );
              compared++;
            }
      }
    }
    if (layer.filter !== undefined) {
      const filter = featureFilter(layer.filter as never, 'layers[0].filter');
      for (const f of features)
        for (const zoom of ZOOMS) {
          const [ctx, feature] = bothContexts(f, zoom, {});
          expect(evaluate(layer.filter, ctx), `${layer.id} filter at ${zoom}`).toBe(
            filter.filter({ zoom }, feature),
          );
          compared++;
        }
    }
  }
  return compared;
}

// Tiles of both sources (decoded once for every name order), from the region's zoom 8 to the north's street zoom: every class the style filters on.
const BASE_MAP_TILES = gatherTiles(
  [
    ['region', 8, 142, 93],
    ['region', 10, 570, 376],
    ['north', 12, 2282, 1506],
    ['north', 12, 2283, 1501],
    ['north', 14, 9133, 6006],
  ].map(([source, z, x, y]) => {
    const address = { z, x, y } as { z: number; x: number; y: number };
    const file = resolve(import.meta.dirname, `../../public/basemap/${source}/${z}/${x}/${y}.pbf`);
    return {
      address: { ...address, styleSource: 'base-map-any', path: '' },
      features: decodeTile(gunzipSync(readFileSync(file)), address),
    };
  }),
)['base-map-any'];

describe('the static map’s expressions', () => {
  it.each(['situation', 'context'] as const)(
    'agree with MapLibre’s evaluator on every paint, layout and filter of every layer (%s role)',
    (role) => {
      const layers = everyLayer(role);
      const sources = toMapSources(loadedAll(layers), layers, 'local', NAME_RULES);
      const compared = compareWithMapLibre(
        layers.flatMap((l) => l.style.layers),
        (layer) => sources[layer.source]?.features ?? [],
      );
      expect(compared).toBeGreaterThan(1000);
    },
  );

  it.each(['local', 'sq', 'sr', 'sr-Cyrl', 'en'] as const)(
    'agree with MapLibre’s evaluator on every layer of the base map, on features of its tiles (names: %s)',
    (order) => {
      const labelled = labelledByStory(loadedAll(STORY_LAYERS), new Set(STORY_LAYERS.map((l) => l.id)));
      const layer = baseMapLayer(STORY.region.baseMap!, { order, labelled });
      /** Features of the layer's vector-tile layer, those its filter keeps first (every value then differs). */
      const featuresOf = (l: { 'source-layer'?: string; filter?: unknown }) => {
        const all = BASE_MAP_TILES[l['source-layer']!] ?? [];
        const ctx = (f: Feature) => ({
          zoom: 14,
          properties: f.properties ?? {},
          geometryType: (f.geometry.type.includes('Polygon')
            ? 'Polygon'
            : f.geometry.type.includes('Line')
              ? 'LineString'
              : 'Point') as EvaluationContext['geometryType'],
          state: {},
        });
        const kept: Feature[] = [];
        const others: Feature[] = [];
        for (const f of all) {
          if (kept.length >= 8 && others.length >= 4) break;
          const pass = l.filter === undefined || evaluate(l.filter, ctx(f)) === true;
          if (pass && kept.length < 8) kept.push(f);
          else if (!pass && others.length < 4) others.push(f);
        }
        return [...kept, ...others];
      };
      // Each definition once (its style layer for every tile source is the same but for the source), and
      // no feature state (the base map has none).
      const definitions = layer.style.layers.filter((l) => l.id.endsWith('-region'));
      expect(compareWithMapLibre(definitions, featuresOf, [{}])).toBeGreaterThan(1000);
    },
  );

  it('refuses an operator it does not know, naming it', () => {
    const ctx: EvaluationContext = { zoom: 8, properties: {}, geometryType: 'Point', state: {} };
    expect(() => evaluate(['sqrt', 4], ctx)).toThrow(/"sqrt"/);
  });

  it('splits a bilingual label into its two lines, the second smaller', () => {
    const ctx: EvaluationContext = {
      zoom: 10,
      properties: { label1: 'Zvečan', label2: 'Zveçan' },
      geometryType: 'Point',
      state: {},
    };
    const value = evaluate(
      ['format', ['get', 'label1'], {}, '\n', {}, ['get', 'label2'], { 'font-scale': 0.85 }],
      ctx,
    );
    expect(labelLines(value)).toEqual([
      { text: 'Zvečan', scale: 1 },
      { text: 'Zveçan', scale: 0.85 },
    ]);
  });
});

describe('the static map’s projection', () => {
  it('puts points where MapLibre’s Web Mercator does, to a hundredth of a pixel', () => {
    const size = { width: 850, height: 632 };
    for (const camera of [
      { lon: 20.78, lat: 42.97, zoom: 11 },
      { lon: 20.5, lat: 43.2, zoom: 7.37 },
    ]) {
      const projection = projectionFor(camera, size);
      const world = 512 * 2 ** camera.zoom;
      const centre = MercatorCoordinate.fromLngLat([camera.lon, camera.lat]);
      for (const [lon, lat] of [
        [20.78, 42.97],
        [20.6, 43.3],
        [21.2, 42.6],
      ]) {
        const m = MercatorCoordinate.fromLngLat([lon, lat]);
        const expected = [
          (m.x - centre.x) * world + size.width / 2,
          (m.y - centre.y) * world + size.height / 2,
        ];
        const [x, y] = projection([lon, lat])!;
        expect(Math.abs(x - expected[0])).toBeLessThan(0.01);
        expect(Math.abs(y - expected[1])).toBeLessThan(0.01);
      }
    }
  });

  it('fits the default frame inside the padding', () => {
    const size = { width: 850, height: 632 };
    const padding = { top: 16, bottom: 16, left: 56, right: 16 };
    const [w, s, e, n] = STORY.meta.defaultFrame;
    const camera = cameraForBounds([w, s, e, n], size, padding);
    const p = projectionFor(camera, size);
    const [x0, y1] = p([w, s])!;
    const [x1, y0] = p([e, n])!;
    expect(x0).toBeGreaterThanOrEqual(padding.left - 0.01);
    expect(x1).toBeLessThanOrEqual(size.width - padding.right + 0.01);
    expect(y0).toBeGreaterThanOrEqual(padding.top - 0.01);
    expect(y1).toBeLessThanOrEqual(size.height - padding.bottom + 0.01);
    // Tight on one axis.
    expect(Math.min(x0 - padding.left, y0 - padding.top)).toBeLessThan(0.01);
  });
});

describe('the static map of the story’s first view', () => {
  const size = { width: 850, height: 632 };
  const camera = cameraForBounds(STORY.meta.defaultFrame, size, { top: 16, bottom: 16, left: 56, right: 16 });
  const sources = toMapSources(loadedAll(STORY_LAYERS), STORY_LAYERS, 'local', NAME_RULES);
  const owners = styleLayerOwners(STORY_LAYERS);
  const marksWith = (visible: string[]) =>
    staticMapMarks({
      sources,
      layers: buildMapStyle(sources, new Set(visible), STORY_LAYERS).layers,
      owners,
      camera,
      size,
    });

  it('draws every situation layer, and labels that neither overlap nor leave the view', () => {
    const marks = marksWith(STORY_LAYERS.map((l) => l.id));
    for (const id of ['border', 'northKosovo', 'municipalities', 'monastery'])
      expect(
        marks.some((m) => m.owner === id && m.type !== 'text'),
        id,
      ).toBe(true);
    const labels = marks.filter((m) => m.type === 'text');
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.map((l) => l.lines[0].text)).toEqual(expect.arrayContaining(['Zvečan']));
  });

  it('draws nothing of a hidden layer', () => {
    const marks = marksWith(STORY_LAYERS.map((l) => l.id).filter((id) => id !== 'municipalities'));
    expect(marks.some((m) => m.owner === 'municipalities')).toBe(false);
  });
});
