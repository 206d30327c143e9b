// What the map shows, as the map reports it to the store (facts, never functions to call back): its
// bounds, its frame and what it framed on the page, and for each corner where an inset (the locator)
// may stand whether a situation feature is drawn there. The corners are tried in this order: bottom
// left first (above the scale bar), then bottom right, top left (below the zoom buttons), top right.
// Pure.
import type { Rect } from './camera';

export type { Rect };

export interface MapExtent {
  bounds: [number, number, number, number];
  /** The map's frame on the page (CSS px). */
  frame: Rect;
  /** Where the places the camera last framed are on the page (their bounding box), if any. */
  framed: Rect | null;
  /** For each corner, at the inset's size: a situation feature is drawn there (null: no size asked yet). */
  situationAt: Record<Corner, boolean> | null;
}

export const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];

const MARGIN = 8;
/** Room left for MapLibre's scale bar (bottom left) and zoom buttons (top left). */
const SCALE_ROOM = 34;
const ZOOM_ROOM = 80;

/** Each corner's box for an inset of this size, in the map's frame (page coordinates). */
export function cornerBoxes(map: Rect, { w, h }: { w: number; h: number }): Record<Corner, Rect> {
  const box = (left: number, top: number): Rect => ({ left, top, right: left + w, bottom: top + h });
  return {
    'bottom-left': box(map.left + MARGIN, map.bottom - h - SCALE_ROOM),
    'bottom-right': box(map.right - w - MARGIN, map.bottom - h - MARGIN),
    'top-left': box(map.left + MARGIN, map.top + ZOOM_ROOM),
    'top-right': box(map.right - w - MARGIN, map.top + MARGIN),
  };
}

export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
