// The editor's desk (issue 26) on a bundle `story new` made (tests/fixtures/stories/north-desk, built
// with SITUATION_FIXTURES=1): the journeys, in a browser. Review in the text, by keyboard, with focus
// checked after each key; a grouped accept; undo and redo; a combobox that chooses nothing on arrows;
// the stale-draft choice; discard with confirmation and undo; two tabs; a draft kept under the
// previous release's key; `&review` switched in the open tab. At desktop and phone sizes. The rules
// behind them are reducer tests in Node (tests/unit/state/desk-rules.test.ts).
import { expect, test, type Page } from '@playwright/test';
import { SituationViewer } from './driver';

const SLUG = 'north-desk';

async function openDesk(page: Page) {
  const viewer = new SituationViewer(page);
  await viewer.desk.given.opened(SLUG);
  return viewer.desk;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('keyboard only: five proposals decided, focus on the card after every key, undo steps back, redo steps on', async ({
      page,
    }) => {
      const { when, then, mention } = await openDesk(page);
      await then.card('Zubin Potok');
      await when.press('j'); // next: Gazivode
      await then.focusOnCard();
      await then.card('Gazivode');
      for (const [key, phrase] of [
        ['r', 'Bunjaku'],
        ['n', 'Zvečan'],
        ['a', 'Leposavić'],
        ['a', 'Zubin Potok'],
        ['r', 'Zubin Potok'],
      ] as const) {
        await when.press(key);
        await then.focusOnCard(`focus after ${key}`);
        await then.card(phrase);
      }
      await then.counts('7 to review · 2 accepted · 2 rejected · 1 not a place');
      await when.press('u');
      await then.focusOnCard();
      await then.counts('8 to review · 2 accepted · 1 rejected · 1 not a place');
      await when.press('u');
      await then.counts('9 to review · 1 accepted · 1 rejected · 1 not a place');
      // The card goes back to the mention the undo re-opened.
      await then.card('Leposavić');
      await then.focusOnCard();
      // Shift+U redoes what was undone, and goes to the mention it changes.
      await when.press('Shift+U');
      await then.counts('8 to review · 2 accepted · 1 rejected · 1 not a place');
      await then.card('Leposavić');
      await then.focusOnCard();
      await then.says('Redone.', { whole: true });
      // The rejected "Gazivode" and the "not a place" Bunjaku are no longer links of the article.
      for (const words of ['Gazivode', 'Bunjaku']) await then.linked(words, false);
      await expect(page.getByTestId('article').locator('a.phrase.is-proposed').first()).toBeVisible();
      // The mention the card shows is marked in the article.
      await expect(mention('Leposavić', 'p3')).toHaveAttribute('aria-current', 'true');
    });

    test('a proposal in the text opens its card; a group of three mentions is accepted at once; Redo beside Undo', async ({
      page,
    }) => {
      const viewer = new SituationViewer(page);
      await viewer.desk.given.opened(SLUG);
      const { when, then, card, mention } = viewer.desk;
      const phrase = mention('Zubin Potok', 'p4');
      await expect(phrase).toHaveAccessibleName(/Zubin Potok/);
      await phrase.click();
      await then.card('Zubin Potok');
      // What the editor decides on is in view: the phrase in its sentence, and the decisions.
      await viewer.then.seen(card().locator('.review-sentence'), 'the phrase in its sentence');
      await viewer.then.seen(card().getByRole('button', { name: 'Reject' }), 'Reject');
      const acceptAll = card().getByRole('button', { name: 'Accept all 3' });
      const box = await acceptAll.boundingBox();
      if (viewport.width < 700) expect(box!.height).toBeGreaterThanOrEqual(44);
      await acceptAll.click();
      await then.says('Accepted all 3 mentions of “Zubin Potok”.', { whole: true });
      await then.counts('9 to review · 3 accepted');
      await then.focusOnCard();
      // Undo, then Redo, from the card's buttons: both in view, Redo beside Undo.
      const undo = card().getByRole('button', { name: 'Undo', exact: true });
      const redo = card().getByRole('button', { name: 'Redo', exact: true });
      await expect(redo).toBeDisabled();
      await when.decide('Undo');
      await then.counts('12 to review · 0 accepted');
      await viewer.then.seen(redo, 'Redo');
      expect(await undo.evaluate((b) => b.nextElementSibling?.textContent), 'Redo beside Undo').toBe('Redo');
      await when.decide('Redo');
      await then.counts('9 to review · 3 accepted');
      await expect(redo).toBeDisabled();
      await expect(viewer.desk.keys()).toContainText('Shift+u redo');
    });

    test('the place search chooses nothing on arrow keys alone; Enter chooses', async ({ page }) => {
      const { when, then, search, card } = await openDesk(page);
      await when.press('j'); // Gazivode (proposed: the village)
      await when.press('c');
      const input = search();
      await expect(input).toBeFocused();
      await input.pressSequentially('Gaziv');
      await when.press('ArrowDown');
      await when.press('ArrowDown');
      await when.press('ArrowUp');
      await then.counts('0 accepted');
      await then.cardState('pending');
      const active = card().getByRole('option', { selected: true });
      const chosen = (await active.innerText()).split('\n')[0].trim();
      await when.press('Enter');
      await then.counts('1 accepted');
      await then.says(`“Gazivode” → ${chosen.replace(/ .*$/, '')}`);
    });

    test('a draft older than the bundle says so: keep it, take the bundle, or compare', async ({ page }) => {
      const { given, when, then } = await openDesk(page);
      await when.press('r'); // reject Zubin Potok (p2)
      await then.counts('1 rejected');
      // The bundle "changed" since: the stored draft's base no longer matches it.
      await given.draftOlderThanBundle(SLUG);
      for (const choice of ['Compare', 'Take the bundle', 'Keep my draft'] as const) {
        await page.reload();
        await then.staleOffered(true);
        await when.choose(choice);
        if (choice === 'Compare') {
          await then.differences(
            '“Zubin Potok” (p2): your draft rejected → Zubin Potok; the bundle pending → Zubin Potok',
          );
        } else if (choice === 'Take the bundle') {
          await then.staleOffered(false);
          await then.counts('0 rejected');
          // Taking the bundle can be undone for the session; then the draft is stale again.
          await when.undoDiscard();
          await then.counts('1 rejected');
          await given.draftOlderThanBundle(SLUG);
        } else {
          await then.staleOffered(false);
          await then.counts('1 rejected');
          await page.reload();
          await then.staleOffered(false);
          await then.counts('your earlier work in this browser was restored');
        }
      }
    });

    test('a draft over a text that changed shows the bundle, decides nothing until the editor chooses, and keeps what still fits', async ({
      page,
    }) => {
      const { given, when, then, card } = await openDesk(page);
      await when.press('r'); // reject Zubin Potok (p2)
      await then.counts('1 rejected');
      // The text changed since: one of the draft's decisions is about words the article no longer has.
      await given.draftOlderThanBundle(SLUG, (draft) => {
        const gone = { ...draft.items[1], key: 'gone', state: 'accepted' as const };
        gone.link = { ...gone.link, phrase: 'Atlantis', passageId: 'p2' };
        return { ...draft, items: [...draft.items, gone] };
      });
      await page.reload();
      await then.staleOffered(true);
      await expect(page.getByTestId('story-failed')).toHaveCount(0);
      await expect(page.getByTestId('article')).toContainText('Zubin Potok');
      await expect(card().getByRole('button', { name: 'Accept', exact: true })).toBeDisabled();
      await then.downloadDisabled();
      await when.choose('Keep my draft');
      await then.says('1 of your decisions carried over');
      await then.says('Not carried over');
      await then.says('“Atlantis” (p2, accepted)');
      await then.counts('1 rejected');
      await expect(card().getByRole('button', { name: 'Accept', exact: true })).toBeEnabled();
    });

    test('discard asks first, says what it did, and can be undone', async ({ page }) => {
      const { when, then } = await openDesk(page);
      await when.press('a');
      await when.press('a');
      await then.counts('2 accepted');
      await when.askDiscard();
      const ask = page.getByRole('group', { name: 'Discard the draft?' });
      await expect(ask).toContainText('Discard 2 decisions?');
      await when.answerDiscard('Keep the draft');
      await then.counts('2 accepted');
      await when.askDiscard();
      await when.answerDiscard('Discard');
      await then.says('Draft discarded: the links are as the bundle has them.', { whole: true });
      await then.counts('0 accepted');
      await when.undoDiscard();
      await then.counts('2 accepted');
      await then.says('Discard undone: your draft is back.', { whole: true });
    });

    test('two tabs: the second follows the first', async ({ page, context }) => {
      const first = await openDesk(page);
      const second = await context.newPage();
      const other = await openDesk(second);
      await first.when.press('a');
      await first.then.counts('1 accepted');
      await other.then.counts('1 accepted');
      await other.then.says('Updated from another tab where this story is open for review.', { whole: true });
      await second.bringToFront();
      await other.when.press('j');
      await other.when.press('r');
      await first.then.counts('1 accepted · 1 rejected');
    });

    test('two tabs: an undo in one is followed by the other, and not written back by it', async ({
      page,
      context,
    }) => {
      const first = await openDesk(page);
      const second = await context.newPage();
      const other = await openDesk(second);
      await first.when.press('r');
      await other.then.counts('1 rejected');
      await first.when.press('u');
      await first.then.counts('0 rejected');
      await other.then.counts('0 rejected');
      await second.bringToFront();
      await other.when.press('a');
      await first.then.counts('1 accepted · 0 rejected');
    });

    test('a draft kept by the release before (its storage key) opens at the desk as it was', async ({
      page,
    }) => {
      const { given, when, then } = await openDesk(page);
      await when.press('r');
      await when.press('a');
      await then.counts('10 to review · 1 accepted · 1 rejected');
      await given.draftUnderOldKey(SLUG);
      await page.reload();
      await then.counts('10 to review · 1 accepted · 1 rejected · 0 not a place');
      await then.counts('your earlier work in this browser was restored');
      await then.staleOffered(false);
    });

    test('&review added to and removed from an open tab switches the mode without a reload; Escape cancels a pick', async ({
      page,
    }) => {
      const viewer = new SituationViewer(page);
      const { when, then } = viewer.desk;
      await viewer.given.story(SLUG);
      await then.open(false);
      await page.evaluate(() => {
        (window as unknown as { marker: number }).marker = 1;
        window.location.hash = `${window.location.hash}&review`;
      });
      await then.open(true);
      await when.decide('Pick on map');
      await then.waitsForPick(true);
      await when.press('Escape');
      await then.waitsForPick(false);
      await then.says('Pick on map cancelled.', { whole: true });
      // Removed together with a change the viewer applies, and before its `hashchange` arrives (a task
      // later), a click that makes the viewer write its state to the URL: the edited link must win, and
      // the viewer must not put `&review` back from the mode it was in a moment before.
      await page.evaluate(() => {
        window.location.hash = `${window.location.hash.replace('&review', '')}&names=sr`;
        document.querySelector<HTMLInputElement>('[data-testid^="toggle-"]')?.click();
      });
      await then.open(false);
      expect(await page.evaluate(() => window.location.hash)).not.toContain('review');
      expect(await page.evaluate(() => window.location.hash)).toContain('names=sr');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    });
  });
}

// Where the desk stays at the top of the article's pane (sticky: wide screens), the article scrolls
// beneath it: what the desk points at in the text is brought into view below the desk, never under it,
// and nothing of the page runs under the desk's last line (issue 40: docs/newsroom-published-1280.png
// showed the "Follow the article" line cut by the panel's bottom edge, under its last status line).
test.describe('at 1280×800, the desk pinned above the article', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the phrase of the card comes into view below the desk, and the desk’s last line is in its scroll, on top', async ({
    page,
  }) => {
    const desk = await openDesk(page);
    const panel = page.getByTestId('review-panel');
    const phrase = page.locator('a.phrase[aria-current="true"]');
    /** The phrase's box and the panel's bottom edge, in the page. */
    const where = async () => {
      const p = (await panel.boundingBox())!;
      const w = (await phrase.boundingBox())!;
      return {
        panelBottom: Math.round(p.y + p.height),
        top: Math.round(w.y),
        bottom: Math.round(w.y + w.height),
      };
    };
    // The editor reads on to the article's end, then goes to the next proposal, near its start.
    await page.locator('.article-pane').evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
    await desk.when.press('j');
    await desk.then.card('Gazivode');
    await expect(phrase).toBeInViewport();
    const seen = await where();
    expect(
      seen.top,
      `the phrase (${seen.top}–${seen.bottom}) below the desk (${seen.panelBottom})`,
    ).toBeGreaterThanOrEqual(seen.panelBottom);

    // The desk's last line, scrolled to in its panel, is inside the panel and nothing is drawn over it.
    await desk.when.decide('Reject');
    await desk.then.says('Rejected');
    await desk.message().scrollIntoViewIfNeeded();
    const covered = await panel.evaluate((el) => {
      const line = el.querySelector('[data-testid="review-message"]')!.getBoundingClientRect();
      const inner = el.getBoundingClientRect();
      const inside =
        line.top >= inner.top &&
        line.bottom <= inner.bottom - parseFloat(getComputedStyle(el).borderBottomWidth);
      const points = [0.1, 0.5, 0.9].map((f) => [line.left + 4, line.top + line.height * f] as const);
      const drawn = points.every(([x, y]) => el.contains(document.elementFromPoint(x, y)));
      return { inside, drawn };
    });
    expect(covered).toEqual({ inside: true, drawn: true });
  });
});
