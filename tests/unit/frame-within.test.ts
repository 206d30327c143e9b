// Framing features where the region's maxBounds would shift the camera (MapLibre keeps the whole
// canvas inside maxBounds): the camera is chosen so that the features still land in the part of the
// map no overlay covers, when such a camera exists.
import { describe, expect, it } from 'vitest';
import { projectionFor, type Padding } from '../../src/camera/camera';
import { frameWithinBounds } from '../../src/camera/frameWithin';

const canvas = { width: 850, height: 615 };
const maxBounds: [number, number, number, number] = [17.6, 40.6, 23.9, 45.4];
const kosovo: [number, number, number, number] = [20.01, 41.85, 21.79, 43.27];
// 1280×800 with the details open: the details on the right, the locator at the bottom.
const padding: Padding = { top: 76, bottom: 192, left: 63, right: 412 };
const MARGIN = 24;

function placed(camera: { lon: number; lat: number; zoom: number }, bbox: [number, number, number, number]) {
  const p = projectionFor(camera, canvas);
  const [left, top] = p([bbox[0], bbox[3]])!;
  const [right, bottom] = p([bbox[2], bbox[1]])!;
  return { left, top, right, bottom };
}

describe('framing inside maxBounds', () => {
  it('frames Kosovo beside the details though the east edge of maxBounds is near: nothing under the details', () => {
    const camera = frameWithinBounds(kosovo, canvas, padding, MARGIN, maxBounds, { min: 5.5, max: 13 })!;
    expect(camera).not.toBeNull();
    const r = placed(camera, kosovo);
    expect(r.right).toBeLessThanOrEqual(canvas.width - padding.right + MARGIN + 0.5);
    expect(r.bottom).toBeLessThanOrEqual(canvas.height - padding.bottom + MARGIN + 0.5);
    expect(r.left).toBeGreaterThanOrEqual(padding.left - MARGIN - 0.5);
    expect(r.top).toBeGreaterThanOrEqual(padding.top - MARGIN - 0.5);
    // And MapLibre would not move it: the whole canvas is inside maxBounds.
    const view = placed(camera, maxBounds);
    expect(view.left).toBeLessThanOrEqual(0.5);
    expect(view.top).toBeLessThanOrEqual(0.5);
    expect(view.right).toBeGreaterThanOrEqual(canvas.width - 0.5);
    expect(view.bottom).toBeGreaterThanOrEqual(canvas.height - 0.5);
  });

  it('far from the bounds, it is the plain fit: centred in the padded area', () => {
    const banjska: [number, number, number, number] = [20.77, 42.99, 20.81, 43.01];
    const camera = frameWithinBounds(banjska, canvas, padding, MARGIN, maxBounds, { min: 5.5, max: 13 })!;
    const r = placed(camera, banjska);
    expect((r.left + r.right) / 2).toBeCloseTo((padding.left + canvas.width - padding.right) / 2, 3);
    expect((r.top + r.bottom) / 2).toBeCloseTo((padding.top + canvas.height - padding.bottom) / 2, 3);
    expect(r.right - r.left).toBeCloseTo(canvas.width - padding.left - padding.right, 3);
  });

  it('gives up (null) when no camera inside maxBounds keeps the features uncovered', () => {
    const eastEdge: [number, number, number, number] = [23.0, 42.0, 23.85, 43.0];
    expect(frameWithinBounds(eastEdge, canvas, padding, MARGIN, maxBounds, { min: 5.5, max: 13 })).toBeNull();
  });
});
