// The viewer of one story: article beside the map, layers and features panel, details panel, one
// shared selection.
import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { indexFeatures, type FeatureIndexEntry, type LoadedLayers } from '../domain/featureIndex';
import { formatUrlState, parseUrlState, requestedFeature, type MapView as UrlView } from '../state/urlState';
import { ArticlePanel } from './ArticlePanel';
import { useStory } from './storyContext';
import { ReviewContext } from './reviewContext';
import type { NameOrder } from '../domain/names';
import { LayerPanel } from './LayerPanel';
import { DetailsPanel } from './DetailsPanel';
import { Attribution } from './Attribution';
import { FirstUseHint } from './FirstUseHint';
import { layerStyleLookup } from './layerLookup';
import { MapErrorBoundary } from './MapErrorBoundary';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { usePrinting } from '../hooks/usePrinting';
import { afterFirstPaint } from '../hooks/afterFirstPaint';
import { loadLayersLazily } from '../loading/loadLayersLazily';
import { stageLayers } from '../loading/stagedLoading';
import {
  selectFromList,
  selectFromMap,
  selectFromPhrase,
  selectFromEvent,
  selectFromUrl,
  switchTo,
  type Selection,
} from '../state/selection';
import { Timeline } from './Timeline';
import { ShareControls } from './ShareControls';
import { siblingUrl } from './share';
import type { MapExtent } from '../camera/camera';
import { useFollowArticle } from './useFollowArticle';

// MapLibre's chunk is fetched and evaluated after the article has painted, in parallel with the layer files.
const importMapView = () => import('../map/MapView');
const MapView = lazy(importMapView);
// The static map (d3-geo): the first picture while MapLibre loads, and the map without WebGL.
const importStaticMap = () => import('./StaticMapPane');
const FirstPicture = lazy(() => importStaticMap().then((m) => ({ default: m.FirstPicture })));
const NoWebglMap = lazy(() => importStaticMap().then((m) => ({ default: m.NoWebglMap })));
// Mounted once the layers are in (so its chunk is there when printing starts), drawn only in print.
const PrintFigure = lazy(() =>
  importStaticMap().then((m) => ({
    default: (props: Parameters<typeof m.PrintFigure>[0] & { printing: boolean }) =>
      props.printing ? <m.PrintFigure {...props} /> : null,
  })),
);
// The locator comes after the map's first picture, with its countries (locator.json).
const importLocator = () => import('./Locator');
const Locator = lazy(() => importLocator().then((m) => ({ default: m.Locator })));

type SheetTab = 'article' | 'layers' | 'details';

/** `embed`: the compact viewer of embed.html (map, details, attributions, a link to the full viewer). */
export function App({ embed = false }: { embed?: boolean }) {
  const open = useStory();
  const review = useContext(ReviewContext);
  const { story } = open;
  // The link as opened (the URL is rewritten from the state once the viewer runs).
  const openedHash = useMemo(() => window.location.hash, []);
  const initial = useMemo(() => parseUrlState(openedHash, open.layers), [openedHash, open.layers]);
  const [layers, setLayers] = useState<LoadedLayers | null>(null);
  const [visible, setVisible] = useState<ReadonlySet<string>>(() => new Set(initial.visibleLayers));
  const [selection, setSelection] = useState<Selection | null>(null);
  const [hovered, setHovered] = useState<string[]>([]);
  const [passageToShow, setPassageToShow] = useState<{ id: string; n: number } | null>(null);
  const [sheetTab, setSheetTab] = useState<SheetTab>('article');
  const [nameOrder, setNameOrder] = useState<NameOrder>(initial.nameOrder);
  /** False once MapLibre has failed to create its WebGL2 context: no probe of our own beforehand. */
  const [webgl, setWebgl] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [viewRequest, setViewRequest] = useState<UrlView | null>(null);
  /** The event the timeline shows as chosen (its details, or a feature's when the reader moved on). */
  const [activeEvent, setActiveEvent] = useState<string | null>(() =>
    story.events.some((e) => e.id === initial.selectedEvent) ? initial.selectedEvent : null,
  );
  const [followArticle, setFollowArticle] = useState(true);
  /** Places to frame without selecting them ("follow the article"). */
  const [focusRequest, setFocusRequest] = useState<{ ids: string[]; n: number } | null>(null);
  const [extent, setExtent] = useState<MapExtent | null>(null);
  /** The map has drawn its first picture: the ground context and the locator may come now. */
  const [mapDrawn, setMapDrawn] = useState(false);
  const staged = useMemo(
    () => stageLayers(open.layers, (ls) => loadLayersLazily(ls, story.places, import.meta.env.BASE_URL)),
    [open.layers, story.places],
  );
  /** Every layer, for when the map cannot draw (the lists then hold everything) or once it has. */
  // The locator comes with them: the map counts as drawn (no layer pending) once it can stand in its corner.
  const loadEverything = useCallback(
    () =>
      Promise.all([
        staged.all(),
        importLocator()
          .then((m) => (m.initiallyOpen() ? m.locatorData() : null))
          .catch(() => null),
      ]).then(([loaded]) => setLayers(loaded)),
    [staged],
  );
  /**
   * The index once the given features are loaded: at once when they are (or nothing is pending), after
   * the ground context otherwise (a link, a phrase or an event naming a station before it arrived).
   */
  const withFeatures = useCallback(
    async (
      ids: readonly string[],
      known: Map<string, FeatureIndexEntry>,
    ): Promise<Map<string, FeatureIndexEntry>> => {
      if (ids.every((id) => known.has(id)) || !staged.pending()) return known;
      const loaded = await staged.all();
      setLayers(loaded);
      return indexFeatures(loaded);
    },
    [staged],
  );
  const articlePane = useRef<HTMLElement>(null);
  const { appScrolls } = useFollowArticle({
    pane: articlePane,
    passages: story.passages,
    enabled: followArticle,
    onFocus: (ids) => setFocusRequest((prev) => ({ ids, n: (prev?.n ?? 0) + 1 })),
  });
  const view = useRef<UrlView | null>(initial.view);
  const returnFocus = useRef<HTMLElement | null>(null);
  const reduceMotion = usePrefersReducedMotion();
  const printing = usePrinting();
  // The details first; marking the article's passages and the lists' buttons follows in a render of its own.
  const selectedLater = useDeferredValue(selection?.featureId ?? null);

  const index = useMemo(
    () => (layers ? indexFeatures(layers) : new Map<string, FeatureIndexEntry>()),
    [layers],
  );
  const style = useMemo(() => layerStyleLookup(index, open), [index, open]);
  const selectedEvent = selection?.event
    ? (story.events.find((e) => e.id === selection.event) ?? null)
    : null;

  /** Shows a selection: its layer turned on if it was off, the details tab on phones. */
  const show = useCallback(
    (next: Selection, known: Map<string, FeatureIndexEntry>) => {
      // The article scrolls to the selection's passage: that scroll is the app's, not the reader's.
      appScrolls();
      if (next.event) setActiveEvent(next.event);
      const entry = known.get(next.featureId);
      if (entry) setVisible((prev) => (prev.has(entry.layerId) ? prev : new Set([...prev, entry.layerId])));
      setNotice(null);
      setSelection(next);
      setSheetTab('details');
    },
    [appScrolls],
  );

  /** A link that names a feature this map does not have: say so, instead of dropping it silently. */
  const linkNotFound = (hash: string, known: Map<string, FeatureIndexEntry>) => {
    const asked = requestedFeature(hash);
    if (asked && !known.has(asked))
      setNotice(`Link not found: this map has no feature “${asked}”. Showing the default view.`);
  };

  // Once the article has painted: load the map code, and the loader (with its schemas) and the layers,
  // in parallel. Not before: they would compete with the article for the network and the main thread.
  useEffect(
    () =>
      afterFirstPaint(() => {
        // A failure here resurfaces through lazy() and MapErrorBoundary, which say so on the page.
        importStaticMap().catch(() => undefined);
        importMapView().catch(() => undefined);
        staged.first().then(async (loaded) => {
          setLayers(loaded);
          const restored = initial.selectedFeature;
          const event = story.events.find((e) => e.id === initial.selectedEvent);
          const known = await withFeatures(
            restored ? [restored] : (event?.places ?? []),
            indexFeatures(loaded),
          );
          // feature= beside event=: the feature's details open; the event stays chosen on the timeline.
          // The small embed frames the linked feature and leaves its details to a click: open at
          // once, they would cover half of a 400 × 300 frame, and the feature with it.
          if (restored && known.has(restored) && embed) {
            if (!initial.view) setFocusRequest({ ids: [restored], n: 1 });
          } else if (restored && known.has(restored))
            show(selectFromUrl(restored, initial.view !== null), known);
          else if (event) show(selectFromEvent(event, 'url', initial.view !== null), known);
          else linkNotFound(openedHash, known);
        });
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [initial],
  );

  // The URL follows the state: replaceState, never a new history entry per change.
  const writeUrl = useCallback(() => {
    const hash = formatUrlState({
      story: story.slug,
      view: view.current,
      visibleLayers: open.layers.filter((l) => visible.has(l.id)).map((l) => l.id),
      selectedFeature: selection && !selection.event ? selection.featureId : null,
      selectedEvent: activeEvent,
      nameOrder,
      review: initial.review,
    });
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  }, [visible, selection, activeEvent, nameOrder, story.slug, open.layers, initial.review]);
  useEffect(writeUrl, [writeUrl]);

  const selectFeature = useCallback(
    (featureId: string, origin: HTMLElement) => {
      if (layers && !index.has(featureId)) {
        setNotice(`“${featureId}” is not on the map: its layer could not be loaded.`);
        return;
      }
      returnFocus.current = origin;
      show(selectFromList(featureId), index);
    },
    [layers, index, show],
  );

  const selectPhrase = useCallback(
    (
      phrase: { features: string[]; framed: string[]; passageId: string; text: string },
      origin: HTMLElement,
    ) => {
      returnFocus.current = origin;
      const choose = (known: Map<string, FeatureIndexEntry>, loading: boolean) => {
        // Only the features whose layers loaded (all of them while loading).
        const present = loading ? phrase.features : phrase.features.filter((id) => known.has(id));
        if (!present.length) {
          setNotice(`“${phrase.features[0]}” is not on the map: its layer could not be loaded.`);
          return;
        }
        show(
          selectFromPhrase(
            present,
            phrase.framed.filter((id) => present.includes(id)),
            { passageId: phrase.passageId, phrase: phrase.text },
          ),
          known,
        );
      };
      if (!layers) choose(index, true);
      else withFeatures(phrase.features, index).then((known) => choose(known, false));
    },
    [layers, index, show, withFeatures],
  );

  // A link pasted or edited in the address bar of an open viewer: apply it like a fresh load.
  useEffect(() => {
    const onHashChange = () => {
      const next = parseUrlState(
        window.location.hash,
        open.layers,
        layers && !staged.pending() ? new Set(index.keys()) : undefined,
      );
      setVisible(new Set(next.visibleLayers));
      setNameOrder(next.nameOrder);
      const event = story.events.find((e) => e.id === next.selectedEvent);
      setActiveEvent(event ? event.id : null);
      const hash = window.location.hash;
      withFeatures(next.selectedFeature ? [next.selectedFeature] : (event?.places ?? []), index).then(
        (known) => {
          if (next.selectedFeature && known.has(next.selectedFeature))
            show(selectFromUrl(next.selectedFeature, next.view !== null), known);
          else if (event) show(selectFromEvent(event, 'url', next.view !== null), known);
          else {
            setSelection(null);
            linkNotFound(hash, known);
          }
        },
      );
      if (next.view) {
        view.current = next.view;
        setViewRequest(next.view);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [layers, index, show, open.layers, story.events, withFeatures, staged]);

  const chooseEvent = useCallback(
    (eventId: string) => {
      const event = story.events.find((e) => e.id === eventId);
      if (!event) return;
      returnFocus.current = null;
      withFeatures(event.places, index).then((known) => show(selectFromEvent(event, 'timeline'), known));
    },
    [story.events, index, show, withFeatures],
  );

  const closeDetails = useCallback(() => {
    setSelection(null);
    setActiveEvent(null);
    setSheetTab((tab) => (tab === 'details' ? 'article' : tab));
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, []);

  // Esc closes the details and returns focus to where it was.
  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeDetails();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, closeDetails]);

  const pickFromStaticMap = useCallback(
    (featureId: string) => {
      returnFocus.current = document.activeElement as HTMLElement | null;
      show(selectFromMap(featureId, []), index);
    },
    [show, index],
  );

  // What the static map needs (first picture, no WebGL): the same data, style and camera as the map's.
  const staticProps = {
    layers: layers ?? {},
    storyLayers: open.layers,
    visible,
    nameOrder,
    index,
    defaultFrame: story.meta.defaultFrame,
    // The link's view: the first picture's camera, and the map's when it never drew (no WebGL).
    view: initial.view,
    label: story.meta.mapLabel,
    onPick: pickFromStaticMap,
  };

  const problems = layers ? open.layers.filter((l) => layers[l.id]?.status === 'error').map((l) => l.id) : [];
  const tab = (id: SheetTab, label: string) => (
    <button type="button" aria-pressed={sheetTab === id} onClick={() => setSheetTab(id)}>
      {label}
    </button>
  );

  return (
    <div
      className="app"
      data-sheet-tab={embed ? 'details' : sheetTab}
      data-details-open={selection ? 'true' : undefined}
      data-embed={embed ? 'true' : undefined}
    >
      <nav className="skip-links" aria-label="Skip links">
        <a className="skip-link" href="#article-region">
          Skip to the article
        </a>
        <a className="skip-link" href="#map-region">
          Skip to the map
        </a>
        <a className="skip-link" href="#layers-region" onClick={() => setSheetTab('layers')}>
          Skip to the layers
        </a>
      </nav>
      <header className="app-header">
        {embed ? (
          <p className="embed-title">
            <span>{story.meta.subtitle}</span>{' '}
            <a
              href={siblingUrl(window.location.href, '')}
              target="_blank"
              rel="noopener"
              data-testid="full-viewer-link"
              // The view as it is when clicked (the hash follows the map).
              onClick={(event) => (event.currentTarget.href = siblingUrl(window.location.href, ''))}
            >
              Full viewer and article ↗
            </a>
          </p>
        ) : (
          <>
            <h1 className="app-title">Situation Viewer</h1>
            <p className="app-subtitle" data-testid="source-line">
              {story.meta.subtitle}
            </p>
            <ShareControls title={story.meta.title} />
          </>
        )}
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
          {tab('article', 'Article')}
          {tab('layers', 'Layers and features')}
          {selection && tab('details', 'Details')}
        </nav>
        <section
          className="article-pane"
          id="article-region"
          aria-label="Article"
          tabIndex={-1}
          ref={articlePane}
        >
          {review ? <review.Panel index={index} nameOrder={nameOrder} /> : <FirstUseHint />}
          {story.passages.some((p) => p.focus.length > 0) && (
            <label className="follow-switch">
              <input
                type="checkbox"
                checked={followArticle}
                onChange={(event) => setFollowArticle(event.target.checked)}
                aria-label="Follow the article on the map"
              />
              <span>Follow the article on the map as I scroll</span>
            </label>
          )}
          <ArticlePanel
            markedPassages={selectedEvent?.passages ?? null}
            selectedFeature={selectedLater}
            passageToShow={passageToShow}
            style={style}
            onHover={setHovered}
            onSelectPhrase={selectPhrase}
            onSelect={selectFeature}
            reduceMotion={reduceMotion}
          />
        </section>
        <section className="map-pane" id="map-region" aria-label="Map" tabIndex={-1}>
          {layers && (
            <Suspense fallback={null}>
              <PrintFigure
                {...staticProps}
                printing={printing}
                bounds={extent?.bounds ?? null}
                selected={selection?.featureId ?? null}
                link={window.location.href}
              />
            </Suspense>
          )}
          {!webgl ? (
            <div className="no-webgl-pane">
              {layers && (
                <Suspense fallback={<p className="map-loading">Loading the static map…</p>}>
                  <NoWebglMap {...staticProps} selection={selection} />
                </Suspense>
              )}
              <p className="no-map-note" role="alert" data-testid="no-webgl">
                <strong>A static map:</strong> the interactive map needs WebGL 2, and this browser has no
                WebGL (or it is turned off). Tab to a feature and press Enter for its details.
              </p>
            </div>
          ) : layers ? (
            <>
              <MapErrorBoundary>
                <Suspense fallback={null}>
                  <MapView
                    layers={layers}
                    storyLayers={open.layers}
                    defaultFrame={story.meta.defaultFrame}
                    focusRequest={focusRequest}
                    onExtent={setExtent}
                    label={story.meta.mapLabel}
                    index={index}
                    visible={visible}
                    selection={selection}
                    hovered={hovered}
                    initialView={initial.view}
                    viewRequest={viewRequest}
                    reduceMotion={reduceMotion}
                    nameOrder={nameOrder}
                    onPick={(featureId, alsoHere) => {
                      if (review?.takePick(featureId)) return;
                      returnFocus.current = null;
                      show(selectFromMap(featureId, alsoHere), index);
                    }}
                    onPickNothing={() => selection?.origin === 'map' && closeDetails()}
                    onCannotDraw={() => {
                      setWebgl(false);
                      loadEverything();
                    }}
                    onFirstIdle={() => {
                      setMapDrawn(true);
                      loadEverything();
                    }}
                    onMoveEnd={(v) => {
                      view.current = v;
                      writeUrl();
                    }}
                  />
                </Suspense>
              </MapErrorBoundary>
              {!mapDrawn && (
                <Suspense fallback={null}>
                  <FirstPicture {...staticProps} selected={selection?.featureId ?? null} />
                </Suspense>
              )}
            </>
          ) : (
            <p className="map-loading" role="status">
              Loading the map data…
            </p>
          )}
          <DetailsPanel
            event={selectedEvent}
            selection={selection}
            index={index}
            style={style}
            nameOrder={nameOrder}
            onSwitch={(id) => selection && show(switchTo(selection, id), index)}
            onClose={closeDetails}
            onShowPassage={(id) => {
              appScrolls();
              setSheetTab('article');
              setPassageToShow((prev) => ({ id, n: (prev?.n ?? 0) + 1 }));
            }}
          />
          {webgl && mapDrawn && (
            <Suspense fallback={null}>
              <Locator extent={extent} />
            </Suspense>
          )}
          <Timeline events={story.events} active={activeEvent} onChoose={chooseEvent} />
          {layers && <Attribution layers={layers} />}
        </section>
        <aside
          className="layers-pane"
          id="layers-region"
          aria-label="Layers and features"
          tabIndex={-1}
          data-map-overlay
        >
          <LayerPanel
            layers={layers}
            visible={visible}
            selectedFeature={selectedLater}
            nameOrder={nameOrder}
            onNameOrder={setNameOrder}
            onToggle={(id, on) =>
              setVisible((prev) => {
                const next = new Set(prev);
                if (on) next.add(id);
                else next.delete(id);
                return next;
              })
            }
            onSelect={selectFeature}
          />
        </aside>
      </main>
    </div>
  );
}
