// The base map's tiles: a folder of gzip-compressed vector tiles on the site itself
// (public/basemap/<source>/{z}/{x}/{y}.pbf, written by `npm run geo`), read through a MapLibre
// protocol (`basemap://<path>`, src/cartography/basemap/) that fetches each file from the page's own
// origin, checks it and decompresses it with the platform's DecompressionStream
// (src/loading/baseMapTileBytes.ts): a few hundred bytes of code where a PMTiles reader would have
// cost the viewer ~10 kB more before its first picture. No server has to send `Content-Encoding` for
// a stored tile (none does: deploy/headers.ts), so what arrives is the file's bytes. A problem (an
// HTTP error, an HTML page such as a host's fallback, bytes that are not a tile) rejects the request
// with a message naming the tile and why: MapLibre draws nothing there and fires an `error` event for
// the source (MapView: the attribution line then says "Base map unavailable", and its details why).
// A tile the static map has already fetched (the first picture's) is not fetched again, and the
// tiles fetched here are kept for it (print draws from them).
import type { AddProtocolAction } from 'maplibre-gl';
import { BASE_MAP_PROTOCOL } from '../cartography/basemap';
import { fetchTileData, keepTile, keptTile } from '../loading/baseMapTileBytes';

export { TileProblem, tileData } from '../loading/baseMapTileBytes';

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
    // MapLibre hands the bytes to its worker, which detaches them: it gets a copy of the kept ones.
    const kept = keptTile(url);
    if (kept) return { data: (await kept).slice(0) };
    const data = await fetchTileData(url, path, fetchImpl, abortController.signal);
    keepTile(url, Promise.resolve(data.slice(0)));
    return { data };
  };
  return load;
}
