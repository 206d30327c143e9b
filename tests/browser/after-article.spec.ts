// What happened next (issue 24): events after the article's date stand apart on the strip, visibly
// labelled, and their details say so, with sources that quote their words; the article's own events
// do not carry the label.
import { expect, test } from '@playwright/test';
import { isUncovered, Viewer } from './driver';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('events after the article are apart on the strip and in their details, with quoted sources', async ({
      page,
    }) => {
      const viewer = new Viewer(page);
      await viewer.open();
      const strip = page.getByTestId('timeline');
      const later = strip.locator('[data-event-id="uk-troops-arrive"]');
      await viewer.andSettle(() => later.click());

      // The band and its label are on screen, and the chosen event lies inside the band.
      const label = strip.getByText('After this article', { exact: true });
      await label.scrollIntoViewIfNeeded();
      await expect(label).toBeInViewport();
      const band = (await page.getByTestId('timeline-after-article').boundingBox())!;
      const marker = (await later.boundingBox())!;
      expect(marker.x).toBeGreaterThan(band.x);
      await expect(later).toHaveAccessibleName(/^6 Oct: .*after this article\)$/);

      const details = page.getByTestId('event-details');
      await expect(details.getByTestId('after-article')).toContainText('After this article');
      await expect(details.getByTestId('after-article')).toContainText('29 September 2023');
      const citation = details.getByTestId('citation').first();
      await expect(citation.locator('blockquote')).toContainText(/British soldiers/);
      await expect(citation).toContainText('UK Government');
      expect(await isUncovered(page, '[data-testid="details"]')).toBeNull();

      // An event of the article itself carries no such label, and its sources quote too.
      await viewer.andSettle(() => strip.locator('[data-event-id="banjska-attack"]').click());
      await expect(details.getByTestId('after-article')).toHaveCount(0);
      await expect(details.getByTestId('citation')).not.toHaveCount(0);
      await expect(details.getByTestId('citation').first().locator('blockquote')).not.toBeEmpty();
    });
  });
}
