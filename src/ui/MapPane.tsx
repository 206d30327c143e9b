// The map's place in the layout: MapLibre's map once the first layers are in (the static first
// picture over it until its first idle), the static map when there is no WebGL, the printed figure,
// and the locator inset once the map has drawn.
import { lazy, Suspense, useCallback } from 'react';
import { useStory } from '../state/storyContext';
import { useViewerContext } from '../state/viewerContext';
import { selectedFeatureOf } from '../state/selection';
import { usePrinting } from '../hooks/usePrinting';
import { MapErrorBoundary } from './MapErrorBoundary';
import { importLocator, importMapView, importStaticMap } from './mapChunks';

const MapView = lazy(importMapView);
const FirstPicture = lazy(() => importStaticMap().then((m) => ({ default: m.FirstPicture })));
const NoWebglMap = lazy(() => importStaticMap().then((m) => ({ default: m.NoWebglMap })));
// Mounted once the layers are in (so its chunk is there when printing starts), drawn only in print.
const PrintFigure = lazy(() =>
  importStaticMap().then((m) => ({
    default: (props: Parameters<typeof m.PrintFigure>[0] & { printing: boolean }) =>
      props.printing ? <m.PrintFigure {...props} /> : null,
  })),
);
const Locator = lazy(() => importLocator().then((m) => ({ default: m.Locator })));

/** Every layer, with the locator's countries: the map counts as drawn once the locator can stand in its corner. */
function useLoadEverything() {
  const { loadEverything } = useViewerContext();
  return useCallback(
    () =>
      loadEverything(
        importLocator()
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
      <Suspense fallback={null}>
        <PrintFigure
          {...staticProps}
          printing={printing}
          bounds={state.extent?.bounds ?? null}
          selected={selected}
          link={window.location.href}
        />
      </Suspense>
      {!state.webgl ? (
        <div className="no-webgl-pane">
          <Suspense fallback={<p className="map-loading">Loading the static map…</p>}>
            <NoWebglMap {...staticProps} selection={state.selection} />
          </Suspense>
          <p className="no-map-note" role="alert" data-testid="no-webgl">
            <strong>A static map:</strong> the interactive map needs WebGL 2, and this browser has no WebGL
            (or it is turned off). Tab to a feature and press Enter for its details.
          </p>
        </div>
      ) : (
        <>
          <MapErrorBoundary>
            <Suspense fallback={null}>
              <MapView
                onCannotDraw={() => {
                  verbs.cannotDraw();
                  loadEverything();
                }}
                onFirstIdle={() => {
                  verbs.firstIdle();
                  loadEverything();
                }}
              />
            </Suspense>
          </MapErrorBoundary>
          {!state.mapDrawn && (
            <Suspense fallback={null}>
              <FirstPicture {...staticProps} selected={selected} />
            </Suspense>
          )}
        </>
      )}
    </>
  );
}

export function MapLocator() {
  const { state } = useViewerContext();
  if (!state.webgl || !state.mapDrawn) return null;
  return (
    <Suspense fallback={null}>
      <Locator extent={state.extent} />
    </Suspense>
  );
}
