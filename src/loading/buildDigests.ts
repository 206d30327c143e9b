// Whether a file's bytes are those the build validated: `virtual:layer-digests` (scripts/build/
// layerDigests.ts) holds the SHA-256 of each data file whose schema the build ran. Such bytes are used
// as they are, with no schema in the browser (and so no zod fetched); any other bytes are validated.
import layerDigests from 'virtual:layer-digests';

export const BUILD_DIGESTS: Readonly<Record<string, string>> = layerDigests;

/** Whether these bytes have the digest the build recorded for a file it validated. */
export async function validatedByTheBuild(bytes: ArrayBuffer, digest: string | undefined): Promise<boolean> {
  // No digest (a file the build did not validate), or no Web Crypto (a page served over plain http
  // from another host than localhost): the browser validates.
  if (!digest || !globalThis.crypto?.subtle) return false;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('') === digest;
}
