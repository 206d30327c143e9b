// The editor's side of the driver (driver.ts), in the same three layers: `desk` for the editor's desk
// (#story=<slug>&review: its card, keys, the stale-draft choice, discarding, downloading) and
// `authoring` for the new-story page (#new). `given` sets the scene (a story at the desk, a draft older
// than its bundle, a draft kept under the previous release's key), `when` does what an editor does,
// `then` checks what the editor sees. The storage keys are the app's own (src/state/storage.ts), and
// the test ids live here: specs write neither by hand.
import { expect, type Download, type Page } from '@playwright/test';
import { OLD_STORAGE_KEYS, STORAGE_KEYS } from '../../src/state/storage';
import type { DeskDraft } from '../../src/state/desk/draft';

/** A button of the card, by its words. */
export type CardButton =
  'Accept' | 'Reject' | 'Not a place here' | 'Pick on map' | 'Undo' | 'Redo' | `Accept all ${number}`;

export class DeskDriver {
  constructor(
    private readonly page: Page,
    /** Opens a story (the viewer's `given.story`). */
    private readonly openStory: (
      slug: string,
      options: { origin?: string; review?: boolean },
    ) => Promise<void>,
  ) {}

  panel = () => this.page.getByTestId('review-panel');
  card = () => this.page.getByTestId('review-card');
  counts = () => this.page.getByTestId('review-counts');
  message = () => this.page.getByTestId('review-message');
  stale = () => this.page.getByTestId('review-stale');
  /** The line of keys the desk answers to. */
  keys = () => this.page.getByTestId('review-keys');
  /** The card's search of places ("Another place for …"). */
  search = () => this.card().getByRole('combobox');
  /** A mention in the article, by its words (in a passage, if given). */
  mention = (words: string, passageId?: string) =>
    this.page
      .getByTestId('article')
      .locator(passageId ? `[data-passage-id="${passageId}"] a.phrase` : 'a.phrase', { hasText: words });
  /** A candidate of the card, by what its line says (its GeoNames id, its feature id). */
  candidate = (text: string) => this.card().getByRole('listitem').filter({ hasText: text });

  /** Which element has focus: the card, or what else (the page body is a failure). */
  private focused = () =>
    this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return el.closest('[data-testid="review-card"]') ? 'card' : `${el.tagName}.${el.className}`;
    });

  /** The draft this browser stores for the story, once the desk has written one. */
  private storedDraft = async (slug: string): Promise<DeskDraft> => {
    const key = STORAGE_KEYS.draft(slug);
    await expect
      .poll(() => this.page.evaluate((k) => localStorage.getItem(k) !== null, key), {
        message: `a draft of ${slug} is stored`,
      })
      .toBe(true);
    return JSON.parse(await this.page.evaluate((k) => localStorage.getItem(k)!, key)) as DeskDraft;
  };

  readonly given = {
    /** The story opened at the desk (its map drawn), the card shown. */
    opened: async (slug: string, options: { origin?: string } = {}) => {
      await this.openStory(slug, { ...options, review: true });
      await expect(this.card()).toBeVisible();
    },
    /**
     * The draft stored for the story, as if the bundle had been rebuilt since it began (its base is
     * another bundle's), changed first if asked. Takes effect when the desk next opens.
     */
    draftOlderThanBundle: async (slug: string, change: (draft: DeskDraft) => DeskDraft = (d) => d) => {
      const draft = { ...change(await this.storedDraft(slug)), base: 'an-older-bundle' };
      await this.page.evaluate(
        ([k, text]) => localStorage.setItem(k, text),
        [STORAGE_KEYS.draft(slug), JSON.stringify(draft)],
      );
    },
    /** The draft stored under the key of the release before (a browser that last ran it), none under the new. */
    draftUnderOldKey: async (slug: string) => {
      const text = JSON.stringify(await this.storedDraft(slug));
      await this.page.evaluate(
        ([now, old, t]) => {
          localStorage.removeItem(now);
          localStorage.setItem(old, t);
        },
        [STORAGE_KEYS.draft(slug), OLD_STORAGE_KEYS.draft(slug), text],
      );
    },
  };

  readonly when = {
    /** A key pressed where the focus is. */
    press: (key: string) => this.page.keyboard.press(key),
    /** A button of the card. */
    decide: (button: CardButton) => this.card().getByRole('button', { name: button, exact: true }).click(),
    /** A mention selected in the article: its card opens. */
    openMention: async (words: string, passageId?: string) => {
      await this.mention(words, passageId).first().click();
      await expect(this.card()).toHaveAttribute('data-phrase', words);
    },
    /** A candidate of the card chosen, by what its line says (a place the map lacks is added to it). */
    chooseCandidate: (text: string) => this.candidate(text).getByRole('button').click(),
    /** Words typed in the card's search, then an option chosen with the keyboard (arrows, Enter). */
    searchAndChoose: async (text: string, keys: string[] = ['ArrowDown']) => {
      await this.search().fill(text);
      for (const key of keys) await this.page.keyboard.press(key);
      await this.page.keyboard.press('Enter');
    },
    /** The stale draft's choice. */
    choose: (choice: 'Keep my draft' | 'Take the bundle' | 'Compare') =>
      this.stale().getByRole('button', { name: choice }).click(),
    /** "Discard draft", then "Discard" (or "Keep the draft"). */
    askDiscard: () => this.page.getByRole('button', { name: 'Discard draft' }).click(),
    answerDiscard: (answer: 'Discard' | 'Keep the draft') =>
      this.page
        .getByRole('group', { name: 'Discard the draft?' })
        .getByRole('button', { name: answer, exact: true })
        .click(),
    undoDiscard: () => this.page.getByRole('button', { name: 'Undo discard' }).click(),
    /** "Link the selected words" for words of a passage, to a place found by the search. */
    linkWords: async (passageId: string, words: string, place: string) => {
      await this.page.evaluate(
        ([id, text]) => {
          const passage = document.querySelector(`[data-passage-id="${id}"] p`)!;
          const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(text);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              window.getSelection()!.removeAllRanges();
              window.getSelection()!.addRange(range);
              return;
            }
          }
          throw new Error(`no "${text}" in ${id}`);
        },
        [passageId, words],
      );
      await this.page.getByTestId('review-link-selection').click();
      await this.page.getByRole('combobox', { name: 'Place for the selected words' }).fill(place);
      await this.page.keyboard.press('ArrowDown');
      await this.page.keyboard.press('Enter');
    },
    /** "Download story (.zip)": the download, once the desk has said what it did. */
    download: async (): Promise<Download> => {
      const downloading = this.page.waitForEvent('download');
      await this.page.getByTestId('review-download').click();
      return downloading;
    },
    /** "Cancel" on the line that says the map waits for a pick. */
    cancelPick: () => this.page.getByTestId('review-armed').getByRole('button', { name: 'Cancel' }).click(),
  };

  readonly then = {
    /** The card shows this mention. */
    card: (phrase: string) => expect(this.card()).toHaveAttribute('data-phrase', phrase),
    /** The card's mention is in this state. */
    cardState: (state: string) => expect(this.card()).toHaveAttribute('data-state', state),
    counts: (text: string | RegExp) => expect(this.counts()).toContainText(text),
    countsAre: (text: string) => expect(this.counts()).toHaveText(text),
    /** What the desk says (the whole sentence, or a part of it). */
    says: (text: string | RegExp, options: { whole?: boolean } = {}) =>
      options.whole ? expect(this.message()).toHaveText(text) : expect(this.message()).toContainText(text),
    /** The keyboard focus is on the card (never on the page body). */
    focusOnCard: async (what = 'focus') => {
      expect(await this.focused(), what).toBe('card');
    },
    /** The map waits for the editor's click (the line says so, the map shows it), or does not. */
    waitsForPick: async (yes: boolean) => {
      await expect(this.page.getByTestId('review-armed')).toHaveCount(yes ? 1 : 0);
      await expect(this.page.locator('.app[data-review-picking]')).toHaveCount(yes ? 1 : 0);
    },
    /** The choice over a draft older than its bundle is offered (or not). */
    staleOffered: (yes: boolean) =>
      yes ? expect(this.stale()).toBeVisible() : expect(this.stale()).toHaveCount(0),
    differences: (text: string) => expect(this.page.getByTestId('review-differences')).toContainText(text),
    /** A mention is (or is no longer) a link of the article. */
    linked: (words: string, yes: boolean) => expect(this.mention(words)).toHaveCount(yes ? 1 : 0),
    /** The desk is there (or not): `&review` switches it. */
    open: (yes: boolean) => (yes ? expect(this.card()).toBeVisible() : expect(this.panel()).toHaveCount(0)),
    /** The checks the downloaded story failed (none, when it downloaded). */
    noProblems: async () =>
      expect(await this.page.getByTestId('review-problems').locator('li').allInnerTexts()).toEqual([]),
    downloadDisabled: () => expect(this.page.getByTestId('review-download')).toBeDisabled(),
  };
}

export class AuthoringDriver {
  constructor(private readonly page: Page) {}

  field = (label: string) => this.page.getByLabel(label);
  problems = () => this.page.getByTestId('new-story-problems');
  progress = () => this.page.getByTestId('find-progress');

  readonly given = {
    /** The new-story page (#new). */
    newStoryPage: async () => {
      await this.page.goto('/#new');
      await expect(this.page.getByRole('heading', { name: 'New story' })).toBeVisible();
    },
  };

  readonly when = {
    /** The form's fields filled, by their labels. */
    fill: async (
      fields: Partial<
        Record<'Article text' | 'Title' | 'Date' | 'Slug' | 'Source name' | 'Source URL', string>
      >,
    ) => {
      for (const [label, value] of Object.entries(fields)) await this.field(label).fill(value);
    },
    findPlaces: () => this.page.getByRole('button', { name: 'Find places' }).click(),
    /** Find places, and the desk opens on the story (in the same tab). */
    startStory: async () => {
      await this.when.findPlaces();
      await expect(this.page.getByTestId('review-card')).toBeVisible();
    },
  };

  readonly then = {
    /** The stories this browser keeps (started at #new), by slug. */
    stored: async (slugs: string[]) => expect(await this.get.storedStories()).toEqual(slugs),
  };

  readonly get = {
    storedStories: () =>
      this.page.evaluate(
        (prefixes) =>
          Object.keys(localStorage)
            .filter((k) => prefixes.some((p) => k.startsWith(p)))
            .map((k) => k.slice(prefixes.find((p) => k.startsWith(p))!.length))
            .sort(),
        [STORAGE_KEYS.localStory(''), OLD_STORAGE_KEYS.localStory('')],
      ),
    /** Every key this browser holds about a story (its files, its draft), old or new. */
    keysAbout: (slug: string) =>
      this.page.evaluate((s) => Object.keys(localStorage).filter((k) => k.includes(s)), slug),
  };
}
