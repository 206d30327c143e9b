import { describe, expect, it } from 'vitest';
import { paddingForOverlays } from '../../src/camera/overlayPadding';

const map = { left: 430, top: 64, right: 1280, bottom: 780 };

describe('camera padding for the overlays on the map', () => {
  it('a panel docked on the right pushes the right padding to its left edge', () => {
    const details = { left: 900, top: 72, right: 1272, bottom: 772 };
    expect(paddingForOverlays(map, [details], 20)).toEqual({ top: 20, bottom: 20, left: 20, right: 400 });
  });

  it('controls in the top-left corner push the left padding', () => {
    const zoom = { left: 440, top: 74, right: 470, bottom: 140 };
    expect(paddingForOverlays(map, [zoom], 20).left).toBe(60);
  });

  it('a short button row at the top pushes the top padding, not a whole side', () => {
    const layersButton = { left: 1000, top: 72, right: 1272, bottom: 114 };
    expect(paddingForOverlays(map, [layersButton], 20)).toEqual({ top: 70, bottom: 20, left: 20, right: 20 });
  });

  it('overlays outside the map, or hidden (empty), change nothing', () => {
    const elsewhere = { left: 0, top: 64, right: 430, bottom: 780 };
    const hidden = { left: 0, top: 0, right: 0, bottom: 0 };
    expect(paddingForOverlays(map, [elsewhere, hidden], 16)).toEqual({
      top: 16,
      bottom: 16,
      left: 16,
      right: 16,
    });
  });

  it('a bar across the bottom pushes the bottom padding', () => {
    const bar = { left: 430, top: 740, right: 1280, bottom: 780 };
    expect(paddingForOverlays(map, [bar], 10).bottom).toBe(50);
  });

  it('leaves at least a third of the map for the features when the overlays are wide', () => {
    const p = paddingForOverlays(
      { left: 0, top: 0, right: 300, bottom: 300 },
      [{ left: 60, top: 0, right: 300, bottom: 300 }],
      20,
    );
    expect(300 - p.left - p.right).toBeCloseTo(100);
  });
});
