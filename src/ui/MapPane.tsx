// The map's place in the layout: MapLibre's map once the first layers are in (the static first
// picture over it until its first idle), the static map when there is no WebGL, the printed figure,
// and the locator inset once the map has drawn. Their chunks render as soon as they have arrived
// (useChunk): no Suspense, whose retries React holds back.
import { useCallback, type ComponentProps, type ReactNode } from 'react';
import { useStory } from '../state/storyContext';
import { useViewerContext } from '../state/viewerContext';
import { selectedFeatureOf } from '../state/selection';
import { usePrinting } from '../hooks/usePrinting';
import { useChunk } from '../hooks/useChunk';
import { MapErrorBoundary } from './MapErrorBoundary';
import { locatorChunk, mapViewChunk, staticMapChunk } from './mapChunks';
import type MapView from '../map/MapView';
import type { MapExtent } from '../camera/camera';

type StaticMapModule = typeof import('./StaticMapPane');

/** MapLibre's view, once its chunk is in. Inside MapErrorBoundary: a chunk that fails says so there. */
function MapViewChunk(props: ComponentProps<typeof MapView>) {
  const module = useChunk(mapViewChunk);
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

/** Every layer, with the locator's countries: the map counts as drawn once the locator can stand in its corner. */
function useLoadEverything() {
  const { loadEverything } = useViewerContext();
  return useCallback(
    () =>
      loadEverything(
        locatorChunk
          .load()
          .then((m) => (m.initiallyOpen() ? m.locatorData() : null))
          .catch(() => null),
      ),
    [loadEverything],
  );
}

export function MapPane() {
  const { story, layers: storyLayers } = useStory();
  const { state, index, link, verbs } = useViewerContext();
  const printing = usePrinting();
  const loadEverything = useLoadEverything();
  const { layers } = state;
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
    visible: state.visible,
    nameOrder: state.nameOrder,
    index,
    defaultFrame: story.meta.defaultFrame,
    // The link's view: the first picture's camera, and the map's when it never drew (no WebGL).
    view: link.view,
    label: story.meta.mapLabel,
    onPick: (featureId: string) => verbs.pick(featureId, [], document.activeElement as HTMLElement | null),
  };
  const selected = selectedFeatureOf(state.selection);
  return (
    <>
      {/* Mounted once the layers are in (so its chunk is there when printing starts), drawn only in print. */}
      <StaticMapChunk
        render={(m) =>
          printing ? (
            <m.PrintFigure
              {...staticProps}
              bounds={state.extent?.bounds ?? null}
              selected={selected}
              link={window.location.href}
            />
          ) : null
        }
      />
      {!state.webgl ? (
        <div className="no-webgl-pane">
          <StaticMapChunk
            render={(m) => <m.NoWebglMap {...staticProps} selection={state.selection} />}
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
            <MapViewChunk
              onCannotDraw={() => {
                verbs.cannotDraw();
                loadEverything();
              }}
              onFirstIdle={() => {
                verbs.firstIdle();
                loadEverything();
              }}
              onBaseMapProblem={verbs.baseMapProblem}
            />
          </MapErrorBoundary>
          {!state.mapDrawn && (
            <StaticMapChunk render={(m) => <m.FirstPicture {...staticProps} selected={selected} />} />
          )}
        </>
      )}
    </>
  );
}

export function MapLocator() {
  const { state } = useViewerContext();
  if (!state.webgl || !state.mapDrawn) return null;
  return <LocatorChunk extent={state.extent} />;
}

function LocatorChunk({ extent }: { extent: MapExtent | null }) {
  const module = useChunk(locatorChunk, { optional: true });
  return module ? <module.Locator extent={extent} /> : null;
}
