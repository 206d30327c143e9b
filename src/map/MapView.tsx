// The map: react-map-gl's <Map> over the typed style, with the adapter doing every imperative change.
// Loaded lazily, so the article paints before MapLibre is parsed. Details are not drawn on the map:
// they live in their own panel (src/ui/DetailsPanel.tsx), which the camera leaves room for.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import MapGL, { NavigationControl, useControl, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { consequencesOf, selectedFeatureOf } from '../state/selection';
import { useViewerContext } from '../state/viewerContext';
import { useStory } from '../state/storyContext';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
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
  /** MapLibre could not create its WebGL2 context: the page shows why, and the article still works. */
  onCannotDraw: () => void;
  /** The first picture is drawn (the map's first idle): what waited for it may load now. */
  onFirstIdle: () => void;
  /** A tile of the base map could not be read (an HTTP error, HTML, bytes that are no tile): why. */
  onBaseMapProblem: (message: string) => void;
}

/** The scale bar, bottom left: MapLibre's, written to the page only when it changes. */
function ScaleBar() {
  useControl(() => new SteadyScaleControl({ unit: 'metric' }), { position: 'bottom-left' });
  return null;
}

/** MapLibre's view of the open story: the store's state goes to the map through the adapter. */
export default function MapView({ onCannotDraw, onFirstIdle, onBaseMapProblem }: Props) {
  const { state, index, link, verbs, camera } = useViewerContext();
  const { story, layers: storyLayers } = useStory();
  const { visible, selection, hovered, nameOrder } = state;
  const layers = state.layers!;
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

  // The index as effects and handlers read it: a new index (the ground context arriving) re-runs
  // nothing by itself (it does not re-frame the selection).
  const indexRef = useRef(index);
  useEffect(() => {
    indexRef.current = index;
  }, [index]);
  const refOf = (featureId: string): FeatureRef | null => {
    const entry = indexRef.current.get(featureId);
    return entry ? { layerId: entry.layerId, featureId } : null;
  };
  const frameFeatures = (a: MapAdapter, ids: string[]) => {
    const features = ids.flatMap((id) => indexRef.current.get(id)?.feature ?? []);
    framedLast.current = features;
    if (features.length && frameRef.current)
      a.frame(features, uncoveredPadding(frameRef.current), reduceMotion);
  };
  const frameWith = useRef(frameFeatures);
  useEffect(() => {
    frameWith.current = frameFeatures;
  });

  // The camera the store moves without a render ("follow the article", a pasted link's view, the
  // embed's linked feature): attached once the map can draw. "Follow the article" frames at once and a
  // selection in the effect below, after its render: when both come together, the reader's choice is last.
  useEffect(() => {
    if (!adapter) return;
    return camera.attach({
      frame: (ids) => frameWith.current(adapter, ids),
      jumpTo: (view) => adapter.jumpTo(view),
    });
  }, [adapter, camera]);

  // The selection's highlight, and its frame as its origin decides (src/state/selection.ts).
  useEffect(() => {
    if (!adapter) return;
    const featureId = selectedFeatureOf(selection);
    adapter.setSelection(featureId ? refOf(featureId) : null);
    const { frame } = consequencesOf(selection);
    if (frame.length) frameWith.current(adapter, frame);
  }, [adapter, selection]);

  useEffect(() => {
    const ids = [...new Set([...hovered, ...(mapHover ? [mapHover] : [])])];
    adapter?.setHover(ids.map(refOf).filter((r): r is FeatureRef => r !== null));
  }, [adapter, hovered, mapHover]);

  const areaOf = useRef((id: string) => indexRef.current.get(id)?.feature.properties.areaKm2 ?? null);

  /** The features at the pointer, ranked by the pick rules (pick.ts): the first is the pick. */
  const picksAt = (event: MapLayerMouseEvent): string[] => {
    if (!adapter) return [];
    const touch = (event.originalEvent as PointerEvent | undefined)?.pointerType === 'touch';
    const tolerance = touch ? TOUCH_TOLERANCE_PX : MOUSE_TOLERANCE_PX;
    return rankPicks(adapter.candidatesAt(event.point, tolerance, areaOf.current), tolerance);
  };

  const reportExtent = (map: MapLibreMap, a: MapAdapter) => {
    const b = map.getBounds();
    verbs.extent({
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      situationUnder: (rect) => a.situationUnder(rect),
      framed: a.screenBox(framedLast.current),
    });
  };

  // The opening camera, computed as the static first picture computes it (src/camera/camera.ts), so
  // the hand-over from that picture to this map moves nothing.
  const size = useElementSize(frameRef);
  const measured = size !== null;
  const opening = useMemo<Camera | null>(
    () => (size ? openingCamera(link.view, story.meta.defaultFrame, size) : null),
    // Once, when the frame is first measured: later sizes are the map's own business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [measured],
  );
  const initialViewState = opening
    ? { longitude: opening.lon, latitude: opening.lat, zoom: opening.zoom }
    : undefined;

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
            exposeForTests(map, (point) =>
              mapAdapter.candidatesAt(point, MOUSE_TOLERANCE_PX, (id) => areaOf.current(id)),
            );
            setAdapter(mapAdapter);
            signalDrawing(map, frameRef.current!);
            map.once('idle', onFirstIdle);
            const c = map.getCenter();
            verbs.moveEnd({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
            reportExtent(map, mapAdapter);
          }}
          onError={(event) => {
            const source = (event as { sourceId?: string }).sourceId;
            if (event.error instanceof maplibregl.GPUInitializationError) onCannotDraw();
            // A base-map tile that could not be read: the attributions say so; the story is drawn as before.
            else if (source && BASE_MAP_SOURCE.test(source)) onBaseMapProblem(event.error.message);
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
            if (pick) verbs.pick(pick, alsoHere);
            else verbs.pickNothing();
          }}
          onMoveEnd={(event) => {
            performance.mark('map-moveend');
            const c = event.viewState;
            verbs.moveEnd({ zoom: c.zoom, lat: c.latitude, lon: c.longitude });
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
