// The map's place in the layout: MapLibre's map once the first layers are in (the static first
// picture over it until its first idle), the static map when there is no WebGL, the printed figure,
// and the locator inset once the map has drawn. Their chunks render as soon as they have arrived
// (useChunk): no Suspense, whose retries React holds back.
import type { ComponentProps, ReactNode } from 'react';
import { selectedFeatureOf } from '../state/selection';
import type { CameraPort } from '../state/cameraPort';
import { featureIndex, shownLayers, shownStory } from '../state/shown';
import { useStore, useStoryStore } from '../state/useStore';
import { usePrinting } from '../hooks/usePrinting';
import { useChunk } from '../hooks/useChunk';
import { MapErrorBoundary } from './MapErrorBoundary';
import { locatorChunk, mapLibreChunk, staticMapChunk } from './mapChunks';
import type MapLibreView from '../map/MapLibreView';

type StaticMapModule = typeof import('./StaticMapPane');

/** MapLibre's view, once its chunk is in. Inside MapErrorBoundary: a chunk that fails says so there. */
function MapLibreChunk(props: ComponentProps<typeof MapLibreView>) {
  const module = useChunk(mapLibreChunk);
  return module ? <module.default {...props} /> : null;
}

/** A part of the static map's chunk once it is in; `fallback` until then, and nothing if it fails. */
function StaticMapChunk({
  render,
  fallback = null,
}: {
  render: (m: StaticMapModule) => ReactNode;
  fallback?: ReactNode;
}) {
  const module = useChunk(staticMapChunk, { optional: true });
  return module ? render(module) : module === null ? fallback : null;
}

export function MapPane({ camera }: { camera: CameraPort }) {
  const store = useStoryStore();
  const story = useStore((s) => s.bundle.story);
  const storyLayers = useStore((s) => shownStory(s).layers);
  const layers = useStore(shownLayers);
  const index = useStore(featureIndex);
  const visible = useStore((s) => s.viewer.visible);
  const nameOrder = useStore((s) => s.viewer.nameOrder);
  const selection = useStore((s) => s.viewer.selection);
  const webgl = useStore((s) => s.viewer.webgl);
  const mapDrawn = useStore((s) => s.viewer.mapDrawn);
  const bounds = useStore((s) => s.viewer.extent?.bounds ?? null);
  // The link's view: the first picture's camera, and the map's when it never drew (no WebGL).
  const openingView = useStore((s) => s.viewer.openingView);
  const printing = usePrinting();
  if (!layers)
    return (
      <p className="map-loading" role="status">
        Loading the map data…
      </p>
    );
  // What the static map needs (first picture, no WebGL): the same data, style and camera as the map's.
  const staticProps = {
    layers,
    storyLayers,
    visible,
    nameOrder,
    names: story.region.names,
    index,
    defaultFrame: story.meta.defaultFrame,
    view: openingView,
    label: story.meta.mapLabel,
    baseMap: story.region.baseMap,
    onBaseMapProblem: (message: string) => store.dispatch({ type: 'baseMapProblem', message }),
    // A shape of the static map chosen (by click, or Enter on its focus stop): focus returns there.
    onPick: (featureId: string) =>
      store.dispatch({
        type: 'pick',
        featureId,
        alsoHere: [],
        from: (document.activeElement as HTMLElement | null)?.id || null,
      }),
  };
  const selected = selectedFeatureOf(selection);
  return (
    <>
      {/* Mounted once the layers are in (so its chunk is there when printing starts), drawn only in print. */}
      <StaticMapChunk
        render={(m) =>
          printing ? (
            <m.PrintFigure
              {...staticProps}
              baseMapGaps={story.region.baseMapGaps}
              bounds={bounds}
              selected={selected}
              link={window.location.href}
            />
          ) : (
            // Once the map on screen has drawn (or there is none): its first tiles come first.
            (mapDrawn || !webgl) && (
              <m.PrintTilesAhead
                baseMap={story.region.baseMap}
                bounds={bounds}
                view={openingView}
                defaultFrame={story.meta.defaultFrame}
              />
            )
          )
        }
      />
      {!webgl ? (
        <div className="no-webgl-pane">
          <StaticMapChunk
            render={(m) => <m.NoWebglMap {...staticProps} selection={selection} />}
            fallback={<p className="map-loading">Loading the static map…</p>}
          />
          <p className="no-map-note" role="alert" data-testid="no-webgl">
            <strong>A static map:</strong> the interactive map needs WebGL 2, and this browser has no WebGL
            (or it is turned off). Tab to a feature and press Enter for its details.
          </p>
        </div>
      ) : (
        <>
          <MapErrorBoundary>
            <MapLibreChunk camera={camera} />
          </MapErrorBoundary>
          {!mapDrawn && (
            <StaticMapChunk render={(m) => <m.FirstPicture {...staticProps} selected={selected} />} />
          )}
        </>
      )}
    </>
  );
}

export function MapLocator() {
  const shown = useStore((s) => s.viewer.webgl && s.viewer.mapDrawn);
  return shown ? <LocatorChunk /> : null;
}

function LocatorChunk() {
  const module = useChunk(locatorChunk, { optional: true });
  return module ? <module.Locator /> : null;
}
