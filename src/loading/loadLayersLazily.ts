// The layer loader, with its zod schemas, is a chunk of its own, fetched when the layers are.
import type { ActiveLayer } from '../cartography/storyLayers';
import type { SituationFeature } from '../domain/schema';
import type { LoadedLayers } from '../domain/featureIndex';

/** Fetches the loader, then every layer. Never rejects: if the loader itself fails to arrive, every layer says so. */
export function loadLayersLazily(
  layers: readonly ActiveLayer[],
  storyPlaces: SituationFeature[] | null,
  baseUrl: string,
): Promise<LoadedLayers> {
  return import('./loadLayers')
    .then(({ loadAllLayers }) => loadAllLayers(layers, storyPlaces, baseUrl))
    .catch((error: Error) => {
      const message = `the layer loader could not be loaded (${error.message})`;
      return Object.fromEntries(layers.map((l) => [l.id, { status: 'error', message }])) as LoadedLayers;
    });
}
