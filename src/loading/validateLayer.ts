// A layer file the build did not validate (or not in these bytes), validated in the browser with the
// layer schema: a chunk of its own with zod, fetched only for such a file (src/loading/loadLayers.ts).
import { describeSchemaError, layerFileSchema } from '../domain/schema';
import type { LayerLoad } from '../domain/featureIndex';

export function validateLayerFile(file: string, json: unknown): LayerLoad {
  const parsed = layerFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      status: 'error',
      message: `${file} does not match the layer schema: ${describeSchemaError(parsed.error)}`,
    };
  return { status: 'ok', features: parsed.data.features };
}
