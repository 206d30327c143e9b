// The viewer of one story, as layout: article beside the map, layers and features panel, details
// panel, timeline. Its state is the open story's store (src/state/store.ts, given by the router):
// each panel selects what it shows and dispatches what the reader does. Here the effects that follow
// the store start (the layers' loading, the URL), and the desk, when the story is open for review,
// takes the first-use hint's place above the article.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createCameraPort } from '../state/cameraPort';
import { followLayerLoading } from '../state/layerLoading';
import { followUrl } from '../state/url';
import { useStore, useStoryStore } from '../state/useStore';
import type { SheetTab } from '../state/viewerState';
import { ArticlePanel, type ArticleHandle } from './ArticlePanel';
import { LayerPanel } from './LayerPanel';
import { DetailsPanel } from './DetailsPanel';
import { Attribution } from './Attribution';
import { FirstUseHint } from './FirstUseHint';
import { Timeline } from './Timeline';
import { AppHeader } from './AppHeader';
import { MapLocator, MapPane } from './MapPane';
import { useFollowArticle } from './useFollowArticle';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { afterFirstPaint } from '../hooks/afterFirstPaint';
import { importMapCode, locatorChunk } from './mapChunks';
import { closeDetails } from './closeDetails';

/** The locator's countries: the map counts as drawn once the locator can stand in its corner. */
const locatorReady = () =>
  locatorChunk
    .load()
    .then((m) => (m.initiallyOpen() ? m.locatorData() : null))
    .catch(() => null);

/**
 * `embed`: the compact viewer of embed.html (map, details, attributions, a link to the full viewer).
 * `desk`: the editor's desk (src/desk/), when the story is open for review.
 */
export function App({ embed = false, desk = null }: { embed?: boolean; desk?: ReactNode }) {
  const store = useStoryStore();
  const [camera] = useState(createCameraPort);
  const [follow, setFollow] = useState(true);
  const articlePane = useRef<HTMLElement>(null);
  const article = useRef<ArticleHandle>(null);
  const passages = useStore((s) => s.bundle.story.passages);
  // "Follow the article" frames the passage being read, straight through the camera (no render).
  const { appScrolls } = useFollowArticle({
    pane: articlePane,
    passages,
    enabled: follow,
    frame: camera.frame,
    store,
  });
  const reduceMotion = usePrefersReducedMotion();
  const sheetTab = useStore((s) => s.viewer.sheetTab);
  const detailsOpen = useStore((s) => s.viewer.selection.kind !== 'none');
  const picking = useStore((s) => s.desk?.armed != null);

  // The effects that follow the store: the layers' loading and the URL.
  useEffect(() => {
    const stopLoading = followLayerLoading(store, {
      baseUrl: import.meta.env.BASE_URL,
      alsoForEverything: locatorReady,
    });
    const stopUrl = followUrl(store, camera);
    return () => {
      stopLoading();
      stopUrl();
    };
  }, [store, camera]);

  // Once the article has painted: the map code, the loader and the layers, in parallel. Not before:
  // they would compete with the article for the network and the main thread.
  useEffect(
    () =>
      afterFirstPaint(() => {
        importMapCode();
        store.dispatch({ type: 'articlePainted' });
      }),
    [store],
  );

  // Esc closes the details and returns focus to where it was.
  useEffect(() => {
    if (!detailsOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeDetails(store);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detailsOpen, store]);

  const showTab = (tab: SheetTab) => store.dispatch({ type: 'tab', tab });
  const tab = (id: SheetTab, label: string) => (
    <button type="button" aria-pressed={sheetTab === id} onClick={() => showTab(id)}>
      {label}
    </button>
  );

  return (
    <div
      className="app"
      data-sheet-tab={embed ? 'details' : sheetTab}
      data-details-open={detailsOpen ? 'true' : undefined}
      data-embed={embed ? 'true' : undefined}
      // The map waits for the editor's click (the desk's "Pick on map").
      data-review-picking={picking ? 'true' : undefined}
    >
      <nav className="skip-links" aria-label="Skip links">
        <a className="skip-link" href="#article-region">
          Skip to the article
        </a>
        <a className="skip-link" href="#map-region">
          Skip to the map
        </a>
        <a className="skip-link" href="#layers-region" onClick={() => showTab('layers')}>
          Skip to the layers
        </a>
      </nav>
      <AppHeader embed={embed} />
      <main className="app-body">
        <nav className="sheet-tabs" aria-label="Panels">
          {tab('article', 'Article')}
          {tab('layers', 'Layers and features')}
          {detailsOpen && tab('details', 'Details')}
        </nav>
        <section
          className="article-pane"
          id="article-region"
          aria-label="Article"
          tabIndex={-1}
          ref={articlePane}
        >
          {desk ?? <FirstUseHint />}
          {passages.some((p) => p.focus.length > 0) && (
            <label className="follow-switch">
              <input
                type="checkbox"
                checked={follow}
                onChange={(event) => setFollow(event.target.checked)}
                aria-label="Follow the article on the map"
              />
              <span>Follow the article on the map as I scroll</span>
            </label>
          )}
          <ArticlePanel ref={article} reduceMotion={reduceMotion} />
        </section>
        <section className="map-pane" id="map-region" aria-label="Map" tabIndex={-1}>
          <MapPane camera={camera} />
          <DetailsPanel
            onShowPassage={(id) => {
              appScrolls();
              flushSync(() => showTab('article'));
              article.current?.showPassage(id);
            }}
          />
          <MapLocator />
          <Timeline />
          <Attribution />
        </section>
        <aside
          className="layers-pane"
          id="layers-region"
          aria-label="Layers and features"
          tabIndex={-1}
          data-map-overlay
        >
          <LayerPanel />
        </aside>
      </main>
    </div>
  );
}
