// Loading the layer files: each is fetched and validated on its own, so a missing, truncated or
// invalid file is reported by name while every other layer keeps working.
import { LAYER_IDS, LAYERS, type LayerId } from './layers';
import { describeSchemaError, layerFileSchema } from './schema';
import type { LayerLoad, LoadedLayers } from './featureIndex';

export async function loadLayer(
  id: LayerId,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LayerLoad> {
  const file = LAYERS[id].file;
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

export async function loadAllLayers(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<LoadedLayers> {
  const loads = await Promise.all(LAYER_IDS.map((id) => loadLayer(id, baseUrl, fetchImpl)));
  return Object.fromEntries(LAYER_IDS.map((id, i) => [id, loads[i]])) as LoadedLayers;
}
