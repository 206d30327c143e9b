// The layer loader, with its zod schemas, is a chunk of its own, fetched when the layers are.
import { LAYER_IDS } from './layers';
import type { LoadedLayers } from './featureIndex';

/** Fetches the loader, then every layer. Never rejects: if the loader itself fails to arrive, every layer says so. */
export function loadLayersLazily(baseUrl: string): Promise<LoadedLayers> {
  return import('./loadLayers')
    .then(({ loadAllLayers }) => loadAllLayers(baseUrl))
    .catch((error: Error) => {
      const message = `the layer loader could not be loaded (${error.message})`;
      return Object.fromEntries(LAYER_IDS.map((id) => [id, { status: 'error', message }])) as LoadedLayers;
    });
}
