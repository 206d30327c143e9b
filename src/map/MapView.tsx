// The map: react-map-gl's <Map> over the typed style, with the adapter doing every imperative change.
// Loaded lazily, so the article paints before MapLibre is parsed. Details are not drawn on the map:
// they live in their own panel (src/ui/DetailsPanel.tsx), which the camera leaves room for.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import MapGL, { NavigationControl, ScaleControl, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import type { ActiveLayer } from '../cartography/storyLayers';
import type { FeatureIndexEntry, LoadedLayers } from '../domain/featureIndex';
import type { MapView as UrlView } from '../state/urlState';
import type { Selection } from '../state/selection';
import { buildMapStyle, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../cartography/mapStyle';
import { toMapSources } from '../cartography/mapSources';
import { MapAdapter, type FeatureRef } from './mapAdapter';
import { signalDrawing } from './drawingSignals';
import { MOUSE_TOLERANCE_PX, rankPicks, TOUCH_TOLERANCE_PX } from './pick';
import { uncoveredPadding } from '../camera/overlayPadding';
import { exposeForTests } from './testHook';
import { openingCamera, type Camera } from '../camera/camera';
import { useElementSize } from '../hooks/useElementSize';
import type { NameOrder } from '../domain/names';
import type { MapExtent } from '../camera/camera';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SituationFeature } from '../domain/schema';

// MapLibre 6 derives its worker URL from import.meta.url, which Vite's build breaks: give it the
// bundled file (../shared/NOTES-toolchain.md).
maplibregl.setWorkerUrl(workerUrl);

interface Props {
  layers: LoadedLayers;
  /** The story's layers, in drawing order, with their styles. */
  storyLayers: readonly ActiveLayer[];
  /** Places to bring into view without selecting them ("follow the article"); n changes per request. */
  focusRequest: { ids: string[]; n: number } | null;
  /** What the map shows, in a sentence, for its canvas label (screen readers). */
  label: string;
  /** The story's first view, [west, south, east, north]. */
  defaultFrame: [number, number, number, number];
  index: Map<string, FeatureIndexEntry>;
  visible: ReadonlySet<string>;
  selection: Selection | null;
  hovered: string[];
  initialView: UrlView | null;
  /** A view to jump to (a link pasted into an open viewer). */
  viewRequest: UrlView | null;
  reduceMotion: boolean;
  nameOrder: NameOrder;
  /** A click on the map: the feature it picks, and the others that were under the pointer. */
  onPick: (featureId: string, alsoHere: string[]) => void;
  /** A click on the map where nothing answers. */
  onPickNothing: () => void;
  /** MapLibre could not create its WebGL2 context: the page shows why, and the article still works. */
  onCannotDraw: () => void;
  onMoveEnd: (view: UrlView) => void;
  /** The first picture is drawn (the map's first idle): what waited for it may load now. */
  onFirstIdle?: () => void;
  /** The map's extent after each move, and a question about what is drawn under a page rectangle. */
  onExtent?: (extent: MapExtent) => void;
}

export default function MapView(props: Props) {
  const { layers, storyLayers, index, visible, selection, hovered, initialView, reduceMotion } = props;
  const frameRef = useRef<HTMLDivElement>(null);
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [mapHover, setMapHover] = useState<string | null>(null);
  /** The features the camera framed last (a selection or "follow the article"), for the locator. */
  const framedLast = useRef<SituationFeature[]>([]);

  // The style is built once, with empty sources for the layers still loading; later data (those
  // layers arriving, the names in another order) goes through the adapter, to the sources that changed.
  const [style] = useState(() =>
    buildMapStyle(toMapSources(layers, storyLayers, props.nameOrder), visible, storyLayers),
  );
  const drawn = useRef({ layers, nameOrder: props.nameOrder });
  const pending = Object.values(layers).some((l) => l.status === 'loading');
  // A layout effect: the frame says "not idle" in the same task as the data changes, so no one reads
  // an idle map that has not drawn them yet.
  useLayoutEffect(() => {
    const before = drawn.current;
    if (!adapter || (before.layers === layers && before.nameOrder === props.nameOrder)) return;
    drawn.current = { layers, nameOrder: props.nameOrder };
    const changed = (id: string) => before.nameOrder !== props.nameOrder || layers[id] !== before.layers[id];
    const sources = toMapSources(layers, storyLayers, props.nameOrder);
    adapter.setSourcesData(
      Object.fromEntries(Object.entries(sources).filter(([name]) => changed(name.replace(/-labels$/, '')))),
    );
    frameRef.current?.setAttribute('data-idle', 'false');
  }, [adapter, layers, storyLayers, props.nameOrder]);
  const refOf = (featureId: string): FeatureRef | null => {
    const entry = index.get(featureId);
    return entry ? { layerId: entry.layerId, featureId } : null;
  };

  useEffect(() => {
    if (adapter) for (const { id } of storyLayers) adapter.setVisible(id, visible.has(id));
  }, [adapter, visible, storyLayers]);

  // "Follow the article" frames the passage being read; a selection frames what the reader chose. When
  // both change in one render (a scroll's frame callback and the click that follows it, batched
  // together on a slow machine), the reader's choice must be framed last: effects run in the order
  // they are declared, so this one comes first.
  useEffect(() => {
    if (!adapter || !props.focusRequest || !frameRef.current) return;
    const features = props.focusRequest.ids.flatMap((id) => index.get(id)?.feature ?? []);
    framedLast.current = features;
    if (features.length) adapter.frame(features, uncoveredPadding(frameRef.current), reduceMotion);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [adapter, props.focusRequest]);

  useEffect(() => {
    adapter?.setSelection(selection ? refOf(selection.featureId) : null);
    if (adapter && selection?.frame.length && frameRef.current) {
      const features = selection.frame.flatMap((id) => index.get(id)?.feature ?? []);
      framedLast.current = features;
      adapter.frame(features, uncoveredPadding(frameRef.current), reduceMotion);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [adapter, selection]);

  useEffect(() => {
    if (adapter && props.viewRequest) adapter.jumpTo(props.viewRequest);
  }, [adapter, props.viewRequest]);

  useEffect(() => {
    const ids = [...new Set([...hovered, ...(mapHover ? [mapHover] : [])])];
    adapter?.setHover(ids.map(refOf).filter((r): r is FeatureRef => r !== null));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [adapter, hovered, mapHover]);

  const areaOf = useRef((id: string) => index.get(id)?.feature.properties.areaKm2 ?? null);
  useEffect(() => {
    areaOf.current = (id: string) => index.get(id)?.feature.properties.areaKm2 ?? null;
  }, [index]);

  /** The features at the pointer, ranked by the pick rules (pick.ts): the first is the pick. */
  const picksAt = (event: MapLayerMouseEvent): string[] => {
    if (!adapter) return [];
    const touch = (event.originalEvent as PointerEvent | undefined)?.pointerType === 'touch';
    const tolerance = touch ? TOUCH_TOLERANCE_PX : MOUSE_TOLERANCE_PX;
    return rankPicks(adapter.candidatesAt(event.point, tolerance, areaOf.current), tolerance);
  };

  const reportExtent = (map: MapLibreMap, a: MapAdapter) => {
    const b = map.getBounds();
    props.onExtent?.({
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      situationUnder: (rect) => a.situationUnder(rect),
      framed: a.screenBox(framedLast.current),
    });
  };

  // The opening camera, computed as the static first picture computes it (src/static/camera.ts), so
  // the hand-over from that picture to this map moves nothing.
  const size = useElementSize(frameRef);
  const measured = size !== null;
  const opening = useMemo<Camera | null>(
    () => (size ? openingCamera(initialView, props.defaultFrame, size) : null),
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
          maxBounds={MAX_BOUNDS}
          cursor={mapHover ? 'pointer' : 'grab'}
          reduceMotion={reduceMotion}
          onLoad={(event) => {
            const map = event.target;
            map
              .getCanvas()
              .setAttribute(
                'aria-label',
                `${props.label} Every feature is also listed under “Layers and features”.`,
              );
            map.getCanvas().setAttribute('role', 'img');
            const mapAdapter = new MapAdapter(map, storyLayers);
            exposeForTests(map, (point) =>
              mapAdapter.candidatesAt(point, MOUSE_TOLERANCE_PX, (id) => areaOf.current(id)),
            );
            setAdapter(mapAdapter);
            signalDrawing(map, frameRef.current!);
            map.once('idle', () => props.onFirstIdle?.());
            const c = map.getCenter();
            props.onMoveEnd({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
            reportExtent(map, mapAdapter);
          }}
          onError={(event) => {
            if (event.error instanceof maplibregl.GPUInitializationError) props.onCannotDraw();
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
            if (pick) props.onPick(pick, alsoHere);
            else props.onPickNothing();
          }}
          onMoveEnd={(event) => {
            performance.mark('map-moveend');
            const c = event.viewState;
            props.onMoveEnd({ zoom: c.zoom, lat: c.latitude, lon: c.longitude });
            if (adapter) reportExtent(event.target, adapter);
          }}
        >
          <NavigationControl position="top-left" showCompass={false} />
          <ScaleControl position="bottom-left" unit="metric" />
        </MapGL>
      )}
    </div>
  );
}
