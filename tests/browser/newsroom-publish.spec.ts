// Publish from the browser (issue 41): an editor's Publish asks in the page what readers will get, with
// Publish now and Cancel; then Published, with a link to the reader's view, where a signed-out reader
// reads the story at once (the rejected place no link) with no /api/ request. A reporter sees Publish
// aria-disabled, still focusable, told why by aria-describedby. At 1280 × 800 and 390 × 844, against
// the real newsroom server (tests/browser/newsroomServer.ts).
import { expect, test, type Page } from '@playwright/test';
import { SituationViewer } from './driver';
import { NEWSROOM_ORIGIN } from './newsroom';
import { buildFiles, signedIn, startStory } from './newsroomJourney';
import { scaled } from './timing';

test.use({ baseURL: NEWSROOM_ORIGIN });
test.describe.configure({ timeout: scaled(180_000) });

/** A story started at #new, saved to the newsroom as its first revision. */
async function startSavedStory(page: Page, title: string) {
  await startStory(page, title);
  await expect(page.getByTestId('review-newsroom')).toHaveText('Saved to the newsroom (revision 1).');
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  test(`at ${size.width} px: an editor publishes from the desk, and a signed-out reader reads it at once, the rejected place no link`, async ({
    browser,
  }) => {
    const title = `Publish day ${size.width}`;
    const slug = `publish-day-${size.width}`;
    const build = buildFiles();
    expect(build.length).toBeGreaterThan(10);
    const ana = await signedIn(browser, 'ana', size);
    await startSavedStory(ana, title);
    const desk = new SituationViewer(ana).desk;
    await desk.when.decide('Reject');
    const rejected = /^Rejected “(.+)”\.$/.exec((await desk.message().textContent()) ?? '')![1];
    await expect(ana.getByTestId('review-newsroom')).toHaveText('Saved to the newsroom (revision 2).');

    await ana.getByRole('button', { name: 'Publish', exact: true }).click();
    const confirm = ana.getByRole('group', { name: /Readers will get this story at once/ });
    await expect(confirm).toContainText(/\d+ links?, \d+ places? of its own, \d+ events?\./);
    await expect(confirm).toContainText('The 1 mention you rejected or marked “not a place” stays out.');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await confirm.getByRole('button', { name: 'Publish now' }).scrollIntoViewIfNeeded();
    await ana.screenshot({ path: `docs/newsroom-confirm-${size.width}.png` });
    await confirm.getByRole('button', { name: 'Publish now' }).click();
    const published = ana.getByTestId('review-published');
    await expect(published).toContainText('Published');
    const link = published.getByRole('link', { name: 'Open the reader’s view' });
    await expect(link).toHaveAttribute('href', `${NEWSROOM_ORIGIN}/#story=${slug}`);
    await published.scrollIntoViewIfNeeded();
    await ana.screenshot({ path: `docs/newsroom-published-${size.width}.png` });

    // A reader, signed out, in a fresh browser: the story at once, the rejected place no link, no /api/.
    const context = await browser.newContext({ baseURL: NEWSROOM_ORIGIN, viewport: size });
    const reader = await context.newPage();
    const api: string[] = [];
    reader.on('request', (r) => new URL(r.url()).pathname.startsWith('/api/') && api.push(r.url()));
    await reader.goto(`/#story=${slug}`);
    const article = reader.getByTestId('article');
    await expect(article).toContainText('Police patrolled the road');
    await expect(article).toContainText(rejected);
    await expect(article.locator('a.phrase', { hasText: rejected })).toHaveCount(0);
    await reader.goto('/#stories');
    await expect(reader.getByTestId('story-link').filter({ hasText: title })).toBeVisible();
    expect(api).toEqual([]);
    // Nothing was rebuilt: every file of the build is as it was before the editor began.
    expect(buildFiles()).toEqual(build);
    await context.close();
    await ana.context().close();
  });

test('a reporter sees Publish aria-disabled, still focusable, and why: “Only an editor can publish”', async ({
  browser,
}) => {
  const rita = await signedIn(browser, 'rita', { width: 1280, height: 800 });
  await startSavedStory(rita, 'Reporter day at the dam');
  const button = rita.getByRole('button', { name: 'Publish', exact: true });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription('Only an editor can publish');
  await button.focus();
  await expect(button).toBeFocused();
  // Pressed from the keyboard, and clicked (Playwright waits for an aria-disabled button to be enabled
  // before a click: `force` clicks it as a reader's mouse would): nothing opens.
  await rita.keyboard.press('Enter');
  await button.click({ force: true });
  await expect(rita.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await rita.context().close();
});

test('published, then reopened at the desk after a reload: the desk follows the newsroom’s draft, and a further decision is saved and published again', async ({
  browser,
}) => {
  const title = 'Publish again day';
  const slug = 'publish-again-day';
  const ana = await signedIn(browser, 'ana', { width: 1280, height: 800 });
  await startSavedStory(ana, title);
  const desk = new SituationViewer(ana).desk;
  await desk.when.decide('Reject');
  const first = /^Rejected “(.+)”\.$/.exec((await desk.message().textContent()) ?? '')![1];
  await expect(ana.getByTestId('review-newsroom')).toHaveText('Saved to the newsroom (revision 2).');
  const publishNow = async () => {
    await ana.getByRole('button', { name: 'Publish', exact: true }).click();
    await ana.getByRole('button', { name: 'Publish now' }).click();
    await expect(ana.getByTestId('review-published')).toContainText('Published');
  };
  await publishNow();

  // The next day: the story is published, so it opens as readers see it, and the desk takes up the
  // newsroom's draft over it (the decision made before the publish is still there).
  await ana.reload();
  await expect(desk.card()).toBeVisible();
  await expect(desk.stale()).toHaveCount(0);
  await expect(desk.counts()).toContainText('1 rejected');
  await expect(ana.getByTestId('review-newsroom')).toHaveText('Saved to the newsroom (revision 2).');
  const second = first === 'Zvečan' ? 'Leposavić' : 'Zvečan';
  await desk.when.openMention(second);
  await desk.when.decide('Reject');
  await expect(desk.counts()).toContainText('2 rejected');
  await expect(ana.getByTestId('review-newsroom')).toHaveText('Saved to the newsroom (revision 4).');
  await publishNow();

  // A reader gets both decisions: neither rejected place is a link.
  const context = await browser.newContext({
    baseURL: NEWSROOM_ORIGIN,
    viewport: { width: 1280, height: 800 },
  });
  const reader = await context.newPage();
  await reader.goto(`/#story=${slug}`);
  const article = reader.getByTestId('article');
  await expect(article).toContainText(second);
  for (const place of [first, second])
    await expect(article.locator('a.phrase', { hasText: place })).toHaveCount(0);
  await expect(article.locator('a.phrase').first()).toBeVisible();
  await context.close();
  await ana.context().close();
});
