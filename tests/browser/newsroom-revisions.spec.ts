// Unpublish, restore and a story's revisions (issue 41), at 1280 × 800 and 390 × 844, against the real
// newsroom server (tests/browser/newsroomServer.ts): an editor publishes, saves a change and publishes
// again; reads the revisions (newest first, who, what, when) and compares one with the draft;
// unpublishes after the in-page confirmation, and a signed-out reader at the story's link reads when it
// was withdrawn, with no /api/ request (a page opened before it was published too); restores the first
// publish, and readers get that revision again. A reporter reads the revisions, but cannot unpublish
// or restore.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SituationViewer } from './driver';
import { NEWSROOM_ORIGIN } from './newsroom';
import { publishNow as publish, signedIn, startStory } from './newsroomJourney';
import { scaled } from './timing';

test.use({ baseURL: NEWSROOM_ORIGIN });
test.describe.configure({ timeout: scaled(240_000) });

const saved = (page: Page, revision: number) =>
  expect(page.getByTestId('review-newsroom')).toHaveText(`Saved to the newsroom (revision ${revision}).`);

/** Rejects the mention the desk's card shows; its words. */
async function reject(page: Page): Promise<string> {
  const desk = new SituationViewer(page).desk;
  await desk.when.decide('Reject');
  return /^Rejected “(.+)”\.$/.exec((await desk.message().textContent()) ?? '')![1];
}

/** A signed-out reader in a fresh browser, its /api/ requests counted. */
async function reader(browser: Browser, size: { width: number; height: number }) {
  const context = await browser.newContext({ baseURL: NEWSROOM_ORIGIN, viewport: size, timezoneId: 'UTC' });
  const page = await context.newPage();
  const api: string[] = [];
  page.on('request', (r) => new URL(r.url()).pathname.startsWith('/api/') && api.push(r.url()));
  return { page, api, close: () => context.close() };
}

/** The day a reader reads, as the page says it (`<html lang="en">`: British), in UTC (the reader's zone here). */
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  test(`at ${size.width} px: an editor reads the revisions, unpublishes (readers read when it was withdrawn) and restores the first publish`, async ({
    browser,
  }) => {
    const title = `Revisions day ${size.width}`;
    const slug = `revisions-day-${size.width}`;
    // A reader's page opened before the story is published: its index knows nothing of it.
    const early = await reader(browser, size);
    await early.page.goto('/#stories');
    await expect(early.page.getByTestId('story-list')).toBeVisible();

    const ana = await signedIn(browser, 'ana', size);
    await startStory(ana, title);
    await saved(ana, 1);
    const first = await reject(ana);
    await saved(ana, 2);
    await publish(ana); // revision 3
    const second = await reject(ana);
    expect(second).not.toBe(first);
    await saved(ana, 4);
    await publish(ana); // revision 5

    // The revisions, newest first: who, what, when; the first publish compared with the draft.
    await ana.getByRole('button', { name: 'Revisions (5)' }).click();
    const rows = ana.getByTestId('revision');
    await expect(rows).toHaveText([
      /^Revision 5: published by ana, \d+ \w+ \d{4} at \d\d:\d\d/,
      /^Revision 4: saved by ana, /,
      /^Revision 3: published by ana, /,
      /^Revision 2: saved by ana, /,
      /^Revision 1: saved by ana, /,
    ]);
    // Found by its words: the rows move down as revisions are added at the top.
    const firstPublish = rows.filter({ hasText: /^Revision 3: published/ });
    await firstPublish.getByRole('button', { name: 'Compare with the draft' }).click();
    const differences = firstPublish.getByTestId('revision-differences');
    await expect(differences).toContainText(`“${second}”`);
    await expect(differences).toContainText(/your draft rejected → [^;]+; revision 3 pending → /);
    // Places by their names, as the desk's card shows them, not by their ids.
    await expect(differences).not.toContainText(/→ [a-z0-9]+(-[a-z0-9]+)+(;|$)/);
    await expect(differences.getByRole('listitem')).toHaveCount(1);
    await differences.scrollIntoViewIfNeeded();
    await expect(firstPublish).toBeInViewport();
    await expect(differences).toBeInViewport();
    await ana.screenshot({ path: `docs/newsroom-revisions-${size.width}.png` });

    // Unpublish, asked in the page; then the desk says it was withdrawn.
    await ana.getByRole('button', { name: 'Unpublish', exact: true }).click();
    const confirm = ana.getByRole('group', { name: /Readers will no longer find this story/ });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await confirm.getByRole('button', { name: 'Unpublish now' }).click();
    await expect(ana.getByTestId('review-unpublished')).toHaveText(
      /^Withdrawn on .+: readers no longer find this story\.$/,
    );
    await expect(ana.getByTestId('review-published')).toHaveCount(0);
    await expect(ana.getByRole('button', { name: 'Unpublish', exact: true })).toHaveCount(0);
    await expect(rows.first()).toHaveText(/^Revision 6: unpublished by ana, /);

    // A reader at the link reads when it was withdrawn, and the stories still published; no /api/.
    const index = (await (await ana.request.get('/stories/index.json')).json()) as {
      withdrawn: { slug: string; at: string }[];
    };
    const at = index.withdrawn.find((w) => w.slug === slug)!.at;
    const late = await reader(browser, size);
    await late.page.goto(`/#story=${slug}`);
    const withdrawn = late.page.getByTestId('story-withdrawn');
    await expect(withdrawn.getByRole('heading')).toHaveText(`This story was withdrawn on ${day(at)}.`);
    await expect(withdrawn.getByRole('link', { name: 'See all stories' })).toBeVisible();
    await expect(late.page.getByTestId('unknown-story')).toHaveCount(0);
    await late.page.screenshot({ path: `docs/newsroom-withdrawn-${size.width}.png` });
    expect(late.api).toEqual([]);
    await late.close();
    // The page opened before: its index lacks the slug, reads it again, and says the same.
    await early.page.evaluate((s) => (window.location.hash = `story=${s}`), slug);
    await expect(early.page.getByTestId('story-withdrawn').getByRole('heading')).toHaveText(
      `This story was withdrawn on ${day(at)}.`,
    );
    expect(early.api).toEqual([]);
    await early.close();

    // Restore the first publish: readers get it again (the second rejected mention a link again).
    await firstPublish.getByRole('button', { name: 'Restore', exact: true }).click();
    const ask = ana.getByRole('group', { name: /Readers will get revision 3 of this story at once/ });
    await ask.getByRole('button', { name: 'Restore now' }).click();
    await expect(firstPublish.getByTestId('review-restored')).toContainText(
      'Revision 3 restored: readers get it now.',
    );
    await expect(rows.first()).toHaveText(/^Revision 7: restored by ana, /);
    const again = await reader(browser, size);
    await again.page.goto(`/#story=${slug}`);
    const article = again.page.getByTestId('article');
    await expect(article).toContainText('Police patrolled the road');
    await expect(article.locator('a.phrase', { hasText: second })).not.toHaveCount(0);
    await expect(article.locator('a.phrase', { hasText: first })).toHaveCount(0);
    expect(again.api).toEqual([]);
    await again.close();
    await ana.context().close();
  });

test('a reporter reads the revisions, but sees Unpublish and Restore aria-disabled, and why', async ({
  browser,
}) => {
  const rita = await signedIn(browser, 'rita', { width: 1280, height: 800 });
  await startStory(rita, 'Reporter revisions day');
  const slug = 'reporter-revisions-day';
  await saved(rita, 1);
  // An editor publishes her draft (through the API: the editor's desk is not what is tested here).
  const ana = await signedIn(browser, 'ana', { width: 1280, height: 800 });
  const published = await ana.request.post(`/api/stories/${slug}/publish`, {
    headers: { origin: NEWSROOM_ORIGIN },
  });
  expect(published.status(), await published.text()).toBe(200);
  await reject(rita);
  await saved(rita, 3);

  const unpublish = rita.getByRole('button', { name: 'Unpublish', exact: true });
  await expect(unpublish).toHaveAttribute('aria-disabled', 'true');
  await expect(unpublish).toHaveAccessibleDescription('Only an editor can unpublish');
  await unpublish.focus();
  await rita.keyboard.press('Enter');
  await unpublish.click({ force: true });
  await expect(rita.getByRole('button', { name: 'Unpublish now' })).toHaveCount(0);

  await rita.getByRole('button', { name: 'Revisions (3)' }).click();
  const row = rita.getByTestId('revision').filter({ hasText: 'Revision 2: published by ana' });
  const restore = row.getByRole('button', { name: 'Restore', exact: true });
  await expect(restore).toHaveAttribute('aria-disabled', 'true');
  await expect(restore).toHaveAccessibleDescription(/Only an editor can restore a revision/);
  await restore.focus();
  await rita.keyboard.press('Enter');
  await restore.click({ force: true });
  await expect(rita.getByRole('button', { name: 'Restore now' })).toHaveCount(0);
  // Reading is open to her: the comparison.
  await row.getByRole('button', { name: 'Compare with the draft' }).click();
  await expect(row.getByTestId('revision-differences')).toContainText('revision 2 pending');
  await ana.context().close();
  await rita.context().close();
});
