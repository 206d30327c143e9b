// locator.json validated in the browser: a chunk of its own with zod, fetched only when the file is not
// the one the build validated (src/loading/loadLocator.ts).
import { describeSchemaError } from '../domain/schema';
import { locatorFileSchema } from '../domain/locatorSchema';
import type { LocatorFile } from '../domain/locatorSchema';

/** The locator's countries, validated, or the reason they cannot be used. */
export type LocatorLoad = { ok: true; file: LocatorFile } | { ok: false; message: string };

export function validateLocator(file: string, json: unknown): LocatorLoad {
  const parsed = locatorFileSchema.safeParse(json);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, message: `${file} does not match its schema: ${describeSchemaError(parsed.error)}` };
}
