// @vitest-environment jsdom
// The static map draws the base map from its vector tiles: the tiles a camera needs (as MapLibre asks
// for them), decoded into features, drawn with the base map's style layers, each element marked with
// its vector-tile layer and style layer, quiet (not focusable, inside an aria-hidden group) while the
// story's features keep their focus stops.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StaticMap } from '../../src/static/StaticMap';
import { decodeTile, gatherTiles, tilesOfView } from '../../src/static/vectorTiles';
import { BASE_MAP_LAYER } from '../../src/cartography/basemap';
import { mercatorX, mercatorY, latOf, lonOf, type Camera } from '../../src/camera/camera';
import type { LoadedLayers } from '../../src/domain/featureIndex';
import { shippedLayer } from './helpers/shippedLayers';
import { NAME_RULES, STORY, STORY_LAYERS } from './helpers/story';

const BASE_MAP = STORY.region.baseMap!;
// A real tile of the committed base map: Lake Gazivode, with the roads along it (zoom 12).
const ADDRESS = { z: 12, x: 2282, y: 1506 };
const TILE = gunzipSync(
  readFileSync(resolve(import.meta.dirname, '../../public/basemap/north/12/2282/1506.pbf')),
);
/** The camera on the tile's centre, at a zoom that draws zoom 12's tiles. */
const CAMERA: Camera = {
  lon: lonOf((ADDRESS.x + 0.5) / 2 ** 12),
  lat: latOf((ADDRESS.y + 0.5) / 2 ** 12),
  zoom: 12,
};
const SIZE = { width: 480, height: 360 };

// The story's situation layers (those with focus stops): the context layers' large areas add nothing here.
const SITUATION = STORY_LAYERS.filter((l) => l.role === 'situation');
const loaded: LoadedLayers = Object.fromEntries(
  SITUATION.map((l) => [
    l.id,
    { status: 'ok', features: shippedLayer(l.file === 'story' ? 'places' : l.id) },
  ]),
);

const tiles = gatherTiles([
  { address: { ...ADDRESS, styleSource: 'base-map-north', path: '' }, features: decodeTile(TILE, ADDRESS) },
]);

function drawn(visible: string[]) {
  return render(
    <StaticMap
      layers={loaded}
      storyLayers={SITUATION}
      visible={new Set(visible)}
      nameOrder="local"
      names={NAME_RULES}
      baseMap={BASE_MAP}
      tiles={tiles}
      camera={CAMERA}
      size={SIZE}
      label="Map"
      onPick={() => {}}
      focusable
    />,
  ).container;
}

describe('the tiles a static map needs', () => {
  it('are those of the zoom it draws at, clamped to each source’s zooms and bounds', () => {
    const at = (camera: Camera) =>
      tilesOfView(BASE_MAP, camera, SIZE).map((t) => `${t.styleSource} ${t.z}/${t.x}/${t.y}`);
    // Zoom 12 draws zoom 12's tiles of the north; the region's stop at 10 (overzoomed).
    const here = at(CAMERA);
    expect(here).toContain('base-map-north 12/2282/1506');
    expect(here).toContain('base-map-region 10/570/376');
    // Past the north's last zoom its zoom-14 tiles are drawn larger; under its first zoom, none.
    expect(at({ ...CAMERA, zoom: 15.5 }).every((t) => !t.includes('north') || t.includes(' 14/'))).toBe(true);
    expect(at({ ...CAMERA, zoom: 8.2 }).some((t) => t.includes('north'))).toBe(false);
    // Outside the north's bounds (Belgrade), only the region's.
    expect(at({ lon: 20.46, lat: 44.81, zoom: 12 }).every((t) => t.startsWith('base-map-region 10/'))).toBe(
      true,
    );
  });

  it('cover the view: every tile it lists touches it, and the view’s corners are in a listed tile', () => {
    const tiles = tilesOfView(BASE_MAP, CAMERA, SIZE).filter((t) => t.styleSource === 'base-map-north');
    const scale = 512 * 2 ** CAMERA.zoom;
    for (const [dx, dy] of [
      [-1, -1],
      [1, 1],
      [-1, 1],
      [1, -1],
    ]) {
      const x = mercatorX(CAMERA.lon) + (dx * SIZE.width) / 2 / scale;
      const y = mercatorY(CAMERA.lat) + (dy * SIZE.height) / 2 / scale;
      expect(tiles.some((t) => t.x === Math.floor(x * 4096) && t.y === Math.floor(y * 4096))).toBe(true);
    }
    expect(tiles.length).toBeLessThanOrEqual(9);
  });
});

describe('the base map in the static map', () => {
  it('draws the tile’s roads and water, each marked with its vector-tile layer and style layer', () => {
    const svg = drawn([BASE_MAP_LAYER]);
    const roads = svg.querySelectorAll('path[data-source-layer="transportation"]');
    const water = svg.querySelectorAll('path[data-source-layer="water"]');
    expect(roads.length).toBeGreaterThanOrEqual(2);
    expect(water.length).toBeGreaterThan(0);
    const roadLayers = new Set([...roads].map((r) => r.getAttribute('data-style-layer')));
    // A road's casing and its fill, of the north's tiles.
    expect([...roadLayers].some((id) => /^base-map-road-\w+-casing-north$/.test(id!))).toBe(true);
    expect(
      [...roadLayers].some((id) => /^base-map-road-\w+-north$/.test(id!) && !id!.includes('casing')),
    ).toBe(true);
    expect(water[0].getAttribute('data-style-layer')).toBe('base-map-water-north');
  });

  it('keeps it quiet: in aria-hidden groups, nothing focusable, and the story’s focus stops unchanged', () => {
    const withBase = drawn([...SITUATION.map((l) => l.id), BASE_MAP_LAYER]);
    const base = [...withBase.querySelectorAll('[data-source-layer]')];
    expect(base.length).toBeGreaterThan(0);
    for (const el of base) {
      expect(el.closest('g[aria-hidden="true"]'), el.outerHTML.slice(0, 80)).not.toBeNull();
      expect(el.hasAttribute('tabindex')).toBe(false);
      expect(el.querySelector('[tabindex]')).toBeNull();
    }
    const stops = (svg: HTMLElement) => [...svg.querySelectorAll('[tabindex="0"]')].map((e) => e.id);
    const without = drawn(SITUATION.map((l) => l.id));
    expect(stops(withBase)).toEqual(stops(without));
  });

  it('draws nothing of it when it is switched off', () => {
    expect(drawn(SITUATION.map((l) => l.id)).querySelector('[data-source-layer]')).toBeNull();
  });
});
