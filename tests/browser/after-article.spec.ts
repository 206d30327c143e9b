// What happened next (issue 24): events after the article's date stand apart on the strip, visibly
// labelled, and their details say so, with sources that quote their words; the article's own events
// do not carry the label.
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, SituationViewer } from './driver';

for (const viewport of [DESKTOP, PHONE]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('events after the article are apart on the strip and in their details, with quoted sources', async ({
      page,
    }) => {
      const viewer = new SituationViewer(page);
      const { given, when, then } = viewer;
      await given.viewer();
      const strip = viewer.timeline();
      const later = viewer.event('uk-troops-arrive');
      await when.chooseEvent('uk-troops-arrive');

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
      await then.seen(viewer.details(), 'the details');
      await then.detailsShow(/British/);

      // An event of the article itself carries no such label, and its sources quote too.
      await when.chooseEvent('banjska-attack');
      await then.detailsShow(/Attack near Banjska/);
      await expect(details.getByTestId('after-article')).toHaveCount(0);
      await expect(details.getByTestId('citation')).not.toHaveCount(0);
      await expect(details.getByTestId('citation').first().locator('blockquote')).not.toBeEmpty();
    });
  });
}
