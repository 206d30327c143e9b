// The layers' loading, as an effect of the open story's store: the first stage once the article has
// painted (`painted`), every layer when a choice waits for a feature not loaded yet (`waiting`) and
// once the map has drawn or cannot draw (then with what the map counts as drawn, the locator's
// data). Each stage is asked for once (stagedLoading.ts); what arrives is reported as `layersLoaded`.
import { loadLayersLazily } from '../loading/loadLayersLazily';
import { stageLayers } from '../loading/stagedLoading';
import { shownStory } from './shown';
import type { StoryStore } from './store';

export function followLayerLoading(
  store: StoryStore,
  options: {
    baseUrl: string;
    /** What loading every layer also waits for (the locator's countries). */
    alsoForEverything: () => Promise<unknown>;
  },
): () => void {
  const state = store.getState();
  // The story's own places as the bundle has them (at the desk, none yet is a layer of none): the
  // desk's added places join them in shown.ts.
  const places = state.desk ? (state.bundle.story.places ?? []) : state.bundle.story.places;
  const staged = stageLayers(shownStory(state).layers, (ls) => loadLayersLazily(ls, places, options.baseUrl));
  let stopped = false;
  const report = (complete: () => boolean) => (loaded: Awaited<ReturnType<typeof staged.first>>) => {
    if (!stopped) store.dispatch({ type: 'layersLoaded', layers: loaded, complete: complete() });
  };
  const asked = { first: false, all: false, everything: false };
  const follow = () => {
    const { viewer } = store.getState();
    if (viewer.painted && !asked.first) {
      asked.first = true;
      void staged.first().then(report(() => !staged.pending()));
    }
    if (viewer.waiting && viewer.layers && !viewer.layersComplete && !asked.all) {
      asked.all = true;
      void staged.all().then(report(() => true));
    }
    if ((viewer.mapDrawn || !viewer.webgl) && !asked.everything) {
      asked.everything = true;
      void Promise.all([staged.all(), options.alsoForEverything()]).then(([loaded]) =>
        report(() => true)(loaded),
      );
    }
  };
  follow();
  const unsubscribe = store.subscribe(follow);
  return () => {
    stopped = true;
    unsubscribe();
  };
}
