// Framing features near the edge of the region. MapLibre keeps the whole canvas inside the region's
// maxBounds; a fit that leaves room for a panel on the right (the details) can ask for a view past the
// bounds, and MapLibre then slides the map back, and the features with it, under the panel. Here the
// camera is chosen knowing the bounds: the features inside the padded area, the canvas inside the
// bounds. With the full padding if it can, else without the margin around the features; null if not
// even that fits (the caller falls back to a plain fit).
import { latOf, lonOf, mercatorX, mercatorY, TILE, type Camera, type Padding, type Size } from './camera';

type Bbox = [number, number, number, number];

interface Axis {
  /** The features' extent in Mercator units, the bounds' extent, the canvas size in px. */
  f0: number;
  f1: number;
  b0: number;
  b1: number;
  size: number;
  /** Padding before and after, px. */
  p0: number;
  p1: number;
}

/** Mercator units per pixel the axis allows: [least, most], or null. */
function unitsPerPixel({ f0, f1, b0, b1, size, p0, p1 }: Axis): [number, number] | null {
  const inner = size - p0 - p1;
  if (inner <= 0) return null;
  const most = Math.min(
    (b1 - b0) / size,
    p0 > 0 ? (f0 - b0) / p0 : Infinity,
    p1 > 0 ? (b1 - f1) / p1 : Infinity,
  );
  return [(f1 - f0) / inner, most];
}

/** Where the canvas starts on the axis: the features centred in the padded area, within what is allowed. */
function start({ f0, f1, b0, b1, size, p0, p1 }: Axis, u: number): number {
  const centred = (f0 + f1) / 2 - (p0 + (size - p0 - p1) / 2) * u;
  const lo = Math.max(b0, f1 + p1 * u - size * u);
  const hi = Math.min(b1 - size * u, f0 - p0 * u);
  return Math.min(hi, Math.max(lo, centred));
}

function solve(bbox: Bbox, size: Size, padding: Padding, bounds: Bbox, zoom: { min: number; max: number }) {
  const x: Axis = {
    f0: mercatorX(bbox[0]),
    f1: mercatorX(bbox[2]),
    b0: mercatorX(bounds[0]),
    b1: mercatorX(bounds[2]),
    size: size.width,
    p0: padding.left,
    p1: padding.right,
  };
  const y: Axis = {
    f0: mercatorY(bbox[3]),
    f1: mercatorY(bbox[1]),
    b0: mercatorY(bounds[3]),
    b1: mercatorY(bounds[1]),
    size: size.height,
    p0: padding.top,
    p1: padding.bottom,
  };
  const ux = unitsPerPixel(x);
  const uy = unitsPerPixel(y);
  if (!ux || !uy) return null;
  const uOf = (z: number) => 1 / (TILE * 2 ** z);
  // The closest view that shows all the features (capped at the highest framing zoom) ...
  const u = Math.max(ux[0], uy[0], uOf(zoom.max));
  // ... if the bounds and the lowest zoom allow it.
  if (u > Math.min(ux[1], uy[1], uOf(zoom.min)) * (1 + 1e-9)) return null;
  const cx = start(x, u) + (size.width * u) / 2;
  const cy = start(y, u) + (size.height * u) / 2;
  return { lon: lonOf(cx), lat: latOf(cy), zoom: Math.log2(1 / (TILE * u)) };
}

/**
 * The camera that puts `bbox` inside the canvas's padded area while the whole canvas stays inside
 * `bounds`; `margin` (part of the padding on every side) is given up first when both cannot hold.
 */
export function frameWithinBounds(
  bbox: Bbox,
  size: Size,
  padding: Padding,
  margin: number,
  bounds: Bbox,
  zoom: { min: number; max: number },
): Camera | null {
  const less = (v: number) => Math.max(0, v - margin);
  const withoutMargin = {
    top: less(padding.top),
    right: less(padding.right),
    bottom: less(padding.bottom),
    left: less(padding.left),
  };
  return solve(bbox, size, padding, bounds, zoom) ?? solve(bbox, size, withoutMargin, bounds, zoom);
}
