// The map: react-map-gl's <Map> over the typed style, with the adapter doing every imperative change.
// Loaded lazily, so the article paints before MapLibre is parsed. Details are not drawn on the map:
// they live in their own panel (src/ui/DetailsPanel.tsx), which the camera leaves room for.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import MapGL, { NavigationControl, useControl, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { consequencesOf, selectedFeatureOf } from '../state/selection';
import type { CameraPort } from '../state/cameraPort';
import { featureIndex, shownLayers, shownStory } from '../state/shown';
import { useStore, useStoryStore } from '../state/useStore';
import { prefersReducedMotion, usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { cornerBoxes, CORNERS, type Corner } from '../camera/mapExtent';
import { buildMapStyle, MAX_ZOOM, MIN_ZOOM, type StyledLayer } from '../cartography/mapStyle';
import { toMapSources } from '../cartography/mapSources';
import { BASE_MAP_LAYER, BASE_MAP_PROTOCOL, baseMapLayer, labelledByStory } from '../cartography/basemap';
import { createTileLoader } from './baseMapTiles';
import { MapAdapter, type FeatureRef } from './mapAdapter';
import { signalDrawing } from './drawingSignals';
import { SteadyScaleControl } from './steadyScaleControl';
import { MOUSE_TOLERANCE_PX, rankPicks, TOUCH_TOLERANCE_PX } from './pick';
import { uncoveredPadding } from '../camera/overlayPadding';
import { exposeForTests } from './testHook';
import { openingCamera, type Camera } from '../camera/camera';
import { useElementSize } from '../hooks/useElementSize';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SituationFeature } from '../domain/schema';

// MapLibre 6 derives its worker URL from import.meta.url, which Vite's build breaks: give it the
// bundled file (../shared/NOTES-toolchain.md).
maplibregl.setWorkerUrl(workerUrl);
// The base map's tiles, from the site's own origin (baseMapTiles.ts): registered before any map exists.
maplibregl.addProtocol(BASE_MAP_PROTOCOL, createTileLoader(import.meta.env.BASE_URL));

/** A base-map source's id in the style (`base-map-<source>`), as its errors name it. */
const BASE_MAP_SOURCE = /^base-map-/;

interface Props {
  /** The camera the store's effects move without a render (follow the article, a pasted link's view). */
  camera: CameraPort;
}

/** The scale bar, bottom left: MapLibre's, written to the page only when it changes. */
function ScaleBar() {
  useControl(() => new SteadyScaleControl({ unit: 'metric' }), { position: 'bottom-left' });
  return null;
}

/**
 * MapLibre's view of the open story: the store's state goes to the map through the adapter, and the
 * map reports facts back (drawn, cannot draw, a base-map tile that could not be read, where it stands,
 * what it framed, what lies in its corners).
 */
export default function MapLibreView({ camera }: Props) {
  const store = useStoryStore();
  const story = useStore((s) => s.bundle.story);
  const storyLayers = useStore((s) => shownStory(s).layers);
  const layers = useStore(shownLayers)!;
  const visible = useStore((s) => s.viewer.visible);
  const selection = useStore((s) => s.viewer.selection);
  const hovered = useStore((s) => s.viewer.hovered);
  const nameOrder = useStore((s) => s.viewer.nameOrder);
  const framing = useStore((s) => s.viewer.framing);
  const locatorSize = useStore((s) => s.viewer.locatorSize);
  const openingView = useStore((s) => s.viewer.openingView);
  const reduceMotion = usePrefersReducedMotion();
  const frameRef = useRef<HTMLDivElement>(null);
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [mapHover, setMapHover] = useState<string | null>(null);
  /** The features the camera framed last (a selection or "follow the article"), for the locator. */
  const framedLast = useRef<SituationFeature[]>([]);

  // The region's base map: its names in the reader's order, none where the story's layers name the
  // same feature (their filters change as layers load and are switched: the adapter restyles them).
  const labelled = useMemo(() => labelledByStory(layers, visible), [layers, visible]);
  const spec = story.region.baseMap;
  const baseMap = useMemo(
    () => (spec ? baseMapLayer(spec, { order: nameOrder, labelled }) : null),
    [spec, nameOrder, labelled],
  );
  const mapLayers = useMemo<StyledLayer[]>(
    () => (baseMap ? [...storyLayers, baseMap] : storyLayers),
    // The base map's layers keep their ids whatever its names: the first one's serve for the adapter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [storyLayers, spec],
  );

  // The style is built once, with empty sources for the layers still loading; later data (those
  // layers arriving, the names in another order) goes through the adapter, to the sources that changed.
  const [style] = useState(() =>
    buildMapStyle(toMapSources(layers, storyLayers, nameOrder, story.region.names), visible, mapLayers),
  );
  const drawn = useRef({ layers, nameOrder });
  const pending = Object.values(layers).some((l) => l.status === 'loading');
  // A layout effect: the frame says "not idle" in the same task as the data changes, so no one reads
  // an idle map that has not drawn them yet.
  useLayoutEffect(() => {
    const before = drawn.current;
    if (!adapter || (before.layers === layers && before.nameOrder === nameOrder)) return;
    drawn.current = { layers, nameOrder };
    const changed = (id: string) => before.nameOrder !== nameOrder || layers[id] !== before.layers[id];
    const sources = toMapSources(layers, storyLayers, nameOrder, story.region.names);
    adapter.setSourcesData(
      Object.fromEntries(Object.entries(sources).filter(([name]) => changed(name.replace(/-labels$/, '')))),
    );
    frameRef.current?.setAttribute('data-idle', 'false');
  }, [adapter, layers, storyLayers, nameOrder, story.region.names]);

  useEffect(() => {
    if (!adapter) return;
    for (const { id } of storyLayers) adapter.setVisible(id, visible.has(id));
    if (spec) adapter.setVisible(BASE_MAP_LAYER, visible.has(BASE_MAP_LAYER));
  }, [adapter, visible, storyLayers, spec]);

  useEffect(() => {
    if (adapter && baseMap) adapter.restyle(baseMap.style.layers.filter((l) => l.type === 'symbol'));
  }, [adapter, baseMap]);

  // The features as they are when asked (a new index, the ground context arriving, re-runs nothing:
  // it does not re-frame the selection).
  const refOf = useCallback(
    (featureId: string): FeatureRef | null => {
      const entry = featureIndex(store.getState()).get(featureId);
      return entry ? { layerId: entry.layerId, featureId } : null;
    },
    [store],
  );
  const frameFeatures = useCallback(
    (a: MapAdapter, ids: string[]) => {
      const index = featureIndex(store.getState());
      const features = ids.flatMap((id) => index.get(id)?.feature ?? []);
      framedLast.current = features;
      if (features.length && frameRef.current)
        a.frame(features, uncoveredPadding(frameRef.current), prefersReducedMotion());
    },
    [store],
  );
  const areaOf = useCallback(
    (id: string) => featureIndex(store.getState()).get(id)?.feature.properties.areaKm2 ?? null,
    [store],
  );

  // The camera the store's effects move without a render ("follow the article", a pasted link's view):
  // attached once the map can draw. "Follow the article" frames at once and a selection in the effect
  // below, after its render: when both come together, the reader's choice is last.
  useEffect(() => {
    if (!adapter) return;
    return camera.attach({
      frame: (ids) => frameFeatures(adapter, ids),
      jumpTo: (view) => adapter.jumpTo(view),
    });
  }, [adapter, camera, frameFeatures]);

  // The selection's highlight, and its frame as its origin decides (src/state/selection.ts).
  useEffect(() => {
    if (!adapter) return;
    const featureId = selectedFeatureOf(selection);
    adapter.setSelection(featureId ? refOf(featureId) : null);
    const { frame } = consequencesOf(selection);
    if (frame.length) frameFeatures(adapter, frame);
  }, [adapter, selection, refOf, frameFeatures]);

  // A link's frame with nothing selected (the embed's linked feature).
  useEffect(() => {
    if (adapter && framing) frameFeatures(adapter, framing.ids);
  }, [adapter, framing, frameFeatures]);

  useEffect(() => {
    const ids = [...new Set([...hovered, ...(mapHover ? [mapHover] : [])])];
    adapter?.setHover(ids.map(refOf).filter((r): r is FeatureRef => r !== null));
  }, [adapter, hovered, mapHover, refOf]);

  /** The features at the pointer, ranked by the pick rules (pick.ts): the first is the pick. */
  const picksAt = (event: MapLayerMouseEvent): string[] => {
    if (!adapter) return [];
    const touch = (event.originalEvent as PointerEvent | undefined)?.pointerType === 'touch';
    const tolerance = touch ? TOUCH_TOLERANCE_PX : MOUSE_TOLERANCE_PX;
    return rankPicks(adapter.candidatesAt(event.point, tolerance, areaOf), tolerance);
  };

  /** What the map shows, reported as facts: its bounds and frame, what it framed, what is in its corners. */
  const reportExtent = useCallback(
    (map: MapLibreMap, a: MapAdapter) => {
      const b = map.getBounds();
      const frame = frameRef.current!.getBoundingClientRect();
      const size = store.getState().viewer.locatorSize;
      const corners = size ? cornerBoxes(frame, size) : null;
      store.dispatch({
        type: 'extent',
        extent: {
          bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
          frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
          framed: a.screenBox(framedLast.current),
          situationAt: corners
            ? (Object.fromEntries(CORNERS.map((c) => [c, a.situationUnder(corners[c])])) as Record<
                Corner,
                boolean
              >)
            : null,
        },
      });
    },
    [store],
  );
  // The locator's size known (or changed): its corners are reported at that size.
  useEffect(() => {
    if (adapter && locatorSize) reportExtent(adapter.map, adapter);
  }, [adapter, locatorSize, reportExtent]);

  // The opening camera, computed as the static first picture computes it (src/camera/camera.ts), so
  // the hand-over from that picture to this map moves nothing.
  const size = useElementSize(frameRef);
  const measured = size !== null;
  const opening = useMemo<Camera | null>(
    () => (size ? openingCamera(openingView, story.meta.defaultFrame, size) : null),
    // Once, when the frame is first measured: later sizes are the map's own business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [measured],
  );
  const initialViewState = opening
    ? { longitude: opening.lon, latitude: opening.lat, zoom: opening.zoom }
    : undefined;
  const moveEnd = (zoom: number, lat: number, lon: number) =>
    store.dispatch({ type: 'moveEnd', view: { zoom, lat, lon } });

  return (
    <div
      className="map-frame"
      data-testid="map"
      ref={frameRef}
      data-layers-pending={pending ? 'true' : undefined}
    >
      {initialViewState && (
        <MapGL
          mapLib={maplibregl}
          initialViewState={initialViewState}
          mapStyle={style}
          attributionControl={false}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          maxBounds={story.region.maxBounds}
          cursor={mapHover ? 'pointer' : 'grab'}
          reduceMotion={reduceMotion}
          onLoad={(event) => {
            const map = event.target;
            map
              .getCanvas()
              .setAttribute(
                'aria-label',
                `${story.meta.mapLabel} Every feature is also listed under “Layers and features”.`,
              );
            map.getCanvas().setAttribute('role', 'img');
            const mapAdapter = new MapAdapter(map, mapLayers);
            exposeForTests(map, (point) => mapAdapter.candidatesAt(point, MOUSE_TOLERANCE_PX, areaOf));
            setAdapter(mapAdapter);
            signalDrawing(map, frameRef.current!);
            map.once('idle', () => store.dispatch({ type: 'firstIdle' }));
            const c = map.getCenter();
            moveEnd(map.getZoom(), c.lat, c.lng);
            reportExtent(map, mapAdapter);
          }}
          onError={(event) => {
            const source = (event as { sourceId?: string }).sourceId;
            // MapLibre could not create its WebGL2 context: the page shows why, and the article still works.
            if (event.error instanceof maplibregl.GPUInitializationError)
              store.dispatch({ type: 'cannotDraw' });
            // A base-map tile that could not be read: the attributions say so; the story is drawn as before.
            else if (source && BASE_MAP_SOURCE.test(source))
              store.dispatch({ type: 'baseMapProblem', message: event.error.message });
            else console.error(event.error);
          }}
          // While a button is held the reader is panning: no hover to show, and no pick to compute per move.
          onMouseMove={(event) => {
            if ((event.originalEvent as MouseEvent).buttons !== 0) return;
            setMapHover(picksAt(event)[0] ?? null);
          }}
          onMouseLeave={() => setMapHover(null)}
          onClick={(event) => {
            const [pick, ...alsoHere] = picksAt(event);
            // MapLibre's canvas: focus has nowhere to return to.
            if (pick) store.dispatch({ type: 'pick', featureId: pick, alsoHere, from: null });
            else store.dispatch({ type: 'pickNothing' });
          }}
          onMoveEnd={(event) => {
            performance.mark('map-moveend');
            const c = event.viewState;
            moveEnd(c.zoom, c.latitude, c.longitude);
            if (adapter) reportExtent(event.target, adapter);
          }}
        >
          <NavigationControl position="top-left" showCompass={false} />
          <ScaleBar />
        </MapGL>
      )}
    </div>
  );
}
