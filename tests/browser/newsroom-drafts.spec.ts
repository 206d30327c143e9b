// Drafts on the newsroom server, in the browser (issue 40): signed in, a story started at #new is saved
// to the server from the desk; a colleague signed in elsewhere finds it in #stories and continues it;
// two editors on one story: the second is told of the first's change ("<name> saved a newer draft at
// <time>.", the time as people read it) with Keep my draft, Take theirs, Compare, before anything of
// theirs is lost; a colleague's draft opens by its link too; the server out of reach, the draft stays
// in the browser and the desk says so, and when the server is back the desk offers to save it. At
// 1280 × 800 and 390 × 844, against the real newsroom server (tests/browser/newsroomServer.ts).
import { expect, test, type Page } from '@playwright/test';
import { SituationViewer } from './driver';
import { NEWSROOM_ORIGIN } from './newsroom';
import { signedIn, startStory } from './newsroomJourney';
import { scaled } from './timing';

test.use({ baseURL: NEWSROOM_ORIGIN });
test.describe.configure({ timeout: scaled(180_000) });

const newsroomNote = (page: Page) => page.getByTestId('review-newsroom');
/** The tab comes back to the front: the desk asks the server (as every 30 s). */
const refocus = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));
/** "<name> saved a newer draft at <time>.": today, the time alone as the page's language writes it, never ISO 8601. */
const newerDraftBy = (name: string) =>
  new RegExp(`${name} saved a newer draft at \\d{1,2}:\\d\\d(\\s?[AP]M)?\\.`);
const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:/;
/** The slug of the story open in `page` (its link's `story=`). */
const slugOf = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('story')!;
/** The revision of the newsroom's draft of `slug` (its ETag), asked from `page`'s session. */
const serverRevision = (page: Page, slug: string) =>
  page.evaluate(async (s) => (await fetch(`/api/stories/${s}/draft`)).headers.get('etag'), slug);

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  test(`at ${size.width} px: #new saved to the newsroom, a colleague continues it, and each editor is told of the other's newer draft`, async ({
    browser,
  }) => {
    const title = `Quiet day at the dam ${size.width}`;
    const ana = await signedIn(browser, 'ana', size);
    await startStory(ana, title);
    await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 1).');
    const anaDesk = new SituationViewer(ana).desk;
    await anaDesk.when.decide('Accept');
    await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 2).');

    // A colleague, in another browser: the draft is in the list, and opens at the desk as Ana left it.
    const bojan = await signedIn(browser, 'bojan', size);
    await bojan.goto('/#stories');
    const drafts = bojan.getByTestId('newsroom-drafts');
    await expect(drafts).toContainText(title);
    await expect(drafts).toContainText('saved by ana');
    await drafts.getByRole('link', { name: title }).click();
    const bojanDesk = new SituationViewer(bojan).desk;
    await expect(bojanDesk.card()).toBeVisible();
    await expect(bojanDesk.message()).toHaveText('Opened the newsroom’s draft (revision 2).');
    await expect(bojanDesk.counts()).toContainText('1 accepted');
    await bojanDesk.when.decide('Reject');
    await expect(newsroomNote(bojan)).toHaveText('Saved to the newsroom (revision 3).');

    // Ana decides before she knows: her save is refused (409), and she is told, in the server's words.
    await anaDesk.when.decide('Accept');
    const stale = anaDesk.stale();
    await expect(stale).toContainText(newerDraftBy('bojan'));
    await expect(stale).not.toContainText(ISO_TIME);
    // In view where Ana is working (the desk's panel scrolls to it), not just in the page.
    await expect(stale).toBeInViewport();
    for (const name of ['Keep my draft', 'Take theirs', 'Compare'])
      await expect(stale.getByRole('button', { name })).toBeVisible();
    await stale.getByRole('button', { name: 'Compare' }).click();
    await expect(ana.getByTestId('review-differences')).toBeVisible();
    await expect(stale).toBeInViewport();
    await ana.screenshot({ path: `docs/newsroom-stale-${size.width}.png` });
    await stale.getByRole('button', { name: 'Keep my draft' }).click();
    await expect(stale).toHaveCount(0);
    await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 4).');

    // Bojan's desk asks (every 30 s, and when the tab comes back): told before he saves anything.
    await refocus(bojan);
    await expect(bojanDesk.stale()).toContainText(newerDraftBy('ana'));
    await bojanDesk.stale().getByRole('button', { name: 'Take theirs' }).click();
    await expect(bojanDesk.stale()).toHaveCount(0);
    await expect(bojanDesk.message()).toContainText('Their draft is taken');
    await refocus(bojan);
    await expect(newsroomNote(bojan)).toHaveText('Saved to the newsroom (revision 4).');

    await ana.context().close();
    await bojan.context().close();
  });

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  test(`at ${size.width} px: a colleague's draft opens by its link, in a browser that never saw it`, async ({
    browser,
  }) => {
    const title = `Lights back in Zvecan ${size.width}`;
    const ana = await signedIn(browser, 'ana', size);
    await startStory(ana, title);
    await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 1).');
    await new SituationViewer(ana).desk.when.decide('Accept');
    await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 2).');
    const slug = slugOf(ana);

    // Not in the build, not in Bojan's browser: the link opens the newsroom's draft at the desk.
    const bojan = await signedIn(browser, 'bojan', size);
    await bojan.goto(`/#story=${slug}&review`);
    const desk = new SituationViewer(bojan).desk;
    await expect(desk.card()).toBeVisible();
    await expect(bojan.getByTestId('unknown-story')).toHaveCount(0);
    await expect(desk.message()).toHaveText('Opened the newsroom’s draft (revision 2).');
    await expect(desk.counts()).toContainText('1 accepted');
    await expect(newsroomNote(bojan)).toHaveText('Saved to the newsroom (revision 2).');

    // A slug the newsroom has no draft of is still said to be unknown.
    await bojan.goto('/#story=no-such-draft&review');
    await expect(bojan.getByTestId('unknown-story')).toContainText('no-such-draft');
    await ana.context().close();
    await bojan.context().close();
  });

test('a story of the build, reviewed at the desk signed in (1280 px), is saved to the newsroom at its first decision; a colleague (390 px) continues it, and each is told of the other’s change', async ({
  browser,
}) => {
  const slug = 'liberation-2023-09-29';
  const ana = await signedIn(browser, 'ana', { width: 1280, height: 800 });
  await ana.goto(`/#story=${slug}&review`);
  const anaDesk = new SituationViewer(ana).desk;
  await expect(anaDesk.card()).toBeVisible();
  // Opening the desk is no draft yet: nothing is saved before a decision.
  await refocus(ana);
  await expect(newsroomNote(ana)).toHaveCount(0);
  expect(await serverRevision(ana, slug)).toBeNull();
  await anaDesk.when.decide('Reject');
  await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 1).');
  expect(await serverRevision(ana, slug)).toBe('"1"');
  // Saved with the files of stories/ the build's story was made from (the server takes no other first save).
  const saved = await ana.evaluate(
    async (s) => ((await (await fetch(`/api/stories/${s}/draft`)).json()) as { bundle: object }).bundle,
    slug,
  );
  expect(Object.keys(saved)).toContain('article.txt');

  // A colleague on a phone: the draft is in the list and opens at the desk as Ana left it.
  const bojan = await signedIn(browser, 'bojan', { width: 390, height: 844 });
  await bojan.goto('/#stories');
  const drafts = bojan.getByTestId('newsroom-drafts');
  await expect(drafts).toContainText('saved by ana');
  await drafts.getByRole('link', { name: /significant deployment/ }).click();
  const bojanDesk = new SituationViewer(bojan).desk;
  await expect(bojanDesk.card()).toBeVisible();
  await expect(bojanDesk.message()).toHaveText('Opened the newsroom’s draft (revision 1).');
  await expect(bojanDesk.counts()).toContainText('1 rejected');
  // The build's story is opened as it is: no copy of its files is kept in this browser.
  expect(
    await bojan.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.endsWith(':story:liberation-2023-09-29')),
    ),
  ).toEqual([]);
  await bojanDesk.when.openMention('a “significant deployment” of Serbian troops on the border with Kosovo');
  await bojanDesk.when.decide('Reject');
  await expect(bojanDesk.counts()).toContainText('2 rejected');
  await expect(newsroomNote(bojan)).toHaveText('Saved to the newsroom (revision 2).');
  await bojan.screenshot({ path: 'docs/newsroom-build-story-390.png' });

  // Ana's desk asks when her tab comes back: told of Bojan's draft before she saves over it.
  await refocus(ana);
  await expect(anaDesk.stale()).toContainText(newerDraftBy('bojan'));
  await expect(anaDesk.stale()).toBeInViewport();
  await ana.screenshot({ path: 'docs/newsroom-build-story-1280.png' });
  await anaDesk.stale().getByRole('button', { name: 'Take theirs' }).click();
  await expect(anaDesk.counts()).toContainText('2 rejected');
  await refocus(ana);
  await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 2).');
  await ana.context().close();
  await bojan.context().close();
});

test('the server out of reach: the draft stays in this browser and the desk says so; back, the desk offers to save it over the revision it started from', async ({
  browser,
}) => {
  const vesna = await signedIn(browser, 'vesna', { width: 1280, height: 800 });
  await startStory(vesna, 'Roadblocks lifted at Jarinje');
  await expect(newsroomNote(vesna)).toHaveText('Saved to the newsroom (revision 1).');
  const slug = slugOf(vesna);
  const offer = vesna.getByRole('button', { name: 'Save to the newsroom' });
  const desk = new SituationViewer(vesna).desk;
  const outage = async () => {
    await vesna.route('**/api/**', (route) => route.abort('connectionrefused'));
    await desk.when.decide('Accept');
    await expect(newsroomNote(vesna)).toContainText(
      'The newsroom server cannot be reached: your draft is kept in this browser',
    );
    await vesna.unroute('**/api/**');
    await refocus(vesna);
    await expect(newsroomNote(vesna)).toContainText(
      'Your draft, kept in this browser, is not saved to the newsroom yet',
    );
    await expect(offer).toBeVisible();
  };
  await outage();
  // A decision while the offer stands stays in this browser: nothing is saved until Vesna says so.
  await desk.when.decide('Reject');
  await refocus(vesna);
  await expect(offer).toBeVisible();
  expect(await serverRevision(vesna, slug)).toBe('"1"');
  // Reloaded before accepting: the draft restored here is known to stand on revision 1, so it is
  // offered again (it is Vesna's own work, not older than the server's: no stale banner).
  await vesna.reload();
  await expect(desk.card()).toBeVisible();
  await expect(offer).toBeVisible();
  await expect(newsroomNote(vesna)).toContainText('(it started from revision 1)');
  await expect(desk.stale()).toHaveCount(0);
  await offer.click();
  await expect(newsroomNote(vesna)).toHaveText('Saved to the newsroom (revision 2).');
  await expect(offer).toHaveCount(0);

  // Out again; meanwhile a colleague saves: the offer saves over revision 2, and the server refuses it
  // (409): Vesna is told, and nothing of Bojan's is overwritten until she chooses.
  await outage();
  const bojan = await signedIn(browser, 'bojan', { width: 1280, height: 800 });
  const saved = await bojan.evaluate(async (s) => {
    const url = `/api/stories/${s}/draft`;
    const theirs = await fetch(url);
    const body = await theirs.text();
    const put = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': theirs.headers.get('etag')! },
      body,
    });
    await put.text();
    return put.headers.get('etag');
  }, slug);
  expect(saved).toBe('"3"');
  await offer.click();
  await expect(desk.stale()).toContainText(newerDraftBy('bojan'));
  expect(await serverRevision(vesna, slug)).toBe('"3"');
  await desk.stale().getByRole('button', { name: 'Keep my draft' }).click();
  await expect(newsroomNote(vesna)).toHaveText('Saved to the newsroom (revision 4).');
  await bojan.context().close();
  await vesna.context().close();
});
