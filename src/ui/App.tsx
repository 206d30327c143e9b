// The viewer of one story, as layout: article beside the map, layers and features panel, details
// panel, timeline. Its state and verbs are one store (src/state/useViewer.ts), read below through
// ViewerContext; what a selection does to the camera and the focus is decided there.
import { useCallback, useContext, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStory } from '../state/storyContext';
import { ReviewContext } from '../state/reviewContext';
import { useViewer } from '../state/useViewer';
import { createCameraPort } from '../state/cameraPort';
import { ViewerContext } from '../state/viewerContext';
import { selectedFeatureOf } from '../state/selection';
import type { SheetTab } from '../state/viewerState';
import { ArticlePanel, type ArticleHandle } from './ArticlePanel';
import { LayerPanel } from './LayerPanel';
import { DetailsPanel } from './DetailsPanel';
import { Attribution } from './Attribution';
import { FirstUseHint } from './FirstUseHint';
import { layerStyleLookup } from './layerLookup';
import { Timeline } from './Timeline';
import { AppHeader } from './AppHeader';
import { MapLocator, MapPane } from './MapPane';
import { useFollowArticle } from './useFollowArticle';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { afterFirstPaint } from '../hooks/afterFirstPaint';
import { importMapCode } from './mapChunks';

/** `embed`: the compact viewer of embed.html (map, details, attributions, a link to the full viewer). */
export function App({ embed = false }: { embed?: boolean }) {
  const open = useStory();
  const { story } = open;
  const review = useContext(ReviewContext);
  const [camera] = useState(createCameraPort);
  const [follow, setFollow] = useState(true);
  const articlePane = useRef<HTMLElement>(null);
  // "Follow the article" frames the passage being read, straight through the camera (no render).
  const { appScrolls } = useFollowArticle({
    pane: articlePane,
    passages: story.passages,
    enabled: follow,
    onFocus: camera.frame,
  });
  const viewer = useViewer(open, { embed, review, camera, appScrolls });
  // In review a phrase opens its card at the desk (focus goes there) and shows its places on the map.
  const selectPhrase = useCallback<typeof viewer.verbs.selectPhrase>(
    (phrase, from) => {
      if (review?.openPhrase(phrase.passageId, phrase.text, phrase.features))
        viewer.verbs.hover(phrase.features);
      else viewer.verbs.selectPhrase(phrase, from);
    },
    [review, viewer.verbs],
  );
  const { state, index, verbs } = viewer;
  const { selection } = state;
  const reduceMotion = usePrefersReducedMotion();
  const article = useRef<ArticleHandle>(null);
  // The details first; marking the article's passages and the lists' buttons follows in a render of its own.
  const selectedLater = useDeferredValue(selectedFeatureOf(selection));
  const { layer } = open;
  const names = open.story.region.names;
  const style = useMemo(
    () => layerStyleLookup(index, layer, names, state.nameOrder),
    [index, layer, names, state.nameOrder],
  );
  const selectedEvent =
    selection.kind === 'event' ? (story.events.find((e) => e.id === selection.eventId) ?? null) : null;

  // Once the article has painted: the map code, the loader and the layers, in parallel. Not before:
  // they would compete with the article for the network and the main thread.
  const { loadFirstView } = viewer;
  useEffect(
    () =>
      afterFirstPaint(() => {
        importMapCode();
        void loadFirstView();
      }),
    [loadFirstView],
  );

  const tab = (id: SheetTab, label: string) => (
    <button type="button" aria-pressed={state.sheetTab === id} onClick={() => verbs.showTab(id)}>
      {label}
    </button>
  );

  return (
    <ViewerContext.Provider value={viewer}>
      <div
        className="app"
        data-sheet-tab={embed ? 'details' : state.sheetTab}
        data-details-open={selection.kind !== 'none' ? 'true' : undefined}
        data-embed={embed ? 'true' : undefined}
      >
        <nav className="skip-links" aria-label="Skip links">
          <a className="skip-link" href="#article-region">
            Skip to the article
          </a>
          <a className="skip-link" href="#map-region">
            Skip to the map
          </a>
          <a className="skip-link" href="#layers-region" onClick={() => verbs.showTab('layers')}>
            Skip to the layers
          </a>
        </nav>
        <AppHeader embed={embed} />
        <main className="app-body">
          <nav className="sheet-tabs" aria-label="Panels">
            {tab('article', 'Article')}
            {tab('layers', 'Layers and features')}
            {selection.kind !== 'none' && tab('details', 'Details')}
          </nav>
          <section
            className="article-pane"
            id="article-region"
            aria-label="Article"
            tabIndex={-1}
            ref={articlePane}
          >
            {review ? (
              <review.Panel index={index} nameOrder={state.nameOrder} hover={verbs.hover} />
            ) : (
              <FirstUseHint />
            )}
            {story.passages.some((p) => p.focus.length > 0) && (
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
            <ArticlePanel
              ref={article}
              markedPassages={selectedEvent?.passages ?? null}
              selectedFeature={selectedLater}
              style={style}
              onHover={verbs.hover}
              onSelectPhrase={selectPhrase}
              onSelect={verbs.selectFeature}
              reduceMotion={reduceMotion}
            />
          </section>
          <section className="map-pane" id="map-region" aria-label="Map" tabIndex={-1}>
            <MapPane />
            <DetailsPanel
              event={selectedEvent}
              selection={selection}
              index={index}
              style={style}
              nameOrder={state.nameOrder}
              onSwitch={verbs.switchTo}
              onClose={verbs.close}
              onShowPassage={(id) => {
                appScrolls();
                flushSync(() => verbs.showTab('article'));
                article.current?.showPassage(id);
              }}
            />
            <MapLocator />
            <Timeline events={story.events} active={state.activeEvent} onChoose={verbs.chooseEvent} />
            {state.layers && (
              <Attribution
                layers={state.layers}
                baseMapProblem={state.baseMapProblem}
                baseMapDrawn={state.webgl}
              />
            )}
          </section>
          <aside
            className="layers-pane"
            id="layers-region"
            aria-label="Layers and features"
            tabIndex={-1}
            data-map-overlay
          >
            <LayerPanel
              layers={state.layers}
              visible={state.visible}
              selectedFeature={selectedLater}
              nameOrder={state.nameOrder}
              baseMapProblem={state.baseMapProblem}
              onNameOrder={verbs.setNameOrder}
              onToggle={verbs.toggleLayer}
              onSelect={verbs.selectFeature}
            />
          </aside>
        </main>
      </div>
    </ViewerContext.Provider>
  );
}
