// What the newsroom's browser journeys share (newsroom-drafts.spec.ts, newsroom-publish.spec.ts): a short
// article with three places the geoparser finds, and a page signed in as one of the test accounts.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { SituationViewer } from './driver';
import { NEWSROOM_ORIGIN, NEWSROOM_PASSWORD } from './newsroom';

export const ARTICLE = (title: string) =>
  [
    title,
    'Police patrolled the road from Zubin Potok to the Gazivode dam on Sunday, and traffic through Jarinje was light.',
    'In Leposavić and Zvečan the shops opened as usual.',
  ].join('\n\n');

/** A new browser context at `size`, signed in at #login as `name`; its page. */
export async function signedIn(browser: Browser, name: string, size: { width: number; height: number }) {
  const context = await browser.newContext({ baseURL: NEWSROOM_ORIGIN, viewport: size });
  const page = await context.newPage();
  await page.goto('/#login');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Password', { exact: true }).fill(NEWSROOM_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('session')).toContainText(name);
  return page;
}

/** At #new, a story of ARTICLE(title) started and opened at the desk. */
export async function startStory(page: Page, title: string) {
  const { authoring } = new SituationViewer(page);
  await authoring.given.newStoryPage();
  await authoring.when.fill({
    'Article text': ARTICLE(title),
    Title: title,
    Date: '2026-11-30',
    'Source name': 'Test Wire',
    'Source URL': 'https://example.org/gazivode',
  });
  await authoring.when.startStory();
}

/** An editor's Publish at the desk: asked in the page, Publish now, then Published. */
export async function publishNow(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .getByRole('group', { name: /Readers will get this story at once/ })
    .getByRole('button', { name: 'Publish now' })
    .click();
  await expect(page.getByTestId('review-published')).toContainText('Published');
}

/**
 * The build the newsroom serves (dist/), as every file's path, size and modification time: publishing
 * changes none of it (issue 41: "no build file changed"; the newsroom writes its own site folder).
 */
export function buildFiles(dir = resolve(import.meta.dirname, '../../dist')): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      return `${relative(dir, path)} ${size} ${mtimeMs}`;
    })
    .sort();
}
