// The static map in the map pane: the first picture (until MapLibre's first idle), and the map for
// readers without WebGL (zoom buttons; a selection frames its features; Tab and Enter reach the
// situation features).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import type { FeatureIndexEntry, LoadedLayers } from '../domain/featureIndex';
import type { ActiveLayer } from '../cartography/storyLayers';
import { cameraForBounds, openingCamera, DEFAULT_FRAME_PADDING, type Camera } from '../camera/camera';
import { MAX_ZOOM, MIN_ZOOM } from '../cartography/mapStyle';
import { uncoveredPadding } from '../camera/overlayPadding';
import { StaticMap } from '../static/StaticMap';
import { useBaseMapTiles } from '../static/useBaseMapTiles';
import type { BaseMap } from '../region/schema';
import { useElementSize } from '../hooks/useElementSize';
import { displayName, type NameOrder, type NameRules } from '../domain/names';
import { consequencesOf, selectedFeatureOf, type Selection } from '../state/selection';

interface Common {
  layers: LoadedLayers;
  storyLayers: readonly ActiveLayer[];
  visible: ReadonlySet<string>;
  nameOrder: NameOrder;
  /** The region's rules for names (which languages, in which order). */
  names: NameRules;
  index: Map<string, FeatureIndexEntry>;
  defaultFrame: [number, number, number, number];
  view: Camera | null;
  label: string;
  onPick: (featureId: string) => void;
  /** The region's base map, drawn as its tiles arrive; a tile that cannot be read is reported. */
  baseMap?: BaseMap;
  onBaseMapProblem: (message: string) => void;
}

const accessibleName =
  (
    index: Map<string, FeatureIndexEntry>,
    order: NameOrder,
    rules: NameRules,
    storyLayers: readonly ActiveLayer[],
  ) =>
  (id: string) => {
    const entry = index.get(id);
    if (!entry) return id;
    const layer = storyLayers.find((l) => l.id === entry.layerId);
    return `${displayName(entry.feature.properties, order, rules)} (${layer?.title ?? entry.layerId})`;
  };

/** The first picture: the opening view, drawn before MapLibre's code; marked `map-first-picture`. */
export function FirstPicture(props: Common & { selected: string | null }) {
  const frame = useRef<HTMLDivElement>(null);
  const size = useElementSize(frame);
  const camera = useMemo(
    () => (size ? openingCamera(props.view, props.defaultFrame, size) : null),
    // The opening camera only: the picture is replaced before the reader moves the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [size],
  );
  // The story first; the base map when its tiles arrive (the interactive map's first tiles: fetched once).
  const tiles = useBaseMapTiles(props.baseMap, camera, size);
  useLayoutEffect(() => {
    if (camera && !performance.getEntriesByName('map-first-picture').length)
      performance.mark('map-first-picture');
  }, [camera]);
  return (
    <div className="static-map-frame first-picture" ref={frame} data-testid="first-picture">
      {size && camera && (
        <StaticMap
          {...props}
          camera={camera}
          size={size}
          tiles={tiles}
          selected={props.selected}
          label={`${props.label} A static picture while the interactive map loads.`}
        />
      )}
      <p className="map-loading-chip" role="status">
        Loading the interactive map…
      </p>
    </div>
  );
}

/** The map without WebGL: the static map of the current view, zoomable, following the selection. */
export function NoWebglMap(props: Common & { selection: Selection }) {
  const frame = useRef<HTMLDivElement>(null);
  const size = useElementSize(frame);
  // The reader's camera (zoom buttons, a selection framed); until then the opening one.
  const [moved, setCamera] = useState<Camera | null>(null);
  const camera = moved ?? (size ? openingCamera(props.view, props.defaultFrame, size) : null);
  const tiles = useBaseMapTiles(props.baseMap, camera, size, props.onBaseMapProblem);
  const { selection, index } = props;
  useEffect(() => {
    const { frame: framed } = consequencesOf(selection);
    if (!size || !framed.length) return;
    const features = framed.flatMap((id) => index.get(id)?.feature ?? []);
    if (!features.length) return;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
    const pad = 0.01;
    const padding = frame.current ? uncoveredPadding(frame.current) : DEFAULT_FRAME_PADDING;
    setCamera(cameraForBounds([w - pad, s - pad, e + pad, n + pad], size, padding, 13));
  }, [selection, index, size]);
  const zoomBy = (delta: number) =>
    camera && setCamera({ ...camera, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom + delta)) });
  return (
    <div className="static-map-frame no-webgl-map" ref={frame}>
      {/* Before the map in the DOM: Tab reaches the zoom, then the features. */}
      <div className="static-zoom" role="group" aria-label="Zoom the static map">
        <button type="button" onClick={() => zoomBy(1)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(-1)} aria-label="Zoom out">
          −
        </button>
      </div>
      {size && camera && (
        <StaticMap
          {...props}
          camera={camera}
          size={size}
          tiles={tiles}
          selected={selectedFeatureOf(selection)}
          focusable
          nameOf={accessibleName(props.index, props.nameOrder, props.names, props.storyLayers)}
          label={`${props.label} A static map: Tab to a feature and press Enter for its details.`}
        />
      )}
    </div>
  );
}

// Printed with the same static map: one chunk for every use of it.
export { PrintFigure, PrintTilesAhead } from './PrintFigure';
