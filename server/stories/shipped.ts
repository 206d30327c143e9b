// The stories of stories/ (built into the viewer): a draft of one of them must start from it, which
// the desk's draft says by its `base`, the content hash of the bundle it started from (bundleHash of
// src/state/desk/draft.ts, over the story as parseBundle reads it, in the browser as here).
import { join } from 'node:path';
import { bundleFilesIn, readBundle, storySlugs, STORIES_DIR } from '../../scripts/story/bundle.ts';
import type { BundleFiles } from '../../src/story/bundleFiles.ts';
import { bundleHash } from '../../src/state/desk/draft.ts';

export class ShippedStories {
  private readonly slugs: Set<string>;
  private readonly bases = new Map<string, string | { problem: string }>();

  constructor(private readonly storiesDir = STORIES_DIR) {
    this.slugs = new Set(storySlugs(storiesDir));
  }

  has(slug: string): boolean {
    return this.slugs.has(slug);
  }

  /** The story's files as stories/<slug>/ holds them (what a draft of it starts from); null for another slug. */
  files(slug: string): BundleFiles | null {
    return this.has(slug) ? bundleFilesIn(join(this.storiesDir, slug)) : null;
  }

  /** The base a draft of this story starts from, or why the story cannot be read (read once). */
  base(slug: string): string | { problem: string } {
    let base = this.bases.get(slug);
    if (base === undefined) {
      try {
        base = bundleHash(readBundle(slug, { storiesDir: this.storiesDir }));
      } catch (error) {
        base = { problem: (error as Error).message };
      }
      this.bases.set(slug, base);
    }
    return base;
  }
}
