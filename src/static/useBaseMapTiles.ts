// The base map's tiles for a static map in the page: those of its camera (vectorTiles.ts), fetched
// from the site's own origin through the bytes both renderers share (src/loading/baseMapTileBytes.ts)
// and decoded once each. The static map draws the story at once and the base map as its tiles arrive
// (the first picture, the map without WebGL); print, which cannot wait for a fetch, draws from the
// tiles already decoded (tilesAtHand), and the tiles of the print camera are fetched ahead while the
// reader looks at the screen (prefetchTiles).
import { useEffect, useMemo, useState } from 'react';
import type { BaseMap } from '../region/schema';
import type { Camera, Size } from '../camera/camera';
import { arrivedTile, loadTile } from '../loading/baseMapTileBytes';
import { decodeTile, gatherTiles, tilesOfView, type BaseMapFeatures, type TileAddress } from './vectorTiles';
import type { TileFeatures } from './vectorTiles';

/** The decoded tiles kept (by URL), most recently used last: a few views' worth. */
const DECODED_KEPT = 96;
const decoded = new Map<string, TileFeatures>();

const urlOf = (address: TileAddress) => `${import.meta.env.BASE_URL}${address.path.replace(/^\/+/, '')}`;

function remember(url: string, features: TileFeatures) {
  decoded.delete(url);
  decoded.set(url, features);
  while (decoded.size > DECODED_KEPT) decoded.delete(decoded.keys().next().value!);
}

/** Fetches and decodes a tile unless it is decoded already; rejects with the tile's problem. */
async function tileFeatures(address: TileAddress): Promise<TileFeatures> {
  const url = urlOf(address);
  const found = decoded.get(url);
  if (found) return found;
  const features = decodeTile(await loadTile(url, address.path), address);
  remember(url, features);
  return features;
}

/**
 * The view's tiles at hand, gathered for the static map: those decoded, and those whose bytes have
 * come (the interactive map's, fetched through its protocol) decoded now. What print can draw at once.
 */
export function tilesAtHand(baseMap: BaseMap, camera: Camera, size: Size): BaseMapFeatures {
  return gatherTiles(
    tilesOfView(baseMap, camera, size).flatMap((address) => {
      const url = urlOf(address);
      let features = decoded.get(url);
      const bytes = features ? undefined : arrivedTile(url);
      if (bytes) remember(url, (features = decodeTile(bytes, address)));
      return features ? [{ address, features }] : [];
    }),
  );
}

/** Fetches and decodes the view's tiles ahead (print's camera); a problem is left to the screen's map. */
export function prefetchTiles(baseMap: BaseMap, camera: Camera, size: Size): void {
  for (const address of tilesOfView(baseMap, camera, size)) tileFeatures(address).catch(() => {});
}

/**
 * The base map's features for a static map's camera: those decoded at once, then more as tiles
 * arrive; undefined without a base map (or a camera). A tile that cannot be read is reported once
 * (onProblem, with the tile's name and why); the rest are still drawn.
 */
export function useBaseMapTiles(
  baseMap: BaseMap | undefined,
  camera: Camera | null,
  size: Size | null,
  onProblem?: (message: string) => void,
): BaseMapFeatures | undefined {
  const [arrived, setArrived] = useState(0);
  const addresses = baseMap && camera && size ? tilesOfView(baseMap, camera, size) : [];
  // The tiles asked for, as one value: a new camera object for the same view asks for nothing new.
  const key = addresses.map(urlOf).join(' ');
  useEffect(() => {
    let current = true;
    const missing = addresses.filter((a) => !decoded.has(urlOf(a)));
    if (!missing.length) return;
    // Drawn once when all have come (one new picture, not one per tile); a problem said once.
    Promise.allSettled(missing.map(tileFeatures)).then((results) => {
      if (!current) return;
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) onProblem?.((failed.reason as Error).message);
      setArrived((n) => n + 1);
    });
    return () => {
      current = false;
    };
    // Keyed by the tiles asked for; onProblem: the first one given serves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return useMemo(
    () => (baseMap && camera && size ? tilesAtHand(baseMap, camera, size) : undefined),
    // `arrived`: tiles came; the decoded ones are read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, arrived, baseMap],
  );
}
