// The browser's new-story page (#new, issue 27): its fields by their labels, bad input refused with a
// message and nothing kept, a long article asked about first, the page responsive while a 10,000-word
// article is parsed in the worker (input handled while the bar says it is finding places, the bar
// advancing), a .txt file chosen, the form kept across a reload, and the story opening at the desk.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipBundle } from '../../src/story/bundleZip';
import { SituationViewer } from './driver';

const PARAGRAPH =
  'Police patrolled the road from Zubin Potok to the Gazivode dam, and traffic through Jarinje was light while shops in Leposavić and Zvečan opened as usual.';
/** About `words` words, in paragraphs of 26 words. */
const articleOf = (words: number) =>
  ['A long day in the north', ...Array.from({ length: Math.ceil(words / 26) }, () => PARAGRAPH)].join('\n\n');

test.beforeEach(async ({ page }) => {
  await new SituationViewer(page).authoring.given.newStoryPage();
});

test('bad input gets a message naming the field, and nothing is kept', async ({ page }) => {
  const { authoring } = new SituationViewer(page);
  const find = page.getByRole('button', { name: 'Find places' });
  await page.getByLabel('Slug').fill('bad-input');
  await find.click();
  const problems = page.getByTestId('new-story-problems');
  await expect(problems).toContainText('The text is empty');
  await expect(problems).toBeFocused();

  await page.getByLabel('Article text').fill('Police in Zvečan.');
  await page.getByLabel('Source URL').fill('javascript:alert(3)');
  await page.getByLabel('Date').fill('2023-02-30');
  await page.getByLabel('Slug').fill('Bad Slug');
  await find.click();
  await expect(problems).toContainText(
    'The source URL “javascript:alert(3)” is not an http: or https: address',
  );
  await expect(problems).toContainText('The date “2023-02-30” is not a calendar date');
  await expect(problems).toContainText('The slug “Bad Slug” is not usable');
  await expect(page.getByLabel('Source URL')).toHaveAttribute('aria-invalid', 'true');
  // A slug this viewer publishes already is refused too.
  await page.getByLabel('Source URL').fill('https://example.org/');
  await page.getByLabel('Date').fill('2023-09-29');
  await page.getByLabel('Slug').fill('liberation-2023-09-29');
  await find.click();
  await expect(problems).toContainText('This viewer already publishes a story “liberation-2023-09-29”');

  await page.getByLabel('Article text').fill(articleOf(20_050));
  await page.getByLabel('Slug').fill('too-long');
  await find.click();
  await expect(problems).toContainText(/The text has 20,0\d\d words; the limit is 20,000 words/);
  await authoring.then.stored([]);
  await expect(authoring.progress()).toHaveCount(0);
});

test('an article over 5,000 words is asked about first; while 10,000 words are parsed the page takes input and the bar advances', async ({
  page,
}) => {
  test.slow();
  const text = articleOf(10_000);
  await page.getByLabel('Article text').fill(text);
  await expect(page.getByTestId('word-count')).toHaveText(/^10,0\d\d words$/);
  await page.getByLabel('Title').fill('A long day');
  await page.getByRole('button', { name: 'Find places' }).click();
  await expect(page.getByRole('alert')).toContainText('more than 5,000');
  // Record, in the page, each keystroke the title field takes and the bar's state when it did.
  await page.evaluate(() => {
    const w = window as unknown as { inputs: string[]; values: number[] };
    w.inputs = [];
    w.values = [];
    const bar = () => document.querySelector<HTMLProgressElement>('[data-testid="find-progress"] progress');
    document.addEventListener(
      'input',
      () => w.inputs.push(document.querySelector('[data-testid="find-progress"] label')?.textContent ?? ''),
      true,
    );
    new MutationObserver(() => {
      const value = bar()?.value;
      if (value !== undefined && value !== w.values[w.values.length - 1]) w.values.push(value);
    }).observe(document.body, { subtree: true, attributes: true, childList: true });
  });
  await page.getByRole('button', { name: 'Find places anyway' }).click();
  const title = page.getByLabel('Title');
  await expect(page.getByTestId('find-progress')).toBeVisible();
  // Type until the desk opens: the worker parses, the page's thread stays free for the editor.
  await title.focus();
  const { desk } = new SituationViewer(page);
  while ((await desk.card().count()) === 0) {
    if ((await title.count()) === 0 || (await page.getByTestId('find-failure').count())) break;
    await page.keyboard.type('x').catch(() => undefined);
  }
  await expect(desk.card()).toBeVisible();
  const { inputs, values } = await page.evaluate(() => {
    const w = window as unknown as { inputs: string[]; values: number[] };
    return { inputs: w.inputs, values: w.values };
  });
  const parsing = inputs.filter((stage) => stage.startsWith('Finding places in the text'));
  expect(parsing.length, 'the page took input while the text was parsed').toBeGreaterThan(0);
  expect(values.length, 'the bar advanced').toBeGreaterThanOrEqual(4);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  // The title typed during parsing is the story's title.
  await expect(page.locator('.app-header')).toBeVisible();
  await expect(page).toHaveTitle(/A long dayx+/);
});

test('a .txt file fills the text; the form survives a reload; the story opens at the desk and is kept', async ({
  page,
}) => {
  const { authoring, desk } = new SituationViewer(page);
  await page.locator('input[type=file]').setInputFiles({
    name: 'article.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Quiet in Zvečan\n\n${PARAGRAPH}`),
  });
  await expect(page.getByLabel('Article text')).toHaveValue(`Quiet in Zvečan\n\n${PARAGRAPH}`);
  await page.getByLabel('Title').fill('Quiet in Zvečan');
  await expect(page.getByLabel('Slug')).toHaveValue('quiet-in-zvecan');
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Quiet in Zvečan');
  await expect(page.getByLabel('Article text')).toHaveValue(`Quiet in Zvečan\n\n${PARAGRAPH}`);
  await page.getByRole('button', { name: 'Find places' }).click();
  await expect(desk.card()).toBeVisible();
  await desk.then.counts(/^\d+ to review/);
  await authoring.then.stored(['quiet-in-zvecan']);
  // Kept like any draft: a reload opens it again, at the desk.
  await desk.when.press('a');
  await page.reload();
  await desk.then.counts('1 accepted');
  // And the form is empty again for the next story; the same slug asks before replacing it.
  await page.goto('/#new');
  await expect(page.getByLabel('Article text')).toHaveValue('');
  await page.getByLabel('Article text').fill(`Quiet in Zvečan\n\n${PARAGRAPH}`);
  await page.getByLabel('Slug').fill('quiet-in-zvecan');
  await page.getByRole('button', { name: 'Find places' }).click();
  await expect(page.getByRole('alert')).toContainText('already holds a story “quiet-in-zvecan”');
  await page.getByRole('link', { name: 'Open it instead' }).click();
  await desk.then.counts('1 accepted');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('every field fits the width, and Find places is reachable', async ({ page }) => {
    for (const label of ['Article text', 'Title', 'Date', 'Slug', 'Source name', 'Source URL']) {
      const box = (await page.getByLabel(label).boundingBox())!;
      expect(box.x, label).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, label).toBeLessThanOrEqual(390);
      expect(box.height, label).toBeGreaterThanOrEqual(44);
    }
    const find = page.getByRole('button', { name: 'Find places' });
    await find.scrollIntoViewIfNeeded();
    expect((await find.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test(`a candidate the map lacks is added to the story from the card: on the map, kept, and in the download`, async ({
      page,
    }) => {
      const { authoring, desk } = new SituationViewer(page);
      await authoring.when.fill({
        'Article text':
          'Roads closed in the north\n\nVillagers in Bare near Leposavić said the road to Dren was closed, and Kamenica in Serbia was quiet.',
        Slug: 'roads-closed',
      });
      await authoring.when.findPlaces();
      await desk.then.card('Bare');
      // The third Bare the geoparser weighed (GeoNames 792877, in South Mitrovica) is no feature of the map.
      const unmapped = desk.card().getByRole('button', { name: 'Choose Bare (adds it to the map)' });
      await expect(unmapped).toBeVisible();
      await expect(desk.candidate('GeoNames 792877')).toContainText('not on this map yet: choosing adds it');
      await unmapped.click();
      await desk.then.says('added to the map as a place of this story');
      // Now a place of the map: chosen (✓ current), its feature on the map's index.
      const chosen = desk.candidate('GeoNames 792877').getByRole('button');
      await expect(chosen).toHaveAttribute('aria-current', 'true');
      await expect(chosen).toHaveAccessibleName('Choose Bare');
      await desk.then.counts('1 accepted');
      // Kept across a reload, and in the bundle downloaded.
      await page.reload();
      await desk.then.counts('1 accepted');
      await desk.when.openMention('Bare');
      await expect(desk.candidate('GeoNames 792877').getByRole('button')).toHaveAttribute(
        'aria-current',
        'true',
      );
      const download = await desk.when.download();
      const { files } = unzipBundle(readFileSync((await download.path())!));
      const places = JSON.parse(files['places.geojson']!) as {
        features: { properties: { id: string; name: Record<string, string | null>; derivation: string } }[];
      };
      const bare = places.features.find((f) => f.properties.id === 'place-bare-792877');
      expect(bare?.properties.name).toMatchObject({ sq: 'Bare', 'sr-Cyrl': 'Баре' });
      expect(bare?.properties.derivation).toContain('chosen at the editor’s desk for “Bare”');
      const links = JSON.parse(files['links.json']!) as {
        phrase: string;
        featureId: string;
        status: string;
      }[];
      expect(links.find((l) => l.phrase === 'Bare')).toMatchObject({
        featureId: 'place-bare-792877',
        status: 'reviewed',
      });
    });
  });
}

test('the card’s search reaches the whole gazetteer: a place the geoparser never weighed is added and linked', async ({
  page,
}) => {
  const { authoring, desk } = new SituationViewer(page);
  await authoring.when.fill({
    'Article text': 'Roads closed in the north\n\nVillagers in Bare near Leposavić said the road was closed.',
    Slug: 'roads-closed-search',
  });
  await authoring.when.findPlaces();
  const card = desk.card();
  await desk.then.card('Bare');
  // Read as a reader first: the link the viewer writes lists the visible layers, and this story has no
  // places of its own; back at the desk, the map's layer for them is then off.
  await page.evaluate(() => (window.location.hash = window.location.hash.replace('&review', '')));
  await expect(card).toHaveCount(0);
  await expect(page).toHaveURL(/layers=/);
  await page.evaluate(() => (window.location.hash = `${window.location.hash}&review`));
  await desk.then.card('Bare');
  await expect(page.getByTestId('toggle-storyPlaces')).not.toBeChecked();
  await page.keyboard.press('c');
  await page.keyboard.type('Kamenica');
  // Kamenica in Serbia (GeoNames 3198410): in the gazetteer, on no layer of the map.
  const option = page.getByRole('option').filter({ hasText: 'GeoNames 3198410' });
  await expect(option).toContainText('not on this map yet');
  await option.click();
  await desk.then.says('“Bare” → Kamenica, added to the map');
  const chosen = desk.candidate('place-kamenica-3198410').getByRole('button');
  await expect(chosen).toHaveAttribute('aria-current', 'true');
  // The added place's layer is shown.
  await expect(page.getByTestId('toggle-storyPlaces')).toBeChecked();
  // Now on the map, the search offers it as a place of the map, no longer as one to add.
  await card.getByRole('combobox').fill('Kamenica');
  await expect(page.getByRole('option').filter({ hasText: 'place-kamenica-3198410' })).toHaveCount(1);
  await expect(page.getByRole('option').filter({ hasText: 'GeoNames 3198410' })).toHaveCount(0);
});
