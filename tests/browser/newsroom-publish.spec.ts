// Publish from the browser (issue 41): an editor's Publish asks in the page what readers will get, with
// Publish now and Cancel; then Published, with a link to the reader's view, where a signed-out reader
// reads the story at once (the rejected place no link) with no /api/ request. A reporter sees Publish
// aria-disabled, still focusable, told why by aria-describedby. At 1280 × 800 and 390 × 844, against
// the real newsroom server (tests/browser/newsroomServer.ts).
import { expect, test, type Page } from '@playwright/test';
import { SituationViewer } from './driver';
import { NEWSROOM_ORIGIN } from './newsroom';
import { buildFiles, publishNow, signedIn, startStory } from './newsroomJourney';
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
  await publishNow(ana);

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
  await publishNow(ana);

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

test('at the desk, a published story opens as the newsroom’s draft holds it (the text Publish sends), and a draft of other files is said, never saved over', async ({
  browser,
}) => {
  const title = 'Other files day';
  const slug = 'other-files-day';
  const ana = await signedIn(browser, 'ana', { width: 1280, height: 800 });
  await startSavedStory(ana, title);
  await publishNow(ana);

  // A colleague saves, through the API, a draft whose story.json has another title (as an import could).
  const saved = await ana.evaluate(async (s) => {
    const url = `/api/stories/${s}/draft`;
    const theirs = await fetch(url);
    const draft = (await theirs.json()) as { bundle: Record<string, string>; review: unknown };
    const meta = JSON.parse(draft.bundle['story.json']!) as { title: string };
    meta.title = 'A title the desk must show';
    draft.bundle['story.json'] = `${JSON.stringify(meta, null, 2)}\n`;
    const put = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': theirs.headers.get('etag')! },
      body: JSON.stringify(draft),
    });
    await put.text();
    return put.status;
  }, slug);
  expect(saved).toBe(200);

  // Another editor opens the desk: the text is the draft's (its title), not the readers' file; and as
  // the draft's decisions were made over other files, the desk says so and saves nothing over it.
  const vesna = await signedIn(browser, 'vesna', { width: 1280, height: 800 });
  await vesna.goto(`/#story=${slug}&review`);
  await expect(vesna).toHaveTitle(/A title the desk must show/);
  const note = vesna.getByTestId('review-newsroom');
  await expect(note).toContainText('is of another version of this story’s files');
  await new SituationViewer(vesna).desk.when.decide('Reject');
  await vesna.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(note).toContainText('is of another version of this story’s files');
  expect(
    await vesna.evaluate(async (s) => (await fetch(`/api/stories/${s}/draft`)).headers.get('etag'), slug),
  ).toBe('"3"');
  // A reader still gets what was published.
  const reader = await (await browser.newContext({ baseURL: NEWSROOM_ORIGIN })).newPage();
  await reader.goto(`/#story=${slug}`);
  await expect(reader).toHaveTitle(new RegExp(title));
  await reader.context().close();
  await vesna.context().close();
  await ana.context().close();
});
