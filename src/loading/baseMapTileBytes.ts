// A base-map tile's bytes, as both renderers read them: the file on the site's own origin (a gzip-
// compressed vector tile, public/basemap/), checked and decompressed with the platform's
// DecompressionStream. The bytes fetched this visit are kept (the last TILES_KEPT tiles), shared by
// MapLibre's tile protocol (src/map/baseMapTiles.ts) and the static map (src/static/): the first
// picture's tiles are the interactive map's first tiles, fetched once; print draws from tiles already
// here, since the browser does not wait for a fetch in `beforeprint`.

/** Why a tile could not be used, in words for the attributions' details. */
export class TileProblem extends Error {}

const GZIP = [0x1f, 0x8b];
/** A vector tile's first byte: field 3 (layers), length-delimited. */
const TILE_LAYERS_FIELD = 0x1a;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Whether the bytes read as the start of an HTML or XML page (after any whitespace). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return head.startsWith('<');
}

async function gunzip(bytes: Uint8Array): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/**
 * A tile file's bytes as a vector tile: decompressed when gzip-compressed (the stored format); as
 * they are when they already are a vector tile (a host that decoded the gzip on the way, sending
 * `Content-Encoding` for it) or empty (no feature). Anything else is a TileProblem.
 */
export async function tileData(bytes: Uint8Array): Promise<ArrayBuffer> {
  if (startsWith(bytes, GZIP)) {
    try {
      return await gunzip(bytes);
    } catch (error) {
      throw new TileProblem(`it is not a complete gzip file (${(error as Error).message})`);
    }
  }
  if (bytes.length === 0 || bytes[0] === TILE_LAYERS_FIELD)
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  if (looksLikeMarkup(bytes)) throw new TileProblem('an HTML page came instead of a tile');
  throw new TileProblem('it is neither a gzip-compressed nor a plain vector tile');
}

/**
 * Fetches a tile file and reads it (tileData); an HTTP error, an HTML page or bytes that are no tile
 * reject with a TileProblem naming `name` and why. An abort rejects with the abort's own error.
 */
export async function fetchTileData(
  url: string,
  name: string,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<ArrayBuffer> {
  const fail = (reason: string): never => {
    throw new TileProblem(`${name}: ${reason}`);
  };
  let response: Response;
  try {
    response = await fetchImpl(url, signal ? { signal } : undefined);
  } catch (error) {
    // MapLibre cancels the tiles it no longer needs (a pan, a zoom): not a problem.
    if (signal?.aborted) throw error;
    return fail(`could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) return fail(`HTTP ${response.status}`);
  const type = response.headers.get('Content-Type') ?? '';
  if (/html/i.test(type)) return fail(`an HTML page came instead of a tile (${type})`);
  try {
    return await tileData(new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail(
      error instanceof TileProblem ? error.message : `could not be read (${(error as Error).message})`,
    );
  }
}

/** How many tiles' bytes are kept (a few screens' worth at any zoom: about 3 MB at most). */
export const TILES_KEPT = 192;
const kept = new Map<string, Promise<ArrayBuffer>>();
/** The kept tiles whose bytes have come, readable at once (print cannot wait for a promise). */
const arrived = new Map<string, ArrayBuffer>();

/** A kept tile's bytes if they have come, at once; never detached. */
export function arrivedTile(url: string): ArrayBuffer | undefined {
  return arrived.get(url);
}

/** The bytes of a tile fetched (or being fetched) this visit, or undefined. Never detached: copy before transferring. */
export function keptTile(url: string): Promise<ArrayBuffer> | undefined {
  const found = kept.get(url);
  if (found) {
    // Most recently used last.
    kept.delete(url);
    kept.set(url, found);
  }
  return found;
}

/** Keeps a tile's bytes for the other renderer (forgotten if they fail). */
export function keepTile(url: string, data: Promise<ArrayBuffer>): void {
  kept.set(url, data);
  data.then(
    (bytes) => kept.get(url) === data && arrived.set(url, bytes),
    () => kept.get(url) === data && kept.delete(url),
  );
  while (kept.size > TILES_KEPT) {
    const oldest = kept.keys().next().value!;
    kept.delete(oldest);
    arrived.delete(oldest);
  }
}

/** A tile's bytes: the kept ones, or fetched once and kept. */
export function loadTile(url: string, name: string, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  const found = keptTile(url);
  if (found) return found;
  const data = fetchTileData(url, name, fetchImpl);
  keepTile(url, data);
  return data;
}
