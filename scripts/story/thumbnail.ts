// A story's thumbnail for the story list: its opening view drawn by the static map (the same style
// layers and marks as the first picture), made at build time from the shipped layer files and the
// story's own places, without labels (they would be too small to read). Written as an SVG file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../../src/story/story.ts';
import { inRegionColours, resolveStoryLayers } from '../../src/cartography/storyLayers.ts';
import { toMapSources } from '../../src/cartography/mapSources.ts';
import { buildMapStyle, styleLayerOwners } from '../../src/cartography/mapStyle.ts';
import { COLORS } from '../../src/cartography/palette.ts';
import { layerFileSchema } from '../../src/domain/schema.ts';
import type { LoadedLayers } from '../../src/domain/featureIndex.ts';
import { cameraForBounds } from '../../src/camera/camera.ts';
import { staticMapMarks } from '../../src/static/mapMarks.ts';
import { marksToSvgText } from '../../src/static/svgText.ts';
import { DATA_DIR } from './bundle.ts';

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

export function storyThumbnail(story: Story, dataDir = DATA_DIR): string {
  const layers = inRegionColours(resolveStoryLayers(story.meta.layers).layers, story.region.territoryColor);
  const loaded: LoadedLayers = Object.fromEntries(
    layers.map((l) => [
      l.id,
      l.file === 'story'
        ? { status: 'ok' as const, features: story.places ?? [] }
        : shippedLayer(l.file, dataDir),
    ]),
  );
  const visible = new Set(layers.filter((l) => l.visibleByDefault).map((l) => l.id));
  const sources = toMapSources(loaded, layers, 'local', story.region.names);
  const marks = staticMapMarks({
    sources,
    layers: buildMapStyle(sources, visible, layers).layers,
    owners: styleLayerOwners(layers),
    camera: cameraForBounds(story.meta.defaultFrame, THUMBNAIL_SIZE, PADDING),
    size: THUMBNAIL_SIZE,
    precision: { thinPx: 1.5, digits: 0 },
  }).filter((m) => m.type !== 'text');
  return marksToSvgText(marks, THUMBNAIL_SIZE, {
    background: COLORS.land,
    title: `Map: ${story.meta.mapLabel}`,
  });
}
