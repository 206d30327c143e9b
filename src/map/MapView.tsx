// The map: react-map-gl's <Map> over the typed style, with the adapter doing every imperative change.
// Loaded lazily, so the article paints before MapLibre is parsed.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import MapGL, {
  NavigationControl,
  Popup,
  ScaleControl,
  type MapLayerMouseEvent,
} from 'react-map-gl/maplibre';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { FeatureIndexEntry, LoadedLayers } from '../data/featureIndex';
import type { MapView as UrlView } from '../state/urlState';
import { buildMapStyle, INTERACTIVE_LAYERS } from './mapStyle';
import { layerOfSource, toMapSources } from './mapData';
import { MapAdapter, type FeatureRef } from './mapAdapter';
import { signalDrawing } from './drawingSignals';

// MapLibre 6 derives its worker URL from import.meta.url, which Vite's build breaks: give it the
// bundled file (../shared/NOTES-toolchain.md).
maplibregl.setWorkerUrl(workerUrl);

export interface Selection {
  featureId: string;
  /** Where the popup points: the click position, or a point of the feature. */
  anchor: [number, number] | null;
  /** Bring the feature into view (selection from the article or a list, not a map click). */
  fly: boolean;
  /** Move keyboard focus into the popup (selection from the keyboard, a list or the article). */
  focus: boolean;
}

interface Props {
  layers: LoadedLayers;
  index: Map<string, FeatureIndexEntry>;
  visible: ReadonlySet<LayerId>;
  selection: Selection | null;
  hovered: string[];
  initialView: UrlView | null;
  /** A view to jump to (a link pasted into an open viewer). */
  viewRequest: UrlView | null;
  focusPopup: boolean;
  reduceMotion: boolean;
  onSelect: (featureId: string, anchor: [number, number]) => void;
  onClosePopup: () => void;
  /** MapLibre could not create its WebGL2 context: the page shows why, and the article still works. */
  onCannotDraw: () => void;
  onMoveEnd: (view: UrlView) => void;
  renderPopup: (featureId: string) => ReactNode;
}

/**
 * The popup's content. When the selection came from the keyboard, a list or the article, focus moves
 * into it (after MapLibre has attached the popup to the page), so Tab continues inside the popup.
 */
function PopupBody({
  featureId,
  focus,
  children,
}: {
  featureId: string;
  focus: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const frame = requestAnimationFrame(() => ref.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [featureId, focus]);
  return (
    <div data-testid="popup" role="dialog" aria-label="Feature details" tabIndex={-1} ref={ref}>
      {children}
    </div>
  );
}

/** Opening frame: northern Kosovo and the border around it. */
const NORTH_FRAME: [number, number, number, number] = [20.25, 42.72, 21.25, 43.36];

export default function MapView(props: Props) {
  const { layers, index, visible, selection, hovered, initialView, reduceMotion } = props;
  const frameRef = useRef<HTMLDivElement>(null);
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [mapHover, setMapHover] = useState<string | null>(null);

  // The style is built once per loaded data set; later changes go through the adapter.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const style = useMemo(() => buildMapStyle(toMapSources(layers), visible), [layers]);
  const interactiveLayerIds = useMemo(
    () => INTERACTIVE_LAYERS.filter((id) => style.layers.some((l) => l.id === id)),
    [style],
  );
  const refOf = (featureId: string): FeatureRef | null => {
    const entry = index.get(featureId);
    return entry ? { layerId: entry.layerId, featureId } : null;
  };

  useEffect(() => {
    if (adapter) for (const id of LAYER_IDS) adapter.setVisible(id, visible.has(id));
  }, [adapter, visible]);

  useEffect(() => {
    adapter?.setSelection(selection ? refOf(selection.featureId) : null);
    if (adapter && selection?.fly) {
      const entry = index.get(selection.featureId);
      if (entry) adapter.fitTo(entry.feature, reduceMotion);
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

  const featureAt = (event: MapLayerMouseEvent): string | null => {
    const features = event.features ?? [];
    for (const layer of INTERACTIVE_LAYERS) {
      const hit = features.find((f) => f.layer.id === layer);
      if (hit && layerOfSource(hit.source)) return String(hit.properties?.id ?? hit.id);
    }
    return null;
  };

  const anchor: [number, number] | null = selection
    ? (selection.anchor ?? index.get(selection.featureId)?.feature.properties.labelPoint ?? null)
    : null;

  const initialViewState = initialView
    ? { longitude: initialView.lon, latitude: initialView.lat, zoom: initialView.zoom }
    : { bounds: NORTH_FRAME, fitBoundsOptions: { padding: 16 } };

  return (
    <div className="map-frame" data-testid="map" ref={frameRef}>
      <MapGL
        mapLib={maplibregl}
        initialViewState={initialViewState}
        mapStyle={style}
        attributionControl={false}
        interactiveLayerIds={interactiveLayerIds}
        cursor={mapHover ? 'pointer' : 'grab'}
        reduceMotion={reduceMotion}
        onLoad={(event) => {
          const map = event.target;
          map
            .getCanvas()
            .setAttribute(
              'aria-label',
              'Map of northern Kosovo and the Kosovo–Serbia border. Every feature is also listed under “Layers and features”.',
            );
          map.getCanvas().setAttribute('role', 'img');
          setAdapter(new MapAdapter(map));
          signalDrawing(map, frameRef.current!);
          const c = map.getCenter();
          props.onMoveEnd({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
        }}
        onError={(event) => {
          if (event.error instanceof maplibregl.GPUInitializationError) props.onCannotDraw();
          else console.error(event.error);
        }}
        onMouseMove={(event) => setMapHover(featureAt(event))}
        onMouseLeave={() => setMapHover(null)}
        onClick={(event) => {
          const id = featureAt(event);
          if (id) props.onSelect(id, [event.lngLat.lng, event.lngLat.lat]);
        }}
        onMoveEnd={(event) => {
          performance.mark('map-moveend');
          const c = event.viewState;
          props.onMoveEnd({ zoom: c.zoom, lat: c.latitude, lon: c.longitude });
        }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
        {selection && anchor && (
          <Popup
            longitude={anchor[0]}
            latitude={anchor[1]}
            maxWidth="360px"
            closeOnClick={false}
            onClose={props.onClosePopup}
            focusAfterOpen={false}
            className="feature-popup"
          >
            <PopupBody featureId={selection.featureId} focus={props.focusPopup}>
              {props.renderPopup(selection.featureId)}
            </PopupBody>
          </Popup>
        )}
      </MapGL>
    </div>
  );
}
