// An editor adds a story from the command line, and a reader opens it: a short article of our own,
// `npm run story -- new`, `check` and `npm run build` in a temporary copy of the project.
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { unzipBundle } from '../../src/story/bundleZip';
import { join } from 'node:path';
import { ProjectCopy } from './project-copy';
import { scaled } from './timing';
import { shippedFeatures, SituationViewer } from './driver';
import { PREVIEW_PORT } from './origin';

const ARTICLE = [
  'Roadblocks return near Jarinje',
  'Serbs in northern Kosovo blocked the road to the Jarinje crossing on Tuesday, after police arrested a man in Zvečan. Traffic to Raška went through Brnjak.',
  'Officials in Pristina said KFOR would clear the road, while Belgrade asked Brussels to intervene.',
].join('\n\n');
const BROWSER_ARTICLE = [
  'Quiet day at the Gazivode dam',
  'Police patrolled the road from Zubin Potok to the Gazivode dam on Sunday, and traffic through Jarinje was light.',
  'In Leposavić and Zvečan the shops opened as usual.',
].join('\n\n');
// Beside the preview of the other browser tests (4181 with the default PREVIEW_PORT, 4174).
const PORT = PREVIEW_PORT + 7;

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

test('the desk: decide in the text, re-target on the map, add from a selection; a reload loses nothing; the downloaded bundle, rebuilt, shows readers exactly what was decided', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then, counts } = viewer.desk;
  await given.opened('roadblocks', { origin });
  await expect(viewer.desk.panel()).toBeVisible();

  await when.openMention('Zvečan');
  await when.decide('Accept');
  await when.openMention('Belgrade');
  await when.decide('Reject');
  // A rejected link is no longer a link in the article.
  await then.linked('Belgrade', false);
  await when.openMention('Brussels');
  await when.decide('Not a place here');
  await when.openMention('Raška');
  await when.searchAndChoose('Novi Pazar');
  await then.says('“Raška” → Novi Pazar');

  // Re-target by clicking the map: Pristina's link, to the Brnjak crossing's marker.
  await when.openMention('Pristina');
  await when.decide('Pick on map');
  const brnjak = shippedFeatures('crossings.geojson').find((f) => f.properties.id === 'crossing-brnjak')!;
  const [lon, lat] = brnjak.geometry.coordinates as number[];
  await viewer.when.clickMap(lon, lat);
  await then.says('Re-targeted from the map.', { whole: true });

  // Add a link from words selected in the article.
  await when.linkWords('p2', 'the road', 'Jarinje crossing');
  await then.says('Linked “the road”');

  const before = await counts().innerText();
  await page.reload();
  await then.countsAre(`${before} · your earlier work in this browser was restored`);
  // Everything still to review is accepted as proposed, so the story is wholly reviewed.
  while (!(await counts().innerText()).startsWith('0 to review')) {
    await when.press('j');
    await when.press('a');
  }

  const downloading = when.download();
  // Says what it did, or why it did not (the problems are listed under it).
  await then.says(/Downloaded|Not downloaded/);
  await then.noProblems();
  await then.says('Downloaded roadblocks.zip');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('roadblocks.zip');
  const zip = join(project.dir, 'roadblocks.zip');
  await download.saveAs(zip);
  const { slug, files } = unzipBundle(readFileSync(zip));
  expect(slug).toBe('roadblocks');
  expect(() => project.npm('story', '--', 'import', 'roadblocks.zip')).toThrow(/exists already/);
  expect(project.npm('story', '--', 'import', 'roadblocks.zip', '--replace')).toMatch(
    /Replaced stories\/roadblocks\//,
  );
  const links = JSON.parse(files['links.json']!) as { featureId: string; phrase: string; status: string }[];
  expect(links.find((l) => l.phrase === 'Raška')).toMatchObject({
    featureId: 'town-novi-pazar',
    status: 'reviewed',
  });
  expect(links.find((l) => l.phrase === 'Pristina')).toMatchObject({ featureId: 'crossing-brnjak' });
  expect(links.find((l) => l.phrase === 'the road')).toMatchObject({ featureId: 'crossing-jarinje' });
  expect(links.some((l) => l.phrase === 'Belgrade' || l.phrase === 'Brussels')).toBe(false);
  // Brussels was a place of the bundle's own (places.geojson): marked not a place, it is gone.
  expect(files['places.geojson'] ?? '').not.toMatch(/Brussels/);
  // The same checks as any bundle; the name marked "not a place" is not listed as unlinked.
  const checked = project.npm('story', '--', 'check', 'roadblocks');
  expect(checked).toMatch(/✓ roadblocks/);
  expect(checked).not.toMatch(/“Brussels”/);
});

test('a story from the browser: pasted at #new, places found, downloaded from the desk, imported with story import', async ({
  page,
}) => {
  const { authoring, desk } = new SituationViewer(page);
  await authoring.given.newStoryPage();
  await authoring.when.fill({ 'Article text': BROWSER_ARTICLE, Title: 'Quiet day at the Gazivode dam' });
  await expect(authoring.field('Slug')).toHaveValue('quiet-day-at-the-gazivode-dam');
  await authoring.when.fill({
    Date: '2026-11-30',
    'Source name': 'Test Wire',
    'Source URL': 'https://example.org/gazivode',
  });
  // The draft opens at the desk, in the same tab.
  await authoring.when.startStory();
  expect(page.url()).toMatch(/#story=quiet-day-at-the-gazivode-dam&.*review/);
  await expect(page.getByTestId('article')).toContainText('Police patrolled the road from');
  const downloading = desk.when.download();
  await desk.then.says(/Downloaded|Not downloaded/);
  await desk.then.noProblems();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('quiet-day-at-the-gazivode-dam.zip');
  await download.saveAs(join(project.dir, 'browser.zip'));
  const imported = project.npm('story', '--', 'import', 'browser.zip');
  expect(imported).toMatch(/Wrote stories\/quiet-day-at-the-gazivode-dam\//);
  expect(project.npm('story', '--', 'check', 'quiet-day-at-the-gazivode-dam')).toMatch(
    /✓ quiet-day-at-the-gazivode-dam/,
  );
  expect(readFileSync(join(project.dir, 'stories/quiet-day-at-the-gazivode-dam/article.txt'), 'utf8')).toBe(
    BROWSER_ARTICLE,
  );
});

test('imported into the built site, the story is on the list and opens at once, with no rebuild', async ({
  page,
}) => {
  // `import` published both zips into the copy's dist/ (built in beforeAll): the running server has them.
  expect(project.npm('story', '--', 'check', 'roadblocks', '--site', 'dist')).toMatch(
    /✓ dist\/stories\/index\.json and the files it names/,
  );
  const { given } = new SituationViewer(page);
  await given.pageAt('#stories', { origin });
  await expect(page.getByTestId('story-link')).toHaveCount(3);
  await page.getByTestId('story-link').filter({ hasText: 'Quiet day at the Gazivode dam' }).click();
  await expect(page.getByTestId('article')).toContainText('Police patrolled the road from');
  await expect(page).toHaveTitle(/Quiet day at the Gazivode dam/);
});

test('rebuilt, readers see exactly what the desk decided, and the story made in the browser', async ({
  page,
}) => {
  const { given, when, then } = new SituationViewer(page);
  // `npm run build` is tsc, then vite build; the copy's TypeScript is this checkout's, which npm test
  // has type-checked already (and beforeAll ran the whole command): vite build alone here.
  project.viteBuild();
  await project.restart(PORT);

  // The desk's decisions, and nothing else.
  await given.story('roadblocks', { origin });
  const article = page.getByTestId('article');
  await expect(article.locator('a.phrase', { hasText: 'Belgrade' })).toHaveCount(0);
  await expect(article.locator('a.phrase', { hasText: 'Brussels' })).toHaveCount(0);
  await expect(page.getByTestId('proposed-banner')).toHaveCount(0);
  await expect(page.getByTestId('provenance')).toContainText(
    /An editor reviewed \d+ of its \d+ links on \d+ \w+ \d{4}\./,
  );
  await expect(page.locator('body')).not.toContainText('Proposed by the geoparser');
  await expect(page.locator('body')).not.toContainText('not reviewed yet');
  const labels = (await new SituationViewer(page).get.labels()).join(' ');
  expect(labels).not.toMatch(/Brussels|Bruxelles/);
  await when.clickPhrase('Zvečan');
  await expect(page.locator('body')).not.toContainText("Viewer's note");

  // The browser's story: its text verbatim, its place names linked, a click opening details.
  await given.story('quiet-day-at-the-gazivode-dam', { origin });
  const text = (await article.locator('[data-passage-id]').allInnerTexts()).join('\n');
  const normalise = (s: string) => s.replace(/\?/g, '').replace(/\s+/g, ' ').trim();
  for (const paragraph of BROWSER_ARTICLE.split('\n\n'))
    expect(normalise(text)).toContain(normalise(paragraph));
  await when.clickPhrase('Zubin Potok');
  await then.detailsShow('Zubin Potok');
});
