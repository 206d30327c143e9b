// Copies of the first story's bundle, changed, for tests of what `story check` says about a change.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBundle, STORIES_DIR, BundleError } from '../../../scripts/story/bundle';
import { SLUG } from './story';

const temps: string[] = [];

/** Removes every copy made so far (call it in afterEach). */
export function removeCopies(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** An empty temporary stories folder, removed by removeCopies(). */
export function tempStories(): string {
  const stories = mkdtempSync(join(tmpdir(), 'stories-'));
  temps.push(stories);
  return stories;
}

/** A copy of the first story's bundle in a temporary stories folder, changed by `edit`. */
export function changedCopy(edit: (dir: string) => void): string {
  const stories = tempStories();
  cpSync(join(STORIES_DIR, SLUG), join(stories, SLUG), { recursive: true });
  edit(join(stories, SLUG));
  return stories;
}

export const editJson = (file: string, change: (value: never) => unknown) =>
  writeFileSync(file, JSON.stringify(change(JSON.parse(readFileSync(file, 'utf8')) as never), null, 2));

/** What reading the bundle in `storiesDir` reports, one problem a line ('' when none). */
export function problemsOf(storiesDir: string): string {
  try {
    readBundle(SLUG, { storiesDir });
  } catch (error) {
    if (error instanceof BundleError) return error.problems.join('\n');
    throw error;
  }
  return '';
}
