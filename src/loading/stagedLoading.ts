// Start-up in two stages: the layers of the first picture (every situation layer and the base
// context), then the ground context (the registry's `afterFirstIdle` layers) once the map is first
// idle, or at once when a link, a phrase or an event asks for one of their features. Each stage is
// fetched once; the result is always in the story's drawing order, with `loading` for what has not
// arrived.
import type { ActiveLayer } from '../cartography/storyLayers';
import type { LayerLoad, LoadedLayers } from '../domain/featureIndex';

export type LayerLoader = (layers: readonly ActiveLayer[]) => Promise<LoadedLayers>;

export interface StagedLayers {
  /** The first picture's layers loaded; the others `loading`. */
  first(): Promise<LoadedLayers>;
  /** Every layer loaded (the first stage too, if it had not been asked for). */
  all(): Promise<LoadedLayers>;
  /** Whether some layer has not arrived yet (asked for or not). */
  pending(): boolean;
}

export function stageLayers(layers: readonly ActiveLayer[], load: LayerLoader): StagedLayers {
  const early = layers.filter((l) => !l.loadsAfterFirstIdle);
  const late = layers.filter((l) => l.loadsAfterFirstIdle);
  const inOrder = (...parts: LoadedLayers[]): LoadedLayers => {
    const loaded: LoadedLayers = Object.assign({}, ...parts);
    return Object.fromEntries(
      layers.map((l) => [l.id, loaded[l.id] ?? ({ status: 'loading' } satisfies LayerLoad)]),
    );
  };
  let first: Promise<LoadedLayers> | null = null;
  let all: Promise<LoadedLayers> | null = null;
  let lateArrived = late.length === 0;
  const staged: StagedLayers = {
    first: () => (first ??= load(early).then((loaded) => inOrder(loaded))),
    // With no ground context (a story of towns only), the first stage is everything: the same result,
    // so the viewer's second update changes nothing and is no update (the map would otherwise be told
    // its data changed, wait for a redraw that never comes, and never say it is idle again).
    all: () =>
      (all ??= late.length
        ? Promise.all([staged.first(), load(late)]).then(([a, b]) => {
            lateArrived = true;
            return inOrder(a, b);
          })
        : staged.first()),
    pending: () => !lateArrived,
  };
  return staged;
}
