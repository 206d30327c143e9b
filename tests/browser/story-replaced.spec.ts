// A page that read the index before a story was published again or withdrawn: the newsroom takes the
// file the index named off the site once no reader should still be fetching it (server/site/
// unnamedFiles.ts), so the page gets a 404 for it. It reads the index again, and opens the story as it
// is now, or says it was withdrawn, instead of an error page. The index a page read earlier is served
// with page.route; the file it names is not on the site.
import { expect, test, type Page } from '@playwright/test';
import { SituationViewer } from './driver';

const REAL = 'liberation-2023-09-29';
const GONE = `stories/${REAL}/0000000000000000.json`;

interface Index {
  version: number;
  stories: { slug: string; file: string }[];
  withdrawn?: { slug: string; at: string }[];
}

/** The page's first read of the index is `before` (naming a file that is gone); every later one `now`. */
async function indexChanged(page: Page, now: (built: Index) => Index) {
  const built = (await (await page.request.get('/stories/index.json')).json()) as Index;
  const before = {
    ...built,
    stories: built.stories.map((s) => (s.slug === REAL ? { ...s, file: GONE } : s)),
  };
  let reads = 0;
  await page.route('**/stories/index.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(reads++ === 0 ? before : now(built)),
    }),
  );
  return () => reads;
}

test('published again since the page read the index: the file it named is gone, the page reads the index again and opens the story as it is now', async ({
  page,
}) => {
  const reads = await indexChanged(page, (built) => built);
  await new SituationViewer(page).given.pageAt({ story: REAL });
  await expect(page.getByTestId('article')).toContainText('The United States');
  await expect(page.getByTestId('story-error')).toHaveCount(0);
  expect(reads()).toBe(2);
});

test('withdrawn since the page read the index: the page reads it again and says when the story was withdrawn', async ({
  page,
}) => {
  await indexChanged(page, (built) => ({
    ...built,
    stories: built.stories.filter((s) => s.slug !== REAL),
    withdrawn: [{ slug: REAL, at: '2026-12-07T10:00:00.000Z' }],
  }));
  await new SituationViewer(page).given.pageAt({ story: REAL });
  await expect(page.getByTestId('story-withdrawn').getByRole('heading')).toHaveText(
    'This story was withdrawn on 7 December 2026.',
  );
  await expect(page.getByTestId('story-error')).toHaveCount(0);
});
