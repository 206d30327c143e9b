// The camera both maps share: Web Mercator with 512-px tiles, as MapLibre's. d3-geo's Mercator at
// scale 512·2^z/2π, centred on the camera, puts every point where MapLibre puts it, so the static
// map (first paint, no WebGL, print) and the interactive map line up to the pixel.
import { geoMercator, type GeoProjection } from 'd3-geo';

/** A box on the page (CSS px). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const TILE = 512;
/** Web Mercator in [0, 1], x eastwards and y southwards, as MapLibre's. */
export const mercatorX = (lon: number) => (lon + 180) / 360;
export const mercatorY = (lat: number) =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
export const lonOf = (x: number) => x * 360 - 180;
export const latOf = (y: number) =>
  (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

/** The projection of a camera for a canvas of this size (CSS pixels, origin at the top left). */
export function projectionFor(camera: Camera, size: Size): GeoProjection {
  return (
    geoMercator()
      .scale((TILE * 2 ** camera.zoom) / (2 * Math.PI))
      .center([camera.lon, camera.lat])
      .translate([size.width / 2, size.height / 2])
      // No adaptive resampling: MapLibre draws straight segments between projected vertices too.
      .precision(0)
  );
}

/**
 * The camera that fits [west, south, east, north] in the canvas inside the padding, centred in the
 * padded area (as MapLibre's cameraForBounds), capped at maxZoom.
 */
export function cameraForBounds(
  [west, south, east, north]: [number, number, number, number],
  size: Size,
  padding: Padding,
  maxZoom = 16,
): Camera {
  const [x0, x1] = [mercatorX(west), mercatorX(east)];
  const [y0, y1] = [mercatorY(north), mercatorY(south)];
  const inner = {
    width: Math.max(1, size.width - padding.left - padding.right),
    height: Math.max(1, size.height - padding.top - padding.bottom),
  };
  const zoom = Math.min(
    maxZoom,
    Math.log2(Math.min(inner.width / (x1 - x0), inner.height / (y1 - y0)) / TILE),
  );
  const world = TILE * 2 ** zoom;
  // The bounds' centre sits at the padded area's centre; the camera is the canvas centre.
  const shift = { x: (padding.left - padding.right) / 2, y: (padding.top - padding.bottom) / 2 };
  const cx = (x0 + x1) / 2 - shift.x / world;
  const cy = (y0 + y1) / 2 - shift.y / world;
  return { lon: lonOf(cx), lat: latOf(cy), zoom };
}

/** Metres per CSS pixel at a latitude and zoom (for the scale bar). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
}

/** Room left around a story's default frame: the zoom buttons stand on the left. */
export const DEFAULT_FRAME_PADDING: Padding = { top: 16, bottom: 16, left: 56, right: 16 };

/** The camera a story opens at: the link's view, or its default frame fitted to the canvas. */
export function openingCamera(
  view: Camera | null,
  defaultFrame: [number, number, number, number],
  size: Size,
): Camera {
  return view ?? cameraForBounds(defaultFrame, size, DEFAULT_FRAME_PADDING);
}
