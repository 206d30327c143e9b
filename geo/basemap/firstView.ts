// The tiles the first view asks for: a viewport of the given size, centred on the region's frame, at a
// zoom about the one the viewer fits it to (8.5–9.5 at 1280×800). MapLibre draws a 512-px vector tile
// at zoom floor(zoom) and also fetches the tiles four zooms up (its prefetchZoomDelta), so both count.
import type { TilePosition } from '../osm/rawTiles';
import { mercatorX, mercatorY, type Bounds } from './coverage';

export const PREFETCH_ZOOM_DELTA = 4;

export function viewTiles(
  [west, south, east, north]: Bounds,
  zoom: number,
  size: { width: number; height: number },
): TilePosition[] {
  const cx = (mercatorX(west) + mercatorX(east)) / 2;
  const cy = (mercatorY(north) + mercatorY(south)) / 2;
  const worldPx = 512 * 2 ** zoom;
  const out: TilePosition[] = [];
  for (const z of [Math.floor(zoom), Math.max(0, Math.floor(zoom) - PREFETCH_ZOOM_DELTA)]) {
    const n = 2 ** z;
    const x0 = Math.floor((cx - size.width / 2 / worldPx) * n);
    const x1 = Math.floor((cx + size.width / 2 / worldPx) * n);
    const y0 = Math.floor((cy - size.height / 2 / worldPx) * n);
    const y1 = Math.floor((cy + size.height / 2 / worldPx) * n);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push({ z, x, y });
  }
  return out;
}
