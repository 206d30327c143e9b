// Taking off the site what readers should no longer get: a withdrawn story's files, and the version a
// publish or restore replaced. Not at once: a reader who read the index a moment before may still be
// fetching the file it named (the index never names a file that is not there, from a reader's side
// too). A file the index stops naming is removed once it has been unnamed for GRACE_MS (ten minutes);
// a page that read the index earlier than that gets a 404 for the file, reads the index again, and
// opens the story as it is now, or says it was withdrawn (src/app/StoryRouter.tsx). Swept after every
// publish, unpublish and restore, and every minute by the server (newsroom.ts). The times are kept in
// memory: after a restart every unnamed file waits the grace period again, which only errs on the side
// of open pages. A publication's bytes stay in the database: a restore writes its files again.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock.ts';
import type { StoryIndex } from '../../src/story/storyIndex.ts';
import { unnamedFiles } from './site.ts';

export const GRACE_MS = 10 * 60_000;
export const SWEEP_EVERY_MS = 60_000;

export class UnnamedFiles {
  /** When each unnamed file was first found unnamed (the clock's time). */
  private readonly since = new Map<string, number>();

  constructor(
    private readonly root: string,
    private readonly clock: Clock,
    private readonly graceMs = GRACE_MS,
  ) {}

  /**
   * Notes the files `index` (the one on disk, just written) does not name, and removes those unnamed
   * for the grace period; the removed. A file that cannot be removed is tried again at the next sweep,
   * never an error of the publish that swept.
   */
  sweep(index: StoryIndex): string[] {
    const now = this.clock();
    let listed: string[];
    try {
      listed = unnamedFiles(this.root, index);
    } catch {
      return [];
    }
    const unnamed = new Set(listed);
    // Named again (a restore of that very version): no longer waiting.
    for (const path of this.since.keys()) if (!unnamed.has(path)) this.since.delete(path);
    const removed: string[] = [];
    for (const path of unnamed) {
      const since = this.since.get(path);
      if (since === undefined) this.since.set(path, now);
      else if (now - since >= this.graceMs) {
        try {
          rmSync(join(this.root, path), { force: true });
        } catch {
          continue;
        }
        this.since.delete(path);
        removed.push(path);
      }
    }
    return removed;
  }
}
