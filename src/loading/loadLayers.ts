// Loading the layer files: each is fetched and validated on its own, so a missing, truncated or
// invalid file is reported by name while every other layer keeps working.
import type { ActiveLayer } from '../cartography/storyLayers';
import type { SituationFeature } from '../domain/schema';
import { describeSchemaError, layerFileSchema } from '../domain/schema';
import { locatorFileSchema, type LocatorFile } from '../domain/locatorSchema';
import type { LayerLoad, LoadedLayers } from '../domain/featureIndex';

export async function loadLayer(
  file: string,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LayerLoad> {
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl}data/${file}`);
  } catch (error) {
    return { status: 'error', message: `${file} could not be fetched (${(error as Error).message})` };
  }
  if (!response.ok) return { status: 'error', message: `${file} is missing (HTTP ${response.status})` };
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    return { status: 'error', message: `${file} is not valid JSON (truncated or corrupt)` };
  }
  const parsed = layerFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      status: 'error',
      message: `${file} does not match the layer schema: ${describeSchemaError(parsed.error)}`,
    };
  return { status: 'ok', features: parsed.data.features };
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

/** The locator's countries (locator.json), validated; null with the reason when it cannot be used. */
export async function loadLocator(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; file: LocatorFile } | { ok: false; message: string }> {
  try {
    const response = await fetchImpl(`${baseUrl}data/locator.json`);
    if (!response.ok) return { ok: false, message: `locator.json is missing (HTTP ${response.status})` };
    const parsed = locatorFileSchema.safeParse(await response.json());
    return parsed.success
      ? { ok: true, file: parsed.data }
      : {
          ok: false,
          message: `locator.json does not match its schema: ${describeSchemaError(parsed.error)}`,
        };
  } catch (error) {
    return { ok: false, message: `locator.json could not be read (${(error as Error).message})` };
  }
}
