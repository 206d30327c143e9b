// The base map (issue 36) is styled like the rest of the cartography: typed data (src/cartography/
// basemap/), one definition per style layer made for each tile source, validated by MapLibre's style
// spec, drawn above the two ground fills and beneath every other layer of the story, never labelling
// what the story labels, naming by the reader's order, and readable by the static map's evaluator.
import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  featureFilter,
  isExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import {
  buildMapStyle,
  pickableLayers,
  styleLayerOwners,
  type StyledLayer,
} from '../../src/cartography/mapStyle';
import { toMapSources } from '../../src/cartography/mapSources';
import {
  BASE_MAP_LAYER,
  BASE_MAP_LEGEND,
  baseMapLayer,
  labelledByStory,
} from '../../src/cartography/basemap';
import { evaluate, labelLines, type EvaluationContext } from '../../src/static/expressions';
import type { LoadedLayers } from '../../src/domain/featureIndex';
import type { NameOrder } from '../../src/domain/names';
import { NAME_ORDERS } from '../../src/domain/names';
import { shippedLayer } from './helpers/shippedLayers';
import { NAME_RULES, STORY, STORY_LAYERS } from './helpers/story';

const spec = STORY.region.baseMap!;
const LAYER_IDS = STORY_LAYERS.map((l) => l.id);
const loaded = Object.fromEntries(
  STORY_LAYERS.map((l) => [
    l.id,
    { status: 'ok', features: shippedLayer(l.file === 'story' ? 'places' : l.id) },
  ]),
) as LoadedLayers;
const everyLayerShown = new Set([...LAYER_IDS, BASE_MAP_LAYER]);

const baseMap = (order: NameOrder = 'local', layers: LoadedLayers = loaded) =>
  baseMapLayer(spec, { order, labelled: labelledByStory(layers, everyLayerShown) });
const styleWith = (base: StyledLayer, visible: ReadonlySet<string> = everyLayerShown) =>
  buildMapStyle(toMapSources(loaded, STORY_LAYERS, 'local', NAME_RULES), visible, [...STORY_LAYERS, base]);

type AnyLayer = LayerSpecification & {
  source?: string;
  'source-layer'?: string;
  filter?: unknown;
  paint?: Record<string, unknown>;
  layout?: Record<string, unknown>;
  minzoom?: number;
  maxzoom?: number;
};

/** A feature as a vector tile gives it, for MapLibre's evaluator and ours. */
interface TileFeature {
  type: 'Point' | 'LineString' | 'Polygon';
  properties: Record<string, unknown>;
}

// Parsed once per expression: MapLibre's parser is the slow part.
const parsedFilters = new Map<unknown, ReturnType<typeof featureFilter>>();
const filterOf = (layer: AnyLayer) => {
  if (!parsedFilters.has(layer.filter))
    parsedFilters.set(layer.filter, featureFilter(layer.filter as never, 'layers[0].filter'));
  return parsedFilters.get(layer.filter)!;
};
const parsedProperties = new Map<unknown, { evaluate: (...args: unknown[]) => unknown }>();
const passes = (layer: AnyLayer, f: TileFeature, zoom: number) =>
  layer.filter === undefined || filterOf(layer).filter({ zoom }, f as never);

/** MapLibre's value of a layout or paint property for a feature at a zoom. */
function theirs(layer: AnyLayer, group: 'paint' | 'layout', name: string, f: TileFeature, zoom: number) {
  const value = layer[group]![name];
  if (!parsedProperties.has(value)) {
    const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
    const parsed = createPropertyExpression(
      value,
      `layers[0].${group}.${name}`,
      specs[`${group}_${layer.type}`][name],
    );
    if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
    parsedProperties.set(value, parsed.value as never);
  }
  return parsedProperties.get(value)!.evaluate({ zoom }, f as never, {});
}

/** A label's text as MapLibre formats it: its sections joined. */
const text = (value: unknown): string =>
  value && typeof value === 'object' && 'sections' in value
    ? (value as { sections: { text: string }[] }).sections.map((s) => s.text).join('')
    : String(value ?? '');

const layerOf = (style: { layers: LayerSpecification[] }, id: string) =>
  style.layers.find((l) => l.id === id) as AnyLayer;

// Features as the pipeline writes them (geo/basemap/): OpenMapTiles classes, names split by language.
const ZVECAN: TileFeature = {
  type: 'Point',
  properties: {
    class: 'town',
    name_sq: 'Zveçan',
    name_sr: 'Zvečan',
    name_sr_cyrl: 'Звечан',
    name_latin: 'Zvečan',
    country: 'XK',
    local_language: 'sr',
  },
};
const VUSHTRRI: TileFeature = {
  type: 'Point',
  properties: {
    class: 'town',
    name_sq: 'Vushtrri',
    name_sr: 'Vučitrn',
    name_sr_cyrl: 'Вучитрн',
    name_latin: 'Vushtrri',
    country: 'XK',
    local_language: 'sq',
  },
};
const RASKA: TileFeature = {
  type: 'Point',
  properties: { class: 'town', name_sr: 'Raška', name_sr_cyrl: 'Рашка', name_latin: 'Raška', country: 'RS' },
};

describe('the base map’s style', () => {
  it('passes the MapLibre style-spec validator, with the story’s layers and without', () => {
    // The other orders' names are parsed by MapLibre's expression parser below (the static map's test).
    expect(validateStyleMin(styleWith(baseMap('local')))).toEqual([]);
    const loading = { ...loaded, terrain: { status: 'loading' } } as LoadedLayers;
    expect(validateStyleMin(styleWith(baseMap('local', loading)))).toEqual([]);
  });

  it('makes each definition a style layer for each tile source of the region, reading that source', () => {
    const { style } = baseMap();
    const sources = spec.sources.map((s) => s.id);
    expect(sources).toEqual(['region', 'north']);
    const byPart = new Map<string, string[]>();
    for (const l of style.layers as AnyLayer[]) {
      const [, part, source] = /^base-map-(.+)-(region|north)$/.exec(l.id) ?? [];
      expect(part, l.id).toBeDefined();
      expect(l.source).toBe(`base-map-${source}`);
      byPart.set(part, [...(byPart.get(part) ?? []), source]);
    }
    for (const [part, seen] of byPart) expect(seen, part).toEqual(sources);
    // Roads by class, the railway, water and rivers, forests and built-up areas, and names.
    for (const part of [
      'road-motorway',
      'road-primary',
      'road-secondary',
      'road-minor',
      'rail',
      'water',
      'river',
      'forest',
      'built-up',
      'road-ref',
      'peak-elevation',
      'place',
    ])
      expect(byPart.has(part), part).toBe(true);
  });

  it('reads its tiles from the site’s own origin through the protocol, only where and when the tileset has them', () => {
    const style = styleWith(baseMap());
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
    for (const s of spec.sources) {
      const source = style.sources[`base-map-${s.id}`] as VectorSourceSpecification;
      expect(source.tiles).toEqual([`basemap://${s.tiles}`]);
      expect(source.tiles![0]).toMatch(/^basemap:\/\/\/basemap\/[a-z]+\/\{z\}\/\{x\}\/\{y\}\.pbf$/);
      expect([source.minzoom, source.maxzoom, source.bounds]).toEqual([s.minzoom, s.maxzoom, s.bounds]);
    }
  });

  it('is drawn above the two ground fills and beneath every other layer of the story', () => {
    const ids = styleWith(baseMap()).layers.map((l) => l.id);
    const owners = styleLayerOwners([...STORY_LAYERS, baseMap()]);
    const base = ids.flatMap((id, i) => (owners[id] === BASE_MAP_LAYER ? [i] : []));
    expect(base.length).toBeGreaterThan(20);
    // One block…
    expect(base.at(-1)! - base[0] + 1).toBe(base.length);
    // …above the countries' and Kosovo's opaque fills and the background…
    expect(ids.slice(0, base[0])).toEqual(['background', 'countries-fill', 'kosovo-fill']);
    // …and beneath every other style layer of every story layer: lines, areas, points and names.
    const above = ids.slice(base.at(-1)! + 1);
    const storyStyleLayers = STORY_LAYERS.flatMap((l) => l.style.layers.map((s) => s.id));
    expect([...above].sort()).toEqual(
      storyStyleLayers.filter((id) => !/^(countries|kosovo)-fill$/.test(id)).sort(),
    );
  });

  it('answers no click: the story’s features do', () => {
    const pickable = pickableLayers([...STORY_LAYERS, baseMap()]);
    expect(Object.keys(pickable).filter((id) => id.startsWith('base-map-'))).toEqual([]);
  });

  it('is switched on and off as one layer of the story', () => {
    const visibility = (visible: Set<string>) => [
      ...new Set(
        styleWith(baseMap(), visible)
          .layers.filter((l) => l.id.startsWith('base-map-'))
          .map((l) => (l as AnyLayer).layout?.visibility),
      ),
    ];
    expect(visibility(everyLayerShown)).toEqual(['visible']);
    expect(visibility(new Set(LAYER_IDS))).toEqual(['none']);
  });

  it('has legend rows for the road classes, the railway, water, forest and built-up areas', () => {
    const labels = BASE_MAP_LEGEND.map((e) => e.label).join('\n');
    for (const row of [
      /Motorway/,
      /Primary road/,
      /Secondary or tertiary/,
      /Street/,
      /Railway/,
      /Water/,
      /Forest/,
      /Built-up/,
    ])
      expect(labels).toMatch(row);
    expect(baseMap().title).toBe('Base map (OpenStreetMap, August 2021)');
  });

  it('draws minor streets only at street zooms, and the road numbers along the roads', () => {
    const style = baseMap().style;
    const minor: TileFeature = { type: 'LineString', properties: { class: 'minor' } };
    const drawn = (zoom: number) =>
      (style.layers as AnyLayer[]).some(
        (l) =>
          l['source-layer'] === 'transportation' &&
          zoom >= (l.minzoom ?? 0) &&
          zoom < (l.maxzoom ?? 24) &&
          passes(l, minor, Math.floor(zoom)),
      );
    expect(drawn(11)).toBe(false);
    expect(drawn(14)).toBe(true);
    const ref = layerOf({ layers: style.layers }, 'base-map-road-ref-north');
    const m223: TileFeature = { type: 'LineString', properties: { class: 'primary', ref: 'M-22.3' } };
    expect(passes(ref, m223, 12)).toBe(true);
    expect(text(theirs(ref, 'layout', 'text-field', m223, 12))).toBe('M-22.3');
  });

  it('gives a peak its elevation at high zooms', () => {
    const peak: TileFeature = {
      type: 'Point',
      properties: {
        class: 'peak',
        name_sr: 'Veliki Bukovik',
        name_latin: 'Veliki Bukovik',
        ele: 1005,
        country: 'RS',
      },
    };
    const layer = layerOf({ layers: baseMap().style.layers }, 'base-map-peak-elevation-north');
    expect(layer.minzoom).toBeGreaterThanOrEqual(12);
    expect(text(theirs(layer, 'layout', 'text-field', peak, 14))).toBe('Veliki Bukovik\n1005 m');
  });
});

describe('the base map’s names', () => {
  const place = (order: NameOrder) =>
    layerOf({ layers: baseMap(order).style.layers }, 'base-map-place-north');
  const name = (order: NameOrder, f: TileFeature) =>
    text(theirs(place(order), 'layout', 'text-field', f, 12));

  it('follow the reader’s order: in Kosovo both official forms, the majority language first; in Serbia the Serbian name', () => {
    expect(name('local', ZVECAN)).toBe('Zvečan\nZveçan');
    expect(name('local', VUSHTRRI)).toBe('Vushtrri\nVučitrn');
    expect(name('sq', ZVECAN)).toBe('Zveçan\nZvečan');
    expect(name('sr', VUSHTRRI)).toBe('Vučitrn\nVushtrri');
    expect(name('sr-Cyrl', ZVECAN)).toBe('Звечан\nZveçan');
    expect(name('local', RASKA)).toBe('Raška');
    expect(name('sr-Cyrl', RASKA)).toBe('Рашка');
    // An Albanian form is never invented: Albanian first shows the Serbian one where OSM has no other.
    expect(name('sq', RASKA)).toBe('Raška');
  });

  it('show the Latin form with names=en (the tiles carry no English names)', () => {
    expect(name('en', ZVECAN)).toBe('Zvečan');
    expect(name('en', VUSHTRRI)).toBe('Vushtrri');
    expect(name('en', RASKA)).toBe('Raška');
  });
});

describe('nothing labelled twice', () => {
  // A base-map place that stands for a village of the story's places layer, and one that does not.
  const village = shippedLayer('places').find((f) => f.properties.kind === 'village')!.properties.id;
  const standsFor = (id: string): TileFeature => ({
    type: 'Point',
    properties: { ...ZVECAN.properties, class: 'village', shipped_id: id },
  });
  const other: TileFeature = { type: 'Point', properties: { ...RASKA.properties, class: 'village' } };
  const labelsAt = (base: StyledLayer, f: TileFeature, zoom = 14) =>
    (base.style.layers as AnyLayer[]).filter(
      (l) =>
        l.type === 'symbol' &&
        l['source-layer'] === 'place' &&
        zoom >= (l.minzoom ?? 0) &&
        passes(l, f, zoom),
    );

  it('hides a base-map name whose feature the story’s layers draw, derived from the layers loaded and shown', () => {
    expect(labelsAt(baseMap(), standsFor(village))).toEqual([]);
    expect(labelsAt(baseMap(), other).length).toBe(2);
    // A base-map feature standing for a shipped feature the story does not show keeps its name.
    const withoutPlaces = baseMapLayer(spec, {
      order: 'local',
      labelled: labelledByStory(loaded, new Set(LAYER_IDS.filter((id) => id !== 'places'))),
    });
    expect(labelsAt(withoutPlaces, standsFor(village)).length).toBe(2);
  });

  it('while a shown layer is still loading, shows no base-map name that stands for a shipped feature', () => {
    const loading = { ...loaded, terrain: { status: 'loading' } } as LoadedLayers;
    expect(labelledByStory(loading, everyLayerShown)).toBe('all');
    expect(labelsAt(baseMap('local', loading), standsFor('peak-somewhere'))).toEqual([]);
    expect(labelsAt(baseMap('local', loading), other).length).toBe(2);
    expect(labelledByStory(null, everyLayerShown)).toBe('all');
  });

  it('hides the names of rivers, lakes and peaks the story draws, too', () => {
    const ids = labelledByStory(loaded, everyLayerShown) as string[];
    const river = shippedLayer('rivers')[0].properties.id;
    expect(ids).toContain(river);
    const ibar: TileFeature = {
      type: 'LineString',
      properties: { class: 'river', name_sr: 'Ibar', name_latin: 'Ibar', country: 'RS', shipped_id: river },
    };
    const nameLayers = (baseMap().style.layers as AnyLayer[]).filter(
      (l) => l.type === 'symbol' && l['source-layer'] === 'waterway',
    );
    expect(nameLayers.length).toBe(2);
    for (const l of nameLayers) expect(passes(l, ibar, 14), l.id).toBe(false);
    for (const l of nameLayers)
      expect(passes(l, { ...ibar, properties: { ...ibar.properties, shipped_id: undefined } }, 14)).toBe(
        true,
      );
  });
});

describe('the static map can read the base map’s style', () => {
  it('evaluates every paint, layout and filter expression as MapLibre does', () => {
    const samples: TileFeature[] = [
      ZVECAN,
      VUSHTRRI,
      RASKA,
      { type: 'Point', properties: { ...ZVECAN.properties, class: 'village', shipped_id: 'village-x' } },
      {
        type: 'Point',
        properties: { class: 'peak', name_sr: 'Rogozna', name_latin: 'Rogozna', ele: 1504, country: 'RS' },
      },
      {
        type: 'Point',
        properties: { class: 'peak', name_sr: 'Bez visine', name_latin: 'Bez visine', country: 'RS' },
      },
      { type: 'LineString', properties: { class: 'primary', ref: 'M-22.3' } },
      { type: 'LineString', properties: { class: 'tertiary', ref: '22' } },
      { type: 'LineString', properties: { class: 'minor' } },
      { type: 'LineString', properties: { class: 'rail' } },
      {
        type: 'LineString',
        properties: { class: 'river', name_sq: 'Ibri', name_sr: 'Ibar', name_latin: 'Ibri', country: 'XK' },
      },
      { type: 'Polygon', properties: { class: 'wood', subclass: 'forest' } },
      { type: 'Polygon', properties: { class: 'residential' } },
      { type: 'Polygon', properties: { class: 'lake' } },
    ];
    const zooms = [6, 9.5, 11, 13.2, 15];
    let compared = 0;
    // Every layer in the local order; the names (text-field) in every order. A short list of what the
    // story labels: the filter is the same expression whatever its length.
    const styled = (order: NameOrder) =>
      baseMapLayer(spec, { order, labelled: ['village-x', 'river-y'] }).style.layers as AnyLayer[];
    const layers = [
      ...styled('local'),
      ...NAME_ORDERS.filter((o) => o !== 'local').flatMap((order) =>
        styled(order).flatMap((l) =>
          l.type === 'symbol'
            ? [
                {
                  ...l,
                  filter: undefined,
                  paint: {},
                  layout: { 'text-field': l.layout!['text-field'] },
                } as AnyLayer,
              ]
            : [],
        ),
      ),
    ];
    for (const layer of layers) {
      for (const group of ['paint', 'layout'] as const)
        for (const [name, value] of Object.entries(layer[group] ?? {})) {
          if (!isExpression(value) || name === 'text-font') continue;
          for (const f of samples)
            for (const zoom of zooms) {
              const ctx: EvaluationContext = {
                zoom,
                properties: f.properties,
                geometryType: f.type,
                state: {},
              };
              const ours = evaluate(value, ctx);
              const mine =
                name === 'text-field'
                  ? labelLines(ours)
                      .map((l) => l.text)
                      .join('\n')
                  : ours;
              const expected = theirs(layer, group, name, f, zoom);
              expect(mine, `${layer.id} ${name} at ${zoom}`).toEqual(
                name === 'text-field' ? text(expected) : expected,
              );
              compared++;
            }
        }
      if (layer.filter !== undefined)
        for (const f of samples)
          for (const zoom of zooms) {
            const ctx: EvaluationContext = {
              zoom,
              properties: f.properties,
              geometryType: f.type,
              state: {},
            };
            expect(evaluate(layer.filter, ctx), `${layer.id} filter`).toBe(passes(layer, f, zoom));
            compared++;
          }
    }
    expect(compared).toBeGreaterThan(3000);
  });
});
