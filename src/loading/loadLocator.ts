// The locator's countries (locator.json), validated; fetched with the ground context, after the map's
// first idle (src/ui/Locator.tsx).
import { describeSchemaError } from '../domain/schema';
import { locatorFileSchema, type LocatorFile } from '../domain/locatorSchema';

/** The locator's countries, validated; null with the reason when it cannot be used. */
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
