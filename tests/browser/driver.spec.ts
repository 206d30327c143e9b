// The driver's own checks, each seen to fail on what it must catch: details in the DOM but below the
// window, or under another element (STYLE.md lesson 11), and pictures of different sizes.
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { pixelDifference, SituationViewer } from './driver';

test('then.detailsShow fails when the heading is below the window or covered, and passes when seen', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, then } = viewer;
  await given.viewer({ feature: 'banjska-monastery' });
  await then.detailsShow('Banjska Monastery');
  // The wrong name fails on the text.
  await expect(then.detailsShow('Zvečan', { timeout: 1_000 })).rejects.toThrow(/toHaveText/);
  // 700 px below: in the DOM, with the right text, not in view. (Styles through the CSSOM: the page's
  // Content-Security-Policy refuses inline style elements.)
  const moveDetails = (transform: string) =>
    viewer.details().evaluate((el, t) => ((el as HTMLElement).style.transform = t), transform);
  await moveDetails('translateY(700px)');
  await expect(then.detailsShow('Banjska Monastery', { timeout: 1_000 })).rejects.toThrow(
    /is not inside the 1280×800 viewport/,
  );
  // In place, but under another element.
  await moveDetails('none');
  await then.detailsShow('Banjska Monastery');
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.id = 'cover';
    cover.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: transparent;';
    document.body.append(cover);
  });
  await expect(then.detailsShow('Banjska Monastery', { timeout: 1_000 })).rejects.toThrow(/covered at/);
});

test('pixelDifference: pictures of different sizes are changed, with the reason; one pixel is one pixel', () => {
  const picture = (width: number, height: number) => {
    const png = new PNG({ width, height });
    png.data.fill(255);
    return png;
  };
  const a = picture(10, 10);
  expect(pixelDifference(a, picture(10, 10))).toEqual({ share: 0, sizes: null });
  expect(pixelDifference(a, picture(10, 9))).toEqual({
    share: 1,
    sizes: 'the pictures differ in size: 10×10 and 10×9',
  });
  const b = picture(10, 10);
  b.data.set([0, 0, 0], 0);
  expect(pixelDifference(a, b).share).toBeCloseTo(0.01, 5);
});
