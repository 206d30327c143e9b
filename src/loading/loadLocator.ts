// The locator's countries (locator.json), fetched with the ground context, after the map's first idle
// (src/ui/Locator.tsx). Loaded like the layer files (loadLayers.ts): bytes the build validated are used
// as they are; any other bytes are validated with the schema (validateLocator.ts, fetched with zod only
// then), so the ground context brings no zod with it.
import type { LocatorFile } from '../domain/locatorSchema';
import { BUILD_DIGESTS, validatedByTheBuild } from './buildDigests';
import type { LocatorLoad } from './validateLocator';

export type { LocatorLoad };

const FILE = 'locator.json';

/** The locator's countries, validated; the reason when they cannot be used. */
export async function loadLocator(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
  digests: Readonly<Record<string, string>> = BUILD_DIGESTS,
): Promise<LocatorLoad> {
  let bytes: ArrayBuffer;
  let json: unknown;
  try {
    const response = await fetchImpl(`${baseUrl}data/${FILE}`);
    if (!response.ok) return { ok: false, message: `${FILE} is missing (HTTP ${response.status})` };
    bytes = await response.arrayBuffer();
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return { ok: false, message: `${FILE} could not be read (${(error as Error).message})` };
  }
  if (await validatedByTheBuild(bytes, digests[FILE])) return { ok: true, file: json as LocatorFile };
  const { validateLocator } = await import('./validateLocator');
  return validateLocator(FILE, json);
}
