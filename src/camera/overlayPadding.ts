// How much of the map each overlay (the details panel, the layers panel, the controls) covers, as the
// padding a camera move must leave so that framed features stay visible and uncovered.

import type { Padding, Rect } from './camera';

export type { Padding, Rect };

/**
 * Each overlay over the map pushes the padding on the side where avoiding it costs least: a panel
 * docked on the right pushes the right padding, a button row at the top the top padding, a bar along
 * the bottom the bottom padding. `margin` is the room always left around framed features.
 */
export function paddingForOverlays(map: Rect, overlays: readonly Rect[], margin: number): Padding {
  const padding: Padding = { top: margin, bottom: margin, left: margin, right: margin };
  for (const o of overlays) {
    const left = Math.max(o.left, map.left);
    const right = Math.min(o.right, map.right);
    const top = Math.max(o.top, map.top);
    const bottom = Math.min(o.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    const cost: [keyof Padding, number][] = [
      ['top', bottom - map.top],
      ['bottom', map.bottom - top],
      ['left', right - map.left],
      ['right', map.right - left],
    ];
    const [side, value] = cost.reduce((best, c) => (c[1] < best[1] ? c : best));
    padding[side] = Math.max(padding[side], value + margin);
  }
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  // Never more than the map can give: keep at least a third of each dimension for the features.
  const shrink = (a: number, b: number, size: number) => {
    const room = size / 3;
    const excess = a + b - (size - room);
    return excess > 0 ? [a - (excess * a) / (a + b), b - (excess * b) / (a + b)] : [a, b];
  };
  [padding.left, padding.right] = shrink(padding.left, padding.right, width);
  [padding.top, padding.bottom] = shrink(padding.top, padding.bottom, height);
  return padding;
}

/** Room always left around framed features, px. */
export const FRAME_MARGIN = 24;

/**
 * The camera padding that keeps framed features out from under the overlays: every element marked
 * `data-map-overlay` and MapLibre's own controls.
 */
export function uncoveredPadding(container: HTMLElement): Padding {
  const rectOf = (el: Element) => el.getBoundingClientRect();
  const overlays = [
    ...document.querySelectorAll('[data-map-overlay]'),
    ...container.querySelectorAll('.maplibregl-ctrl, .static-zoom'),
  ]
    .filter((el) => (el as HTMLElement).offsetParent !== null)
    .map(rectOf);
  return paddingForOverlays(rectOf(container), overlays, FRAME_MARGIN);
}
