// An editor adds a story from the command line, and a reader opens it: a short article of our own,
// `npm run story -- new`, `check` and `npm run build` in a temporary copy of the project.
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectCopy } from './project-copy';
import { scaled } from './timing';
import { shippedFeatures, SituationViewer } from './driver';

const ARTICLE = [
  'Roadblocks return near Jarinje',
  'Serbs in northern Kosovo blocked the road to the Jarinje crossing on Tuesday, after police arrested a man in Zvečan. Traffic to Raška went through Brnjak.',
  'Officials in Pristina said KFOR would clear the road, while Belgrade asked Brussels to intervene.',
].join('\n\n');
const PORT = 4181;

test.describe.configure({ mode: 'serial', timeout: scaled(300_000) });

let project: ProjectCopy;
let origin: string;

test.beforeAll(async () => {
  test.setTimeout(scaled(300_000));
  project = new ProjectCopy();
  writeFileSync(join(project.dir, 'roadblocks.txt'), ARTICLE);
  const created = project.npm(
    'story',
    '--',
    'new',
    'roadblocks',
    '--article',
    'roadblocks.txt',
    '--source-name',
    'Test Wire',
  );
  expect(created).toMatch(/links proposed/);
  project.npm('story', '--', 'check');
  project.npm('build');
  origin = await project.serve(PORT);
});

test.afterAll(() => project?.dispose());

test('the new story opens at #story=<slug>: its text verbatim, its place names links that open their details', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then } = viewer;
  await given.story('roadblocks', { origin });
  const article = page.getByTestId('article');
  await expect(article).toContainText('Roadblocks return near Jarinje');
  const shown = (await article.locator('[data-passage-id]').allInnerTexts()).join('\n');
  const normalise = (s: string) => s.replace(/\?/g, '').replace(/\s+/g, ' ').trim();
  for (const paragraph of ARTICLE.split('\n\n')) expect(normalise(shown)).toContain(normalise(paragraph));
  expect(readFileSync(join(project.dir, 'stories/roadblocks/article.txt'), 'utf8')).toBe(ARTICLE);
  await expect(page.getByTestId('proposed-banner')).toBeVisible();
  const zvecan = article.locator('a.phrase', { hasText: 'Zvečan' });
  await expect(zvecan).toHaveClass(/is-proposed/);
  await expect(zvecan).toHaveAttribute('aria-label', /proposed link, not reviewed/);
  await when.clickPhrase(zvecan);
  const details = viewer.details();
  await expect(details).toBeVisible();
  await then.detailsShow('Zvečan');
  await expect(details).toContainText('Proposed link, not reviewed by an editor.');
  await expect(page).toHaveTitle(/Roadblocks return near Jarinje/);
});

test('with two stories, / lists them; an unknown slug says so above the list', async ({ page }) => {
  const { given } = new SituationViewer(page);
  await given.pageAt('', { origin });
  const list = page.getByTestId('story-list');
  await expect(list.getByTestId('story-link')).toHaveCount(2);
  await expect(list).toContainText('Roadblocks return near Jarinje');
  await expect(list).toContainText('Libération');
  await given.pageAt({ story: 'atlantis' }, { origin });
  await expect(page.getByTestId('unknown-story')).toContainText('no story “atlantis”');
  await expect(page.getByTestId('story-link')).toHaveCount(2);
  await page.getByTestId('story-link').filter({ hasText: 'Roadblocks' }).click();
  await expect(page.getByTestId('article')).toContainText('Roadblocks return near Jarinje');
});

test('review mode: accept, reject, re-target from the list and on the map, add from a selection; a reload loses nothing; the download validates', async ({
  page,
}) => {
  const item = (phrase: string) => page.locator(`[data-testid="review-item"][data-phrase="${phrase}"]`);
  const { given, when } = new SituationViewer(page);
  await given.story('roadblocks', { origin, review: true });
  await expect(page.getByTestId('review-panel')).toBeVisible();

  await item('Zvečan').getByRole('button', { name: 'Accept' }).click();
  await expect(item('Zvečan')).toHaveAttribute('data-state', 'accepted');
  await item('Belgrade').getByRole('button', { name: 'Reject' }).click();
  await expect(item('Belgrade')).toHaveAttribute('data-state', 'rejected');
  // A rejected link is no longer a link in the article.
  await expect(page.getByTestId('article').locator('a.phrase', { hasText: 'Belgrade' })).toHaveCount(0);
  await item('Raška').getByRole('combobox').selectOption('town-novi-pazar');
  await expect(item('Raška')).toHaveAttribute('data-state', 'accepted');
  await expect(item('Raška')).toContainText('Proposed: Raška');

  // Re-target by clicking the map: Pristina's link, to the Brnjak crossing's marker.
  await item('Pristina').getByRole('button', { name: 'Pick on map' }).click();
  const brnjak = shippedFeatures('crossings.geojson').find((f) => f.properties.id === 'crossing-brnjak')!;
  const [lon, lat] = brnjak.geometry.coordinates as number[];
  await when.clickMap(lon, lat);
  await expect(item('Pristina').getByRole('combobox')).toHaveValue('crossing-brnjak');

  // Add a link from words selected in the article.
  await page.evaluate(() => {
    const passage = document.querySelector('[data-passage-id="p2"] p')!;
    const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('the road');
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'the road'.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
    }
    throw new Error('no "the road" in p2');
  });
  await page.getByTestId('review-link-selection').click();
  await page.getByRole('combobox', { name: 'Place for the selected words' }).selectOption('crossing-jarinje');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(item('the road')).toHaveAttribute('data-state', 'accepted');

  const before = await page.getByTestId('review-counts').innerText();
  await page.reload();
  await expect(page.getByTestId('review-counts')).toHaveText(
    `${before} · your earlier work in this browser was restored`,
  );
  await expect(item('Belgrade')).toHaveAttribute('data-state', 'rejected');
  await expect(item('Raška').getByRole('combobox')).toHaveValue('town-novi-pazar');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('review-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('links.json');
  const file = join(project.dir, 'stories/roadblocks/links.json');
  await download.saveAs(file);
  const links = JSON.parse(readFileSync(file, 'utf8')) as {
    featureId: string;
    phrase: string;
    status: string;
  }[];
  expect(links.find((l) => l.phrase === 'Raška')).toMatchObject({
    featureId: 'town-novi-pazar',
    status: 'reviewed',
  });
  expect(links.some((l) => l.phrase === 'Belgrade')).toBe(false);
  expect(links.find((l) => l.phrase === 'the road')).toMatchObject({ featureId: 'crossing-jarinje' });
  // The downloaded file passes the same checks as any bundle.
  expect(project.npm('story', '--', 'check', 'roadblocks')).toMatch(/✓ roadblocks/);
});
