// The viewer: article beside the map, layers and features panel, one shared selection for both sides.
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { indexFeatures, type FeatureIndexEntry, type LoadedLayers } from '../data/featureIndex';
import { formatUrlState, parseUrlState, type MapView as UrlView } from '../state/urlState';
import type { Selection } from '../map/MapView';
import { ArticlePanel } from './ArticlePanel';
import { LayerPanel } from './LayerPanel';
import { FeatureDetails } from './FeatureDetails';
import { Attribution } from './Attribution';
import { layerStyleLookup } from './layerLookup';
import { LAYER_STYLES } from '../map/mapStyle';
import { MapErrorBoundary } from './MapErrorBoundary';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { afterFirstPaint } from './afterFirstPaint';
import { loadLayersLazily } from '../data/loadLayersLazily';

// MapLibre's chunk is fetched and evaluated after the article has painted, in parallel with the layer files.
const importMapView = () => import('../map/MapView');
const MapView = lazy(importMapView);

export function App() {
  const initial = useMemo(() => parseUrlState(window.location.hash), []);
  const [layers, setLayers] = useState<LoadedLayers | null>(null);
  const [visible, setVisible] = useState<ReadonlySet<LayerId>>(() => new Set(initial.visibleLayers));
  const [selection, setSelection] = useState<Selection | null>(null);
  const [hovered, setHovered] = useState<string[]>([]);
  const [passageToShow, setPassageToShow] = useState<{ id: string; n: number } | null>(null);
  const [sheetTab, setSheetTab] = useState<'article' | 'layers'>('article');
  /** False once MapLibre has failed to create its WebGL2 context: no probe of our own beforehand. */
  const [webgl, setWebgl] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [viewRequest, setViewRequest] = useState<UrlView | null>(null);
  const view = useRef<UrlView | null>(initial.view);
  const returnFocus = useRef<HTMLElement | null>(null);
  const reduceMotion = usePrefersReducedMotion();
  // The popup first; marking the article's passages and the lists' buttons follows in a render of its own.
  const selectedLater = useDeferredValue(selection?.featureId ?? null);

  const index = useMemo(
    () => (layers ? indexFeatures(layers) : new Map<string, FeatureIndexEntry>()),
    [layers],
  );
  const style = useMemo(() => layerStyleLookup(index), [index]);

  // Once the article has painted: load the map code, and the loader (with its schemas) and the layers,
  // in parallel. Not before: they would compete with the article for the network and the main thread.
  useEffect(
    () =>
      afterFirstPaint(() => {
        // A failure here resurfaces through lazy() and MapErrorBoundary, which say so on the page.
        importMapView().catch(() => undefined);
        loadLayersLazily(import.meta.env.BASE_URL).then((loaded) => {
          setLayers(loaded);
          const restored = initial.selectedFeature;
          if (restored && indexFeatures(loaded).has(restored))
            setSelection({ featureId: restored, anchor: null, fly: !initial.view, focus: false });
        });
      }),
    [initial],
  );

  // The URL follows the state: replaceState, never a new history entry per change.
  const writeUrl = useCallback(() => {
    const hash = formatUrlState({
      view: view.current,
      visibleLayers: LAYER_IDS.filter((id) => visible.has(id)),
      selectedFeature: selection?.featureId ?? null,
    });
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  }, [visible, selection]);
  useEffect(writeUrl, [writeUrl]);

  const select = useCallback(
    (featureId: string, origin?: HTMLElement) => {
      if (layers && !index.has(featureId)) {
        setNotice(`“${featureId}” is not on the map: its layer could not be loaded.`);
        return;
      }
      setNotice(null);
      returnFocus.current = origin ?? null;
      setSelection({ featureId, anchor: null, fly: true, focus: origin !== undefined });
    },
    [layers, index],
  );

  // A link pasted or edited in the address bar of an open viewer: apply it like a fresh load.
  useEffect(() => {
    const onHashChange = () => {
      const next = parseUrlState(window.location.hash, layers ? new Set(index.keys()) : undefined);
      setVisible(new Set(next.visibleLayers));
      setSelection(
        next.selectedFeature
          ? { featureId: next.selectedFeature, anchor: null, fly: !next.view, focus: false }
          : null,
      );
      if (next.view) {
        view.current = next.view;
        setViewRequest(next.view);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [layers, index]);

  const closePopup = useCallback(() => {
    setSelection(null);
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, []);

  // Esc closes the popup and returns focus to where it was.
  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closePopup();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, closePopup]);

  const details = (featureId: string) => {
    const entry = index.get(featureId);
    if (!entry) return null;
    return (
      <FeatureDetails
        feature={entry.feature}
        color={LAYER_STYLES[entry.layerId].color}
        onShowPassage={(id) => {
          setSheetTab('article');
          setPassageToShow((prev) => ({ id, n: (prev?.n ?? 0) + 1 }));
        }}
      />
    );
  };

  const problems = layers ? LAYER_IDS.filter((id) => layers[id].status === 'error') : [];

  return (
    <div className="app" data-sheet-tab={sheetTab}>
      <a className="skip-link" href="#map-region">
        Skip to the map
      </a>
      <header className="app-header">
        <h1 className="app-title">Situation Viewer</h1>
        <p className="app-subtitle">Serbia–Kosovo, September 2023: the article and the places it describes</p>
        {notice && (
          <p className="banner-error" role="status" data-testid="notice">
            {notice}
          </p>
        )}
        {problems.length > 0 && (
          <p className="banner-error" role="alert" data-testid="load-problems">
            {problems.length} layer{problems.length > 1 ? 's' : ''} could not be loaded:{' '}
            {[...new Set(problems.map((id) => (layers![id] as { message: string }).message))].join('; ')}. The
            rest of the map and the article still work.
          </p>
        )}
      </header>
      <main className="app-body">
        <nav className="sheet-tabs" aria-label="Panels">
          <button type="button" aria-pressed={sheetTab === 'article'} onClick={() => setSheetTab('article')}>
            Article
          </button>
          <button type="button" aria-pressed={sheetTab === 'layers'} onClick={() => setSheetTab('layers')}>
            Layers and features
          </button>
        </nav>
        <section className="article-pane" aria-label="Article">
          <ArticlePanel
            selectedFeature={selectedLater}
            passageToShow={passageToShow}
            style={style}
            onHover={setHovered}
            onSelect={select}
            reduceMotion={reduceMotion}
          />
        </section>
        <section className="map-pane" id="map-region" aria-label="Map" tabIndex={-1}>
          {!webgl ? (
            <div className="no-map" role="alert" data-testid="no-webgl">
              <p>
                <strong>The map cannot be drawn:</strong> this browser has no WebGL 2 (or it is turned off).
                The article and the list of every feature, with its passages, still work.
              </p>
              {selection && details(selection.featureId)}
            </div>
          ) : layers ? (
            <MapErrorBoundary>
              <Suspense fallback={<p className="map-loading">Loading the map…</p>}>
                <MapView
                  layers={layers}
                  index={index}
                  visible={visible}
                  selection={selection}
                  hovered={hovered}
                  initialView={initial.view}
                  viewRequest={viewRequest}
                  focusPopup={selection?.focus ?? false}
                  reduceMotion={reduceMotion}
                  onSelect={(featureId, anchor) => {
                    returnFocus.current = null;
                    setSelection({ featureId, anchor, fly: false, focus: false });
                  }}
                  onClosePopup={closePopup}
                  onCannotDraw={() => setWebgl(false)}
                  onMoveEnd={(v) => {
                    view.current = v;
                    writeUrl();
                  }}
                  renderPopup={details}
                />
              </Suspense>
            </MapErrorBoundary>
          ) : (
            <p className="map-loading" role="status">
              Loading the map data…
            </p>
          )}
          {layers && <Attribution layers={layers} />}
        </section>
        <aside className="layers-pane" aria-label="Layers and features">
          <LayerPanel
            layers={layers}
            visible={visible}
            selectedFeature={selectedLater}
            onToggle={(id, on) =>
              setVisible((prev) => {
                const next = new Set(prev);
                if (on) next.add(id);
                else next.delete(id);
                return next;
              })
            }
            onSelect={select}
          />
        </aside>
      </main>
    </div>
  );
}
