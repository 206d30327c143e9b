// The editor's desk (issue 26) on a bundle `story new` made (tests/fixtures/stories/north-desk, built
// with SITUATION_FIXTURES=1): review in the text, by keyboard, with focus checked after each key; a
// grouped accept; a combobox that chooses nothing on arrows; the stale-draft choice; discard with
// confirmation and undo; two tabs; `&review` switched in the open tab. At desktop and phone sizes.
import { expect, test, type Page } from '@playwright/test';
import { SituationViewer } from './driver';

const SLUG = 'north-desk';
const KEY = `situation-viewer:review:${SLUG}`;

async function openDesk(page: Page) {
  const viewer = new SituationViewer(page);
  await viewer.given.story(SLUG, { review: true });
  await expect(page.getByTestId('review-card')).toBeVisible();
  return viewer;
}

const card = (page: Page) => page.getByTestId('review-card');
const counts = (page: Page) => page.getByTestId('review-counts');
/** Which element has focus: the card, or what else (the page body is a failure). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.closest('[data-testid="review-card"]') ? 'card' : `${el.tagName}.${el.className}`;
  });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('keyboard only: five proposals decided, focus on the card after every key, undo steps back', async ({
      page,
    }) => {
      await openDesk(page);
      await expect(card(page)).toHaveAttribute('data-phrase', 'Zubin Potok');
      await page.keyboard.press('j'); // next: Gazivode
      expect(await focused(page)).toBe('card');
      await expect(card(page)).toHaveAttribute('data-phrase', 'Gazivode');
      for (const [key, phrase] of [
        ['r', 'Bunjaku'],
        ['n', 'Zvečan'],
        ['a', 'Leposavić'],
        ['a', 'Zubin Potok'],
        ['r', 'Zubin Potok'],
      ] as const) {
        await page.keyboard.press(key);
        expect(await focused(page), `focus after ${key}`).toBe('card');
        await expect(card(page)).toHaveAttribute('data-phrase', phrase);
      }
      await expect(counts(page)).toContainText('7 to review · 2 accepted · 2 rejected · 1 not a place');
      await page.keyboard.press('u');
      expect(await focused(page)).toBe('card');
      await expect(counts(page)).toContainText('8 to review · 2 accepted · 1 rejected · 1 not a place');
      await page.keyboard.press('u');
      await expect(counts(page)).toContainText('9 to review · 1 accepted · 1 rejected · 1 not a place');
      // The card goes back to the mention the undo re-opened.
      await expect(card(page)).toHaveAttribute('data-phrase', 'Leposavić');
      expect(await focused(page)).toBe('card');
      // The rejected "Gazivode" and the "not a place" Bunjaku are no longer links of the article.
      for (const words of ['Gazivode', 'Bunjaku'])
        await expect(page.getByTestId('article').locator('a.phrase', { hasText: words })).toHaveCount(0);
      await expect(page.getByTestId('article').locator('a.phrase.is-proposed').first()).toBeVisible();
    });

    test('a proposal in the text opens its card; a group of three mentions is accepted at once', async ({
      page,
    }) => {
      const { then } = await openDesk(page);
      const phrase = page
        .getByTestId('article')
        .locator('[data-passage-id="p4"] a.phrase', { hasText: 'Zubin Potok' });
      await expect(phrase).toHaveAccessibleName(/Zubin Potok/);
      await phrase.click();
      await expect(card(page)).toHaveAttribute('data-phrase', 'Zubin Potok');
      // What the editor decides on is in view: the phrase in its sentence, and the decisions.
      await then.seen(card(page).locator('.review-sentence'), 'the phrase in its sentence');
      await then.seen(card(page).getByRole('button', { name: 'Reject' }), 'Reject');
      const acceptAll = card(page).getByRole('button', { name: 'Accept all 3' });
      const box = await acceptAll.boundingBox();
      if (viewport.width < 700) expect(box!.height).toBeGreaterThanOrEqual(44);
      await acceptAll.click();
      await expect(page.getByTestId('review-message')).toHaveText(
        'Accepted all 3 mentions of “Zubin Potok”.',
      );
      await expect(counts(page)).toContainText('9 to review · 3 accepted');
      expect(await focused(page)).toBe('card');
    });
  });
}

test('the place search chooses nothing on arrow keys alone; Enter chooses', async ({ page }) => {
  await openDesk(page);
  await page.keyboard.press('j'); // Gazivode (proposed: the village)
  await page.keyboard.press('c');
  const input = card(page).getByRole('combobox');
  await expect(input).toBeFocused();
  await input.pressSequentially('Gaziv');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(counts(page)).toContainText('0 accepted');
  await expect(card(page)).toHaveAttribute('data-state', 'pending');
  const active = card(page).getByRole('option', { selected: true });
  const chosen = (await active.innerText()).split('\n')[0].trim();
  await page.keyboard.press('Enter');
  await expect(counts(page)).toContainText('1 accepted');
  await expect(page.getByTestId('review-message')).toContainText(
    `“Gazivode” → ${chosen.replace(/ .*$/, '')}`,
  );
});

test('a draft older than the bundle says so: keep it, take the bundle, or compare', async ({ page }) => {
  await openDesk(page);
  await page.keyboard.press('r'); // reject Zubin Potok (p2)
  await expect(counts(page)).toContainText('1 rejected');
  // The bundle "changed" since: the stored draft's base no longer matches it.
  await page.evaluate((key) => {
    const draft = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...draft, base: 'an-older-bundle' }));
  }, KEY);
  for (const choice of ['Compare', 'Take the bundle', 'Keep my draft'] as const) {
    await page.reload();
    const stale = page.getByTestId('review-stale');
    await expect(stale).toBeVisible();
    await stale.getByRole('button', { name: choice }).click();
    if (choice === 'Compare') {
      await expect(page.getByTestId('review-differences')).toContainText(
        '“Zubin Potok” (p2): your draft rejected → town-zubin-potok; the bundle pending → town-zubin-potok',
      );
    } else if (choice === 'Take the bundle') {
      await expect(stale).toHaveCount(0);
      await expect(counts(page)).toContainText('0 rejected');
      // Taking the bundle can be undone for the session; then the draft is stale again.
      await page.getByRole('button', { name: 'Undo discard' }).click();
      await expect(counts(page)).toContainText('1 rejected');
      await page.evaluate((key) => {
        const draft = JSON.parse(localStorage.getItem(key)!);
        localStorage.setItem(key, JSON.stringify({ ...draft, base: 'an-older-bundle' }));
      }, KEY);
    } else {
      await expect(stale).toHaveCount(0);
      await expect(counts(page)).toContainText('1 rejected');
      await page.reload();
      await expect(page.getByTestId('review-stale')).toHaveCount(0);
      await expect(counts(page)).toContainText('your earlier work in this browser was restored');
    }
  }
});

test('a draft over a text that changed shows the bundle, decides nothing until the editor chooses, and keeps what still fits', async ({
  page,
}) => {
  await openDesk(page);
  await page.keyboard.press('r'); // reject Zubin Potok (p2)
  await expect(counts(page)).toContainText('1 rejected');
  // The text changed since: one of the draft's decisions is about words the article no longer has.
  await page.evaluate((key) => {
    const draft = JSON.parse(localStorage.getItem(key)!);
    const gone = { ...draft.items[1], key: 'gone', state: 'accepted' };
    gone.link = { ...gone.link, phrase: 'Atlantis', passageId: 'p2' };
    localStorage.setItem(
      key,
      JSON.stringify({ ...draft, base: 'an-older-bundle', items: [...draft.items, gone] }),
    );
  }, KEY);
  await page.reload();
  await expect(page.getByTestId('review-stale')).toBeVisible();
  await expect(page.getByTestId('story-failed')).toHaveCount(0);
  await expect(page.getByTestId('article')).toContainText('Zubin Potok');
  await expect(card(page).getByRole('button', { name: 'Accept', exact: true })).toBeDisabled();
  await expect(page.getByTestId('review-download')).toBeDisabled();
  await page.getByTestId('review-stale').getByRole('button', { name: 'Keep my draft' }).click();
  await expect(page.getByTestId('review-message')).toContainText('1 of your decisions carried over');
  await expect(page.getByTestId('review-message')).toContainText('Not carried over');
  await expect(page.getByTestId('review-message')).toContainText('“Atlantis” (p2, accepted)');
  await expect(counts(page)).toContainText('1 rejected');
  await expect(card(page).getByRole('button', { name: 'Accept', exact: true })).toBeEnabled();
});

test('discard asks first, says what it did, and can be undone', async ({ page }) => {
  await openDesk(page);
  await page.keyboard.press('a');
  await page.keyboard.press('a');
  await expect(counts(page)).toContainText('2 accepted');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  const ask = page.getByRole('group', { name: 'Discard the draft?' });
  await expect(ask).toContainText('Discard 2 decisions?');
  await ask.getByRole('button', { name: 'Keep the draft' }).click();
  await expect(counts(page)).toContainText('2 accepted');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await page
    .getByRole('group', { name: 'Discard the draft?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(page.getByTestId('review-message')).toHaveText(
    'Draft discarded: the links are as the bundle has them.',
  );
  await expect(counts(page)).toContainText('0 accepted');
  await page.getByRole('button', { name: 'Undo discard' }).click();
  await expect(counts(page)).toContainText('2 accepted');
  await expect(page.getByTestId('review-message')).toHaveText('Discard undone: your draft is back.');
});

test('two tabs: the second follows the first', async ({ page, context }) => {
  await openDesk(page);
  const second = await context.newPage();
  await openDesk(second);
  await page.keyboard.press('a');
  await expect(counts(page)).toContainText('1 accepted');
  await expect(counts(second)).toContainText('1 accepted');
  await expect(second.getByTestId('review-message')).toHaveText(
    'Updated from another tab where this story is open for review.',
  );
  await second.bringToFront();
  await second.keyboard.press('j');
  await second.keyboard.press('r');
  await expect(counts(page)).toContainText('1 accepted · 1 rejected');
});

test('two tabs: an undo in one is followed by the other, and not written back by it', async ({
  page,
  context,
}) => {
  await openDesk(page);
  const second = await context.newPage();
  await openDesk(second);
  await page.keyboard.press('r');
  await expect(counts(second)).toContainText('1 rejected');
  await page.keyboard.press('u');
  await expect(counts(page)).toContainText('0 rejected');
  await expect(counts(second)).toContainText('0 rejected');
  await second.bringToFront();
  await second.keyboard.press('a');
  await expect(counts(page)).toContainText('1 accepted · 0 rejected');
});

test('&review added to and removed from an open tab switches the mode without a reload; Escape cancels a pick', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  await viewer.given.story(SLUG);
  await expect(page.getByTestId('review-panel')).toHaveCount(0);
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
    window.location.hash = `${window.location.hash}&review`;
  });
  await expect(page.getByTestId('review-card')).toBeVisible();
  await card(page).getByRole('button', { name: 'Pick on map' }).click();
  await expect(page.getByTestId('review-armed')).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.reviewPicking)).toBe('true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('review-armed')).toHaveCount(0);
  expect(await page.evaluate(() => document.body.dataset.reviewPicking)).toBeUndefined();
  // Removed together with a change the viewer applies, and before its `hashchange` arrives (a task
  // later), a click that makes the viewer write its state to the URL: the edited link must win, and
  // the viewer must not put `&review` back from the mode it was in a moment before.
  await page.evaluate(() => {
    window.location.hash = `${window.location.hash.replace('&review', '')}&names=sr`;
    document.querySelector<HTMLInputElement>('[data-testid^="toggle-"]')?.click();
  });
  await expect(page.getByTestId('review-panel')).toHaveCount(0);
  expect(await page.evaluate(() => window.location.hash)).not.toContain('review');
  expect(await page.evaluate(() => window.location.hash)).toContain('names=sr');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});
