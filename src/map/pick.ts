// Which feature a click or tap means: pure rules, applied to what the map found near the pointer.
// - A label, point or line within the tolerance (≈ 6 px with a mouse, 12 px by touch) wins over any
//   area under the pointer; among them the nearest wins (to the pixel), then a point over a label over
//   a line, then the one drawn on top.
// - Among areas under the pointer, the smallest wins (a municipality over northern Kosovo over Kosovo).
// The rest are kept in order, so the details can offer "also here" to switch to one of them.

import type { PickKind } from '../cartography/mapStyle';

export type { PickKind };

export interface PickCandidate {
  featureId: string;
  kind: PickKind;
  /** Screen distance from the pointer, px (0 for a label box or an area under the pointer). */
  distancePx: number;
  /** Size of an area, to prefer the smallest; null for points and lines. */
  areaKm2: number | null;
  /** Drawing order of its style layer, top first (0 = drawn on top). */
  order: number;
}

export const MOUSE_TOLERANCE_PX = 6;
export const TOUCH_TOLERANCE_PX = 12;

const NEAR_KINDS: readonly PickKind[] = ['label', 'point', 'line'];
/** At the same distance, a point's marker beats a label drawn over it, and a label beats a line. */
const KIND_RANK: Record<PickKind, number> = { point: 0, label: 1, line: 2, area: 3 };

/** Feature ids in the order the rules rank them, each once: the first is the pick. */
export function rankPicks(candidates: readonly PickCandidate[], tolerancePx: number): string[] {
  const near = candidates
    .filter((c) => NEAR_KINDS.includes(c.kind) && c.distancePx <= tolerancePx)
    // Within a pixel counts as equally near (coinciding lines differ only by rounding, a pointer
    // lands on whole pixels): then a point over a label over a line, then the one drawn on top.
    .sort((a, b) =>
      Math.abs(a.distancePx - b.distancePx) >= 1
        ? a.distancePx - b.distancePx
        : KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.order - b.order,
    );
  const areas = candidates
    .filter((c) => c.kind === 'area' && c.distancePx === 0)
    .sort(
      (a, b) =>
        (a.areaKm2 ?? Number.POSITIVE_INFINITY) - (b.areaKm2 ?? Number.POSITIVE_INFINITY) ||
        a.order - b.order,
    );
  return [...new Set([...near, ...areas].map((c) => c.featureId))];
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/** Distance from a point to a polyline, both in screen pixels. */
export function distanceToPolyline(p: ScreenPoint, line: readonly ScreenPoint[]): number {
  if (line.length === 0) return Number.POSITIVE_INFINITY;
  if (line.length === 1) return Math.hypot(p.x - line[0].x, p.y - line[0].y);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
    best = Math.min(best, Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
  }
  return best;
}
