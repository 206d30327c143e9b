// Loading the layer files: each is fetched and checked on its own, so a missing, truncated or invalid
// file is reported by name while every other layer keeps working. A file whose bytes are those the
// build validated (scripts/build/layerDigests.ts: same SHA-256) is used as it is; any other is validated
// here with the layer schema (validateLayer.ts, fetched with zod only then).
import type { ActiveLayer } from '../cartography/storyLayers';
import type { SituationFeature } from '../domain/schema';
import type { LayerLoad, LoadedLayers } from '../domain/featureIndex';
import { BUILD_DIGESTS, validatedByTheBuild } from './buildDigests';

export async function loadLayer(
  file: string,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
  digests: Readonly<Record<string, string>> = BUILD_DIGESTS,
): Promise<LayerLoad> {
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl}data/${file}`);
  } catch (error) {
    return { status: 'error', message: `${file} could not be fetched (${(error as Error).message})` };
  }
  if (!response.ok) return { status: 'error', message: `${file} is missing (HTTP ${response.status})` };
  let bytes: ArrayBuffer;
  let json: unknown;
  try {
    bytes = await response.arrayBuffer();
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { status: 'error', message: `${file} is not valid JSON (truncated or corrupt)` };
  }
  if (await validatedByTheBuild(bytes, digests[file]))
    return { status: 'ok', features: (json as { features: SituationFeature[] }).features };
  const { validateLayerFile } = await import('./validateLayer');
  return validateLayerFile(file, json);
}

/**
 * Every layer the story shows: the shipped files fetched, the story's own places (validated when the
 * bundle was built) as they are.
 */
export async function loadAllLayers(
  layers: readonly ActiveLayer[],
  storyPlaces: SituationFeature[] | null,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadedLayers> {
  const loads = await Promise.all(
    layers.map((l): Promise<LayerLoad> | LayerLoad =>
      l.file !== 'story'
        ? loadLayer(l.file, baseUrl, fetchImpl)
        : storyPlaces
          ? { status: 'ok', features: storyPlaces }
          : { status: 'error', message: "the story's places.geojson is missing" },
    ),
  );
  return Object.fromEntries(layers.map((l, i) => [l.id, loads[i]]));
}
