// Stories as files read at run time (issue 39): the one-story page takes its index and its story's
// file from the preloads the build put in its head, with no schema code on the way; a story file that
// is missing, not JSON or refused by the schema shows the story's error page naming the story and what
// failed, and the list still lists the others; a slug the index lacks says so; a story published after
// the page was opened opens without a reload. Served broken with page.route; the fixture build
// (SITUATION_FIXTURES=1) has the unlisted story north-desk.
import { expect, test, type Page, type Route } from '@playwright/test';
import { SituationViewer } from './driver';
import { CACHE } from '../../deploy/headers';

const REAL = 'liberation-2023-09-29';
const FIXTURE = 'north-desk';
const FIXTURE_TITLE = 'Tension at the lake in the north';

interface Entry {
  slug: string;
  file: string;
  thumbnail: string;
  title: string;
  listed: boolean;
}

/** The site's index as built, read before any route is set (handlers then answer from memory). */
async function builtIndex(page: Page): Promise<{ version: number; stories: Entry[]; withdrawn: unknown[] }> {
  return (await page.request.get('/stories/index.json')).json();
}

/** A story's file as built. */
async function builtStory(page: Page, slug: string) {
  const entry = (await builtIndex(page)).stories.find((s) => s.slug === slug)!;
  return (await page.request.get(`/${entry.file}`)).json();
}

/** The index answered with this one. */
async function indexServed(page: Page, index: object) {
  await page.route('**/stories/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(index) }),
  );
}

/** A story's file answered by `reply`. */
async function storyFileServed(page: Page, slug: string, reply: (route: Route) => Promise<void>) {
  await page.route(new RegExp(`/stories/${slug}/[0-9a-f]{16}\\.json$`), reply);
}

async function storyErrorSays(page: Page, ...words: (string | RegExp)[]) {
  const error = page.getByTestId('story-error');
  await expect(error.getByRole('alert')).toBeVisible();
  for (const w of words) await expect(error).toContainText(w);
  return error;
}

test('the one-story page reads the index and its story’s file once each, from the preloads, with no schema code', async ({
  page,
}) => {
  const requests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => /preload/i.test(m.text()) && warnings.push(m.text()));
  await new SituationViewer(page).given.viewer();
  await expect(page.getByTestId('article')).toContainText('significant deployment');
  const stories = requests.filter((p) => p.startsWith('/stories/'));
  expect(stories.filter((p) => p === '/stories/index.json')).toHaveLength(1);
  expect(stories.filter((p) => new RegExp(`^/stories/${REAL}/[0-9a-f]{16}\\.json$`).test(p))).toHaveLength(1);
  expect(stories).toHaveLength(2);
  // No story chunk any more; the story file is not validated again; zod stays off the start-up path
  // (the locator, fetched after the first idle, validates its file with it).
  expect(requests.filter((p) => /\/assets\/(validateStoryFile|liberation)-/.test(p))).toEqual([]);
  const beforeIdle = await page.evaluate(() => {
    const idle = performance.getEntriesByName('map-first-idle')[0].startTime;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= idle)
      .map((e) => new URL(e.name).pathname);
  });
  expect(beforeIdle).toContain('/stories/index.json');
  expect(beforeIdle.filter((p) => /\/assets\/zod-/.test(p))).toEqual([]);
  // Each preload was used by the app's fetch (Chromium warns of one it fetched for nothing).
  expect(warnings).toEqual([]);
});

test('vite preview sends a story file as immutable, and the index of stories revalidated with an ETag', async ({
  page,
}) => {
  const index = await page.request.get('/stories/index.json');
  expect(index.headers()['cache-control']).toBe(CACHE.revalidate);
  const again = await page.request.get('/stories/index.json', {
    headers: { 'If-None-Match': index.headers()['etag'] },
  });
  expect(again.status()).toBe(304);
  const [entry] = (await index.json()).stories as Entry[];
  for (const path of [entry.file, entry.thumbnail])
    expect((await page.request.get(`/${path}`)).headers()['cache-control'], path).toBe(CACHE.immutable);
});

test('a story file that is missing shows the story’s error page, naming it and the file; the list still lists the others', async ({
  page,
}) => {
  await storyFileServed(page, FIXTURE, (route) => route.fulfill({ status: 404, body: 'not found' }));
  const { given } = new SituationViewer(page);
  await given.pageAt({ story: FIXTURE });
  const error = await storyErrorSays(
    page,
    `“${FIXTURE_TITLE}” (${FIXTURE})`,
    /stories\/north-desk\/[0-9a-f]{16}\.json is missing \(HTTP 404\)/,
  );
  await error.getByRole('link', { name: 'see all stories' }).click();
  await expect(page.getByTestId('story-link')).toHaveText([/significant deployment/]);
});

test('a story file that is not JSON says so', async ({ page }) => {
  await storyFileServed(page, FIXTURE, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"slug":"north-desk","meta":{"ti' }),
  );
  await new SituationViewer(page).given.pageAt({ story: FIXTURE });
  await storyErrorSays(page, FIXTURE_TITLE, 'is not valid JSON (truncated or corrupt)');
});

test('a story file the schema refuses names the field, and nothing of it is shown', async ({ page }) => {
  const story = await builtStory(page, FIXTURE);
  story.links[0].status = 'maybe';
  await storyFileServed(page, FIXTURE, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(story) }),
  );
  await new SituationViewer(page).given.pageAt({ story: FIXTURE });
  await storyErrorSays(page, FIXTURE_TITLE, 'does not match the schema', 'links.0.status');
  await expect(page.getByTestId('article')).toHaveCount(0);
});

test('the real story’s file broken, the list still lists it from the index, and the fixture still opens', async ({
  page,
}) => {
  await storyFileServed(page, REAL, (route) => route.fulfill({ status: 404, body: '' }));
  const { given } = new SituationViewer(page);
  await given.pageAt('');
  await storyErrorSays(page, 'significant deployment', 'is missing (HTTP 404)');
  await given.pageAt('#stories');
  await expect(page.getByTestId('story-link')).toHaveText([/significant deployment/]);
  await given.story(FIXTURE);
  await expect(page.getByTestId('article')).toContainText(FIXTURE_TITLE);
});

test('a slug the index lacks says so above the list; a withdrawn one says when it was withdrawn', async ({
  page,
}) => {
  const index = await builtIndex(page);
  await indexServed(page, { ...index, withdrawn: [{ slug: 'gone-story', at: '2026-12-01T10:00:00Z' }] });
  const { given } = new SituationViewer(page);
  await given.pageAt({ story: 'atlantis' });
  await expect(page.getByTestId('unknown-story')).toContainText(
    'There is no story “atlantis” in this viewer.',
  );
  await expect(page.getByTestId('story-link')).toHaveText([/significant deployment/]);
  await given.pageAt({ story: 'gone-story' });
  await expect(page.getByTestId('story-withdrawn').getByRole('heading')).toHaveText(
    'This story was withdrawn on 1 December 2026.',
  );
  await expect(page.getByTestId('unknown-story')).toHaveCount(0);
});

test('an index that cannot be read says so, naming the file', async ({ page }) => {
  await indexServed(page, { version: 7, stories: [] });
  await new SituationViewer(page).given.pageAt('#stories');
  await expect(page.getByTestId('index-error').getByRole('alert')).toHaveText(
    'The list of stories could not be read: stories/index.json does not match the schema: version: 7, this viewer reads version 1.',
  );
});

test('a story published after the page was opened opens from a link, without a reload', async ({ page }) => {
  const LATE = 'published-later';
  const built = await builtIndex(page);
  const fixture = built.stories.find((s) => s.slug === FIXTURE)!;
  const published = {
    ...built,
    stories: [
      ...built.stories,
      {
        ...fixture,
        slug: LATE,
        title: 'Published later',
        listed: true,
        file: fixture.file.replace(FIXTURE, LATE),
        thumbnail: fixture.thumbnail.replace(FIXTURE, LATE),
      },
    ],
  };
  let fetches = 0;
  // The first read (the page's) is the build's; the next has the newly published story.
  await page.route('**/stories/index.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(fetches++ === 0 ? built : published),
    }),
  );
  // Its file: the fixture's, under its own slug (other bytes than its name says: validated).
  const story = await builtStory(page, FIXTURE);
  story.slug = LATE;
  story.meta.title = 'Published later';
  await storyFileServed(page, LATE, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(story) }),
  );
  const { given, when } = new SituationViewer(page);
  await given.pageAt('#stories');
  await expect(page.getByTestId('story-link')).toHaveCount(1);
  await when.pasteLinks([`#story=${LATE}`]);
  await expect(page.getByTestId('article')).toBeVisible();
  await expect(page).toHaveTitle(/Published later/);
  expect(fetches).toBe(2);
});
