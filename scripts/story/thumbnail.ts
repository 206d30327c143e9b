// A story's thumbnail for the story list: its opening view drawn by the static map (the same style
// layers and marks as the first picture), made at build time from the shipped layer files and the
// story's own places, without labels (they would be too small to read). Written as an SVG file.
// Under the story, the base map's water and main roads (motorways, trunk and primary roads) from the
// tiles on disk (public/basemap/): each tile read and decoded once per build, however many stories
// share it; the rest of the base map (forests, streets, names) would be noise at this size.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Story } from '../../src/story/story.ts';
import { inRegionColours, resolveStoryLayers } from '../../src/cartography/storyLayers.ts';
import { toMapSources } from '../../src/cartography/mapSources.ts';
import { buildMapStyle, styleLayerOwners, type StyledLayer } from '../../src/cartography/mapStyle.ts';
import { BASE_MAP_LAYER, baseMapLayer } from '../../src/cartography/basemap/index.ts';
import * as vectorTiles from '../../src/static/vectorTiles.ts';
import type { BaseMap } from '../../src/region/schema.ts';
import type { Camera, Size } from '../../src/camera/camera.ts';
import { COLORS } from '../../src/cartography/palette.ts';
import { layerFileSchema } from '../../src/domain/schema.ts';
import type { LoadedLayers } from '../../src/domain/featureIndex.ts';
import { cameraForBounds } from '../../src/camera/camera.ts';
import { staticMapMarks } from '../../src/static/mapMarks.ts';
import { marksToSvgText } from '../../src/static/svgText.ts';
import { DATA_DIR } from './bundle.ts';
import { BASEMAP_DIR } from '../../geo/basemap/paths.ts';

export const THUMBNAIL_SIZE = { width: 360, height: 200 };
const PADDING = { top: 8, bottom: 8, left: 8, right: 8 };

const files = new Map<string, LoadedLayers[string]>();
function shippedLayer(file: string, dataDir: string): LoadedLayers[string] {
  const key = join(dataDir, file);
  if (!files.has(key))
    files.set(key, {
      status: 'ok',
      features: layerFileSchema.parse(JSON.parse(readFileSync(key, 'utf8'))).features,
    });
  return files.get(key)!;
}

/** The base map's style layers a thumbnail draws: water and the main roads' casings and fills. */
const THUMBNAIL_BASE_MAP = /^base-map-(water|road-(motorway|primary)(-casing)?)-/;
/** The vector-tile layers they read, and of the roads the classes they draw (kept at decoding: the rest never is). */
const THUMBNAIL_TILE_LAYERS = new Set(['water', 'transportation']);
const MAIN_ROADS = new Set(['motorway', 'trunk', 'primary']);
const mainRoadsOnly = (features: vectorTiles.TileFeatures): vectorTiles.TileFeatures => ({
  ...features,
  transportation: (features.transportation ?? []).filter((f) => MAIN_ROADS.has(String(f.properties?.class))),
});

/** Each tile decoded once per build (by its file), for every story whose thumbnail shows it. */
const tiles = new Map<string, vectorTiles.TileFeatures>();
function thumbnailTiles(baseMap: BaseMap, camera: Camera, size: Size, dir: string) {
  return vectorTiles.gatherTiles(
    vectorTiles.tilesOfView(baseMap, camera, size).flatMap((address) => {
      const file = join(dir, address.path.replace(/^\/basemap\//, ''));
      if (!tiles.has(file)) {
        if (!existsSync(file)) return [];
        tiles.set(
          file,
          mainRoadsOnly(
            vectorTiles.decodeTile(gunzipSync(readFileSync(file)), address, THUMBNAIL_TILE_LAYERS),
          ),
        );
      }
      return [{ address, features: tiles.get(file)! }];
    }),
  );
}

export function storyThumbnail(story: Story, dataDir = DATA_DIR, baseMapDir = BASEMAP_DIR): string {
  const layers = inRegionColours(resolveStoryLayers(story.meta.layers).layers, story.region.territoryColor);
  const loaded: LoadedLayers = Object.fromEntries(
    layers.map((l) => [
      l.id,
      l.file === 'story'
        ? { status: 'ok' as const, features: story.places ?? [] }
        : shippedLayer(l.file, dataDir),
    ]),
  );
  const visible = new Set([...layers.filter((l) => l.visibleByDefault).map((l) => l.id), BASE_MAP_LAYER]);
  const sources = toMapSources(loaded, layers, 'local', story.region.names);
  const camera = cameraForBounds(story.meta.defaultFrame, THUMBNAIL_SIZE, PADDING);
  const { baseMap } = story.region;
  const drawn: StyledLayer[] = [...layers];
  if (baseMap) {
    const full = baseMapLayer(baseMap, { order: 'local', labelled: [] });
    drawn.push({
      ...full,
      style: { layers: full.style.layers.filter((l) => THUMBNAIL_BASE_MAP.test(l.id)) },
    });
  }
  const marks = staticMapMarks({
    sources,
    layers: buildMapStyle(sources, visible, drawn).layers,
    owners: styleLayerOwners(drawn),
    camera,
    size: THUMBNAIL_SIZE,
    precision: { thinPx: 1.5, digits: 0 },
    tiles: baseMap ? thumbnailTiles(baseMap, camera, THUMBNAIL_SIZE, baseMapDir) : undefined,
  }).filter((m) => m.type !== 'text');
  return marksToSvgText(marks, THUMBNAIL_SIZE, {
    background: COLORS.land,
    title: `Map: ${story.meta.mapLabel}`,
  });
}
