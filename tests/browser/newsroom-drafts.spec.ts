// Drafts on the newsroom server, in the browser (issue 40): signed in, a story started at #new is saved
// to the server from the desk; a colleague signed in elsewhere finds it in #stories and continues it;
// two editors on one story: the second is told of the first's change ("<name> saved a newer draft at
// <time>.") with Keep my draft, Take theirs, Compare, before anything of theirs is lost; the server out
// of reach, the draft stays in the browser and the desk says so. At 1280 × 800 and 390 × 844, against
// the real newsroom server (tests/browser/newsroomServer.ts).
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
    await expect(stale).toContainText(/bojan saved a newer draft at \d{4}-\d\d-\d\dT/);
    // In view where Ana is working (the desk's panel scrolls to it), not just in the page.
    await expect(stale).toBeInViewport();
    for (const name of ['Keep my draft', 'Take theirs', 'Compare'])
      await expect(stale.getByRole('button', { name })).toBeVisible();
    await stale.getByRole('button', { name: 'Compare' }).click();
    await expect(ana.getByTestId('review-differences')).toBeVisible();
    await expect(stale).toBeInViewport();
    await ana.screenshot({ path: `docs/newsroom-newer-draft-${size.width}.png` });
    await stale.getByRole('button', { name: 'Keep my draft' }).click();
    await expect(stale).toHaveCount(0);
    await expect(newsroomNote(ana)).toHaveText('Saved to the newsroom (revision 4).');

    // Bojan's desk asks (every 30 s, and when the tab comes back): told before he saves anything.
    await refocus(bojan);
    await expect(bojanDesk.stale()).toContainText(/ana saved a newer draft at \d{4}-\d\d-\d\dT/);
    await bojanDesk.stale().getByRole('button', { name: 'Take theirs' }).click();
    await expect(bojanDesk.stale()).toHaveCount(0);
    await expect(bojanDesk.message()).toContainText('Their draft is taken');
    await refocus(bojan);
    await expect(newsroomNote(bojan)).toHaveText('Saved to the newsroom (revision 4).');

    await ana.context().close();
    await bojan.context().close();
  });

test('the server out of reach: the draft stays in this browser and the desk says so; back, it is saved', async ({
  browser,
}) => {
  const vesna = await signedIn(browser, 'vesna', { width: 1280, height: 800 });
  await startStory(vesna, 'Roadblocks lifted at Jarinje');
  await expect(newsroomNote(vesna)).toHaveText('Saved to the newsroom (revision 1).');
  await vesna.route('**/api/**', (route) => route.abort('connectionrefused'));
  const desk = new SituationViewer(vesna).desk;
  await desk.when.decide('Accept');
  await expect(newsroomNote(vesna)).toContainText(
    'The newsroom server cannot be reached: your draft is kept in this browser',
  );
  await vesna.unroute('**/api/**');
  await refocus(vesna);
  await expect(newsroomNote(vesna)).toHaveText('Saved to the newsroom (revision 2).');
  await vesna.context().close();
});
