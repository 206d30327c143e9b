// The map style is data: validated by MapLibre's own style-spec validator, with no network resource.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import {
  buildMapStyle,
  DRAW_ORDER,
  LAYER_STYLES,
  orderedStyleLayers,
  PICKABLE_LAYERS,
  STYLE_LAYER_OWNER,
} from '../../src/map/mapStyle';
import { toMapSources } from '../../src/map/mapData';
import { LAYER_IDS } from '../../src/data/layers';
import type { LoadedLayers } from '../../src/data/featureIndex';
import { shippedLayer } from './helpers/shippedLayers';

const loaded = Object.fromEntries(
  LAYER_IDS.map((id) => [id, { status: 'ok', features: shippedLayer(id) }]),
) as LoadedLayers;

describe('the map style', () => {
  const style = buildMapStyle(toMapSources(loaded), new Set(LAYER_IDS));

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

  it('gives every layer of the app a legend entry and every pickable style layer an owner', () => {
    for (const id of LAYER_IDS) expect(LAYER_STYLES[id].legend.length).toBeGreaterThan(0);
    for (const id of Object.keys(PICKABLE_LAYERS)) expect(STYLE_LAYER_OWNER[id]).toBeDefined();
  });

  it('draws every layer of the app: none is missing from the drawing order', () => {
    expect([...DRAW_ORDER].sort()).toEqual([...LAYER_IDS].sort());
    const drawn = new Set(orderedStyleLayers().map((l) => STYLE_LAYER_OWNER[l.id]));
    expect([...drawn].sort()).toEqual([...LAYER_IDS].sort());
  });

  it('lets the reader click every layer it draws, except where the area itself answers', () => {
    const owners = new Set(Object.keys(PICKABLE_LAYERS).map((id) => STYLE_LAYER_OWNER[id]));
    expect([...owners].sort()).toEqual([...LAYER_IDS].sort());
    // Outlines of areas and the border's casing do not compete with the features they outline.
    expect(PICKABLE_LAYERS['municipalities-line']).toBeUndefined();
    expect(PICKABLE_LAYERS['countries-fill']).toBe('area');
    expect(PICKABLE_LAYERS['rivers-line']).toBe('line');
    expect(PICKABLE_LAYERS['places-label']).toBe('label');
  });

  it('draws labels above every shape and the situation’s labels last, so they are placed first', () => {
    const layers = orderedStyleLayers();
    const firstLabel = layers.findIndex((l) => l.type === 'symbol');
    expect(layers.slice(firstLabel).every((l) => l.type === 'symbol')).toBe(true);
    expect(layers.at(-1)!.id).toMatch(/^(border|north-kosovo|municipalities|monastery)-label$/);
  });

  it('hides the style layers of layers that are off, and leaves out the sources of layers that failed', () => {
    const partial = { ...loaded, border: { status: 'error', message: 'x' } } as LoadedLayers;
    const s = buildMapStyle(toMapSources(partial), new Set(['monastery']));
    expect(s.sources).not.toHaveProperty('border');
    expect(s.layers.some((l) => l.id === 'border-line')).toBe(false);
    const visibility = (id: string) =>
      (s.layers.find((l) => l.id === id) as { layout?: { visibility?: string } }).layout?.visibility;
    expect(visibility('monastery-point')).toBe('visible');
    expect(s.layers.some((l) => l.id === 'border-label')).toBe(false);
    expect(visibility('municipalities-fill')).toBe('none');
  });

  it('labels areas at the label point the pipeline computed, inside each area', () => {
    const sources = toMapSources(loaded);
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
