// The benchmark's baseline: a bare MapLibre map with the same style and data as the app (same style
// module, same layer files), and nothing else: no React, no article, no validation, no panels.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { buildMapStyle, MAX_ZOOM, MIN_ZOOM } from '../../src/cartography/mapStyle';
import { toMapSources } from '../../src/cartography/mapSources';
import {
  BASE_MAP_LAYER,
  BASE_MAP_PROTOCOL,
  baseMapLayer,
  labelledByStory,
} from '../../src/cartography/basemap';
import { signalDrawing } from '../../src/map/drawingSignals';
import { createTileLoader } from '../../src/map/baseMapTiles';
import { storyForBench } from './story';
import type { LoadedLayers } from '../../src/domain/featureIndex';

maplibregl.setWorkerUrl(workerUrl);
// The same base map as the app's (its tiles, style and protocol), from the site's root (this page is
// served under /baseline/).
maplibregl.addProtocol(BASE_MAP_PROTOCOL, createTileLoader('/'));

const { layers: storyLayers, frame: bounds, nameRules, maxBounds, baseMap: spec } = await storyForBench();
const shipped = storyLayers.filter((l) => l.file !== 'story');
const loads = await Promise.all(shipped.map((l) => fetch(`/data/${l.file}`).then((r) => r.json())));
const layers = Object.fromEntries(
  shipped.map((l, i) => [l.id, { status: 'ok', features: loads[i].features }]),
) as LoadedLayers;
const visible = new Set([
  ...shipped.filter((l) => l.visibleByDefault).map((l) => l.id),
  ...(spec ? [BASE_MAP_LAYER] : []),
]);
// The base map with the app's names (the local order; none the story's layers draw, all loaded here).
const baseMap = spec
  ? [baseMapLayer(spec, { order: 'local', labelled: labelledByStory(layers, visible) })]
  : [];
const frame = document.getElementById('map')!;
// The benchmark passes the app's map size (?width=…&height=…), so both draw the same number of pixels.
const size = new URLSearchParams(location.search);
if (size.has('width') && size.has('height')) {
  frame.style.width = `${Number(size.get('width'))}px`;
  frame.style.height = `${Number(size.get('height'))}px`;
}
const map = new maplibregl.Map({
  container: frame,
  style: buildMapStyle(toMapSources(layers, storyLayers, 'local', nameRules), visible, [
    ...storyLayers,
    ...baseMap,
  ]),
  bounds,
  fitBoundsOptions: { padding: 16 },
  // The app's limits: the same constraints on every move.
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  maxBounds,
  // MapLibre's default attribution control stays: a bare MapLibre page has it, and its text is what
  // such a page first paints (a WebGL canvas alone gives Lighthouse no first contentful paint here).
});
// The same signals as the app's MapView, for the same measurements.
signalDrawing(map, frame);
frame.setAttribute('data-testid', 'map');
