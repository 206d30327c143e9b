// The base map's tiles: a folder of gzip-compressed vector tiles on the site itself
// (public/basemap/<source>/{z}/{x}/{y}.pbf, written by `npm run geo`), read through a MapLibre
// protocol (`basemap://<path>`, src/cartography/basemap/) that fetches each file from the page's own
// origin, checks it and decompresses it with the platform's DecompressionStream: a few hundred bytes
// of code where a PMTiles reader would have cost the viewer ~10 kB more before its first picture. No
// server has to send `Content-Encoding` for a stored tile (none does: deploy/headers.ts), so what
// arrives is the file's bytes. A problem (an HTTP error, an HTML page such as a host's fallback, bytes
// that are not a tile) rejects the request with a message naming the tile and why: MapLibre draws
// nothing there and fires an `error` event for the source (MapView: the attribution line then says
// "Base map unavailable", and its details why).
import type { AddProtocolAction } from 'maplibre-gl';
import { BASE_MAP_PROTOCOL } from '../cartography/basemap';

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
 * A tile file's bytes as MapLibre wants them: decompressed when gzip-compressed (the stored format);
 * as they are when they already are a vector tile (a host that decoded the gzip on the way, sending
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
 * The protocol's loader: `basemap:///basemap/north/12/2283/1501.pbf` is fetched as
 * `<base>basemap/north/12/2283/1501.pbf` on the page's own origin (`base`: the site's base path).
 */
export function createTileLoader(
  base: string,
  fetchImpl: typeof fetch = (...a) => fetch(...a),
): AddProtocolAction {
  const prefix = `${BASE_MAP_PROTOCOL}://`;
  const load: AddProtocolAction = async (params, abortController) => {
    const path = params.url.startsWith(prefix) ? params.url.slice(prefix.length) : params.url;
    const url = `${base}${path.replace(/^\/+/, '')}`;
    const fail = (reason: string): never => {
      throw new TileProblem(`${path}: ${reason}`);
    };
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: abortController.signal });
    } catch (error) {
      // MapLibre cancels the tiles it no longer needs (a pan, a zoom): not a problem.
      if (abortController.signal.aborted) throw error;
      return fail(`could not be fetched (${(error as Error).message})`);
    }
    if (!response.ok) return fail(`HTTP ${response.status}`);
    const type = response.headers.get('Content-Type') ?? '';
    if (/html/i.test(type)) return fail(`an HTML page came instead of a tile (${type})`);
    try {
      return { data: await tileData(new Uint8Array(await response.arrayBuffer())) };
    } catch (error) {
      if (abortController.signal.aborted) throw error;
      return fail(
        error instanceof TileProblem ? error.message : `could not be read (${(error as Error).message})`,
      );
    }
  };
  return load;
}
