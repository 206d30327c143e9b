// Publish, unpublish and restore: the files, the database and the index, in the order that survives a
// crash at any moment (the process killed, the machine's power cut):
//
//   1. the story file and its thumbnail are written under their content hash, flushed, linked into
//      place (scripts/story/storyFiles.ts): new names that nothing refers to yet, never rewritten;
//   2. the revision is committed (server/stories/publications.ts: one SQLite transaction, journal
//      synced, with the files' bytes and the index entry): from here on the database says the story
//      is published;
//   3. the index is written from the database (server/site/site.ts: a temporary file, flushed,
//      renamed over stories/index.json, the folder flushed).
//
// Killed before 2, the database and the index still say the old story, whole (an unreferenced new file
// is harmless); killed after 2, the next start writes the index from the database (writeSite, run at
// every start) and readers get the new story, whole. The index only ever names files already on disk,
// so at no moment does a reader get an index naming a file that is not there. Everything here is
// synchronous: one publish at a time in the process, and the data folder's lock keeps it to one process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock.ts';
import type { User } from '../accounts/users.ts';
import { writeStoryFile } from '../../scripts/story/storyFiles.ts';
import { indexEntryOf } from '../../src/story/storyIndex.ts';
import type { Story } from '../../src/story/story.ts';
import type { BundleFiles } from '../../src/story/bundleFiles.ts';
import { readDraft } from '../../src/desk/draftSchema.ts';
import { putStory, writeSite, clearLeftovers, type BuildStories } from '../site/site.ts';
import { UnnamedFiles } from '../site/unnamedFiles.ts';
import { writeCompressedCopies } from '../site/compressed.ts';
import { siteIndex } from '../site/siteIndex.ts';
import type { Faults } from '../faults.ts';
import type { Publications, Published, RevisionRow } from './publications.ts';
import { storyOfDraft, storyOfFile, thumbnailOf, type ShippedData } from './publishCheck.ts';
import type { Latest } from './stories.ts';

export type PublishOutcome =
  | { kind: 'published'; revision: number; url: string }
  | { kind: 'no-draft' }
  | ({ kind: 'stale' } & Latest)
  | { kind: 'refused'; problems: string[] };

export type RestoreOutcome =
  | { kind: 'restored'; revision: number; url: string }
  | { kind: 'no-revision' }
  | { kind: 'nothing-to-restore' }
  | { kind: 'refused'; problems: string[] };

export type UnpublishOutcome =
  { kind: 'unpublished'; revision: number; at: string } | { kind: 'not-published' };

export interface PublisherOptions {
  siteRoot: string;
  build: BuildStories;
  publications: Publications;
  shipped: ShippedData;
  clock: Clock;
  faults: Faults;
  /** The reader's view of a story: where Publish links to. */
  readerUrl: (slug: string) => string;
}

export class Publisher {
  private readonly unnamed: UnnamedFiles;

  constructor(private readonly o: PublisherOptions) {
    this.unnamed = new UnnamedFiles(o.siteRoot, o.clock);
  }

  /**
   * Takes off the site the files the index has not named for the grace period (unnamedFiles.ts); the
   * removed. The index is written first (brought in step with the database, as at start, should a
   * publish have failed to write it), so the sweep never goes by an index readers do not have; if it
   * cannot be written, nothing is removed.
   */
  sweep(): string[] {
    try {
      return this.unnamed.sweep(writeSite(this.o.siteRoot, this.o.build, this.o.publications).index);
    } catch {
      return [];
    }
  }

  /** Brings the site in step with the database (at start); says whether the index had to be rewritten. */
  reconcile(): { replaced: boolean; cleared: string[] } {
    const cleared = clearLeftovers(this.o.siteRoot);
    return { replaced: this.writeIndex(), cleared };
  }

  /** Whether readers get the story now. */
  isPublished(slug: string): boolean {
    return this.readersIndex().stories.some((s) => s.slug === slug);
  }

  /** The index readers get, as the database and the build say (what writeSite writes). */
  readersIndex() {
    const { publications, build } = this.o;
    return siteIndex(build.index, {
      published: publications.current().map((p) => p.entry),
      withdrawn: publications.withdrawn(),
    });
  }

  publish(slug: string, user: User, ifMatch: number | null): PublishOutcome {
    const { publications } = this.o;
    const draftRevision = publications.story(slug)?.draft_revision ?? null;
    if (ifMatch !== null && draftRevision !== ifMatch)
      return { kind: 'stale', ...this.latest(slug, draftRevision) };
    if (draftRevision === null) return { kind: 'no-draft' };
    const source = publications.revision(slug, draftRevision)!;
    const story = this.storyOfRevision(slug, source);
    if ('problems' in story) return { kind: 'refused', problems: story.problems };
    const published = this.put(story);
    const revision = this.record(
      slug,
      user,
      'publish',
      source,
      published,
      () => publications.story(slug)?.draft_revision === draftRevision,
    );
    if (revision === null)
      return { kind: 'stale', ...this.latest(slug, publications.story(slug)?.draft_revision ?? null) };
    return { kind: 'published', revision, url: this.o.readerUrl(slug) };
  }

  restore(slug: string, user: User, n: number): RestoreOutcome {
    const { publications } = this.o;
    const source = publications.revision(slug, n);
    if (!source) return { kind: 'no-revision' };
    if (source.action === 'unpublish') return { kind: 'nothing-to-restore' };
    let published: Published;
    const publication = publications.of(slug, n);
    if (publication) {
      // A publish or restore: the very files readers had (a CDN that kept them serves them on).
      const fileText = publications.blob(publication.fileBlob);
      const thumbnailText = publications.blob(publication.thumbnailBlob);
      const checked = storyOfFile(JSON.parse(fileText) as Story, this.o.shipped);
      if ('problems' in checked) return { kind: 'refused', problems: checked.problems };
      putStory(this.o.siteRoot, { file: fileText, thumbnail: thumbnailText });
      published = { entry: publication.entry, fileText, thumbnailText };
    } else {
      // A saved draft: checked and written as a publish of it would be.
      const story = this.storyOfRevision(slug, source);
      if ('problems' in story) return { kind: 'refused', problems: story.problems };
      published = this.put(story);
    }
    const revision = this.record(slug, user, 'restore', source, published)!;
    return { kind: 'restored', revision, url: this.o.readerUrl(slug) };
  }

  unpublish(slug: string, user: User): UnpublishOutcome {
    const entry = this.readersIndex().stories.find((s) => s.slug === slug);
    if (!entry) return { kind: 'not-published' };
    const { revision, at } = this.o.publications.recordUnpublish(slug, user, entry.title);
    this.o.faults('after-revision');
    this.writeIndex();
    this.o.faults('after-index-rename');
    return { kind: 'unpublished', revision, at };
  }

  /** Steps 2 and 3 of a publish or restore (step 1 done): the revision committed, then the index. */
  private record(
    slug: string,
    user: User,
    action: 'publish' | 'restore',
    source: RevisionRow,
    published: Published,
    stillValid?: () => boolean,
  ): number | null {
    this.o.faults('before-revision');
    const revision = this.o.publications.recordPublication(slug, user, action, source, published, stillValid);
    if (revision === null) return null;
    this.o.faults('after-revision');
    this.writeIndex();
    this.o.faults('after-index-rename');
    return revision;
  }

  private writeIndex(): boolean {
    const { siteRoot, build, publications, faults } = this.o;
    const { index, replaced } = writeSite(siteRoot, build, publications, { faults });
    // The index on disk is now this one: the sweep goes by it.
    this.unnamed.sweep(index);
    return replaced;
  }

  /** Step 1: the story's file and thumbnail on the site, flushed; what the revision will record. */
  private put(story: Story): Published {
    const { siteRoot } = this.o;
    const thumbnailText = thumbnailOf(story);
    const paths = writeStoryFile(siteRoot, story, { thumbnail: thumbnailText });
    for (const path of [paths.file, paths.thumbnail]) writeCompressedCopies(siteRoot, path);
    // The bytes on disk, whose hash is their name (writeStoryFile checks a file already there).
    const fileText = readFileSync(join(siteRoot, paths.file), 'utf8');
    return { entry: indexEntryOf(story, paths, true), fileText, thumbnailText };
  }

  private storyOfRevision(slug: string, revision: RevisionRow): Story | { problems: string[] } {
    const { publications, clock, shipped } = this.o;
    const bundle = JSON.parse(publications.blob(revision.bundle!)) as BundleFiles;
    const review = readDraft(JSON.parse(publications.blob(revision.review!)), slug);
    if ('problem' in review) return { problems: [`the desk’s draft: ${review.problem}`] };
    return storyOfDraft(slug, { bundle, review }, new Date(clock()), shipped);
  }

  private latest(slug: string, revision: number | null): Latest {
    const row = revision === null ? null : this.o.publications.revision(slug, revision);
    return row
      ? { revision: row.revision, updatedBy: row.author, updatedAt: row.at }
      : { revision: null, updatedBy: null, updatedAt: null };
  }
}
