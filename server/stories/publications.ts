// What the newsroom published, in the database (tables of migrations/0002-publishing.sql): the
// current publication of each story (its entry in the index, its files' bytes by hash), the stories it
// withdrew, and the recording of a publish, restore or unpublish as a revision, in one transaction
// with its audit row. The files themselves are written by server/site/ before (publish, restore) or
// after (the index) the transaction: server/stories/publisher.ts orders them.
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { isoTime, type Clock } from '../clock.ts';
import { audit } from '../audit.ts';
import type { User } from '../accounts/users.ts';
import type { StoryIndexEntry } from '../../src/story/storyIndex.ts';

export interface Publication {
  slug: string;
  entry: StoryIndexEntry;
  file: string;
  fileBlob: string;
  thumbnail: string;
  thumbnailBlob: string;
}

interface PublicationRow {
  slug: string;
  file: string;
  file_blob: string;
  thumbnail: string;
  thumbnail_blob: string;
  entry: string;
}

const fromRow = (row: PublicationRow): Publication => ({
  slug: row.slug,
  entry: JSON.parse(row.entry) as StoryIndexEntry,
  file: row.file,
  fileBlob: row.file_blob,
  thumbnail: row.thumbnail,
  thumbnailBlob: row.thumbnail_blob,
});

export interface RevisionRow {
  slug: string;
  revision: number;
  action: 'save' | 'publish' | 'unpublish' | 'restore';
  author: string;
  at: string;
  bundle: string | null;
  review: string | null;
}

/** What a publish or restore puts on the site: the files' texts, their paths, the index entry. */
export interface Published {
  entry: StoryIndexEntry;
  fileText: string;
  thumbnailText: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class Publications {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Every story the newsroom publishes now, with its publication. */
  current(): Publication[] {
    return (
      this.db
        .prepare(
          `SELECT p.* FROM stories s
           JOIN publications p ON p.slug = s.slug AND p.revision = s.published_revision
           ORDER BY s.slug`,
        )
        .all() as PublicationRow[]
    ).map(fromRow);
  }

  /** The stories the newsroom withdrew and has not published since, and when. */
  withdrawn(): { slug: string; at: string }[] {
    return this.db
      .prepare(
        `SELECT slug, unpublished_at AS at FROM stories
         WHERE published_revision IS NULL AND unpublished_at IS NOT NULL ORDER BY slug`,
      )
      .all() as { slug: string; at: string }[];
  }

  /** The publication a publish or restore revision made, or null. */
  of(slug: string, revision: number): Publication | null {
    const row = this.db
      .prepare('SELECT * FROM publications WHERE slug = ? AND revision = ?')
      .get(slug, revision) as PublicationRow | undefined;
    return row ? fromRow(row) : null;
  }

  revision(slug: string, revision: number): RevisionRow | null {
    return (
      (this.db
        .prepare(
          'SELECT slug, revision, action, author, at, bundle, review FROM revisions WHERE slug = ? AND revision = ?',
        )
        .get(slug, revision) as RevisionRow | undefined) ?? null
    );
  }

  blob(hash: string): string {
    const row = this.db.prepare('SELECT body FROM blobs WHERE hash = ?').get(hash) as
      { body: string } | undefined;
    if (!row) throw new Error(`blob ${hash} is missing from the database`);
    return row.body;
  }

  /** The story's row as publishing reads it, or null. */
  story(slug: string): {
    last_revision: number;
    draft_revision: number | null;
    published_revision: number | null;
  } | null {
    return (
      (this.db
        .prepare('SELECT last_revision, draft_revision, published_revision FROM stories WHERE slug = ?')
        .get(slug) as ReturnType<Publications['story']> | undefined) ?? null
    );
  }

  /**
   * Records a publish (of the draft revision `source`) or a restore (of revision `source`): the
   * revision with the draft it holds, the files it put on the site, the story published, an audit row.
   * `stillValid` runs inside the transaction: false, and nothing is recorded (the draft moved on).
   */
  recordPublication(
    slug: string,
    user: User,
    action: 'publish' | 'restore',
    source: RevisionRow,
    published: Published,
    stillValid: () => boolean = () => true,
  ): number | null {
    return this.db
      .transaction((): number | null => {
        if (!stillValid()) return null;
        const revision = this.story(slug)!.last_revision + 1;
        const now = isoTime(this.clock);
        const fileBlob = this.putBlob(published.fileText);
        const thumbnailBlob = this.putBlob(published.thumbnailText);
        this.db
          .prepare(
            `INSERT INTO revisions (slug, revision, action, author, at, bundle, review, source)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(slug, revision, action, user.name, now, source.bundle, source.review, source.revision);
        this.db
          .prepare(
            `INSERT INTO publications (slug, revision, file, file_blob, thumbnail, thumbnail_blob, entry)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            slug,
            revision,
            published.entry.file,
            fileBlob,
            published.entry.thumbnail,
            thumbnailBlob,
            JSON.stringify(published.entry),
          );
        this.db
          .prepare(
            'UPDATE stories SET last_revision = ?, published_revision = ?, unpublished_at = NULL WHERE slug = ?',
          )
          .run(revision, revision, slug);
        audit(this.db, this.clock, {
          actor: user.name,
          action,
          slug,
          revision,
          detail: action === 'publish' ? `draft revision ${source.revision}` : `revision ${source.revision}`,
        });
        return revision;
      })
      .immediate();
  }

  /**
   * Records an unpublish: a revision holding nothing, the story no longer published and withdrawn
   * now. A story of the build the newsroom never touched gets its row (`title` from the build's index).
   */
  recordUnpublish(slug: string, user: User, title: string): { revision: number; at: string } {
    return this.db
      .transaction(() => {
        const now = isoTime(this.clock);
        const story = this.story(slug);
        const revision = (story?.last_revision ?? 0) + 1;
        if (!story)
          this.db
            .prepare(
              `INSERT INTO stories (slug, origin, title, created_by, created_at, last_revision)
               VALUES (?, 'shipped', ?, ?, ?, ?)`,
            )
            .run(slug, title, user.name, now, revision);
        this.db
          .prepare(
            `INSERT INTO revisions (slug, revision, action, author, at) VALUES (?, ?, 'unpublish', ?, ?)`,
          )
          .run(slug, revision, user.name, now);
        this.db
          .prepare(
            'UPDATE stories SET last_revision = ?, published_revision = NULL, unpublished_at = ? WHERE slug = ?',
          )
          .run(revision, now, slug);
        audit(this.db, this.clock, { actor: user.name, action: 'unpublish', slug, revision });
        return { revision, at: now };
      })
      .immediate();
  }

  private putBlob(text: string): string {
    const hash = sha256(text);
    this.db
      .prepare('INSERT INTO blobs (hash, body) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING')
      .run(hash, text);
    return hash;
  }
}
