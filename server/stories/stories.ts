// The newsroom's stories and their drafts in the database (tables in migrations/0001-newsroom.sql).
// A save is a compare-and-set on the story's draft revision, in one transaction: a save over a newer
// revision than the one it names is refused with that revision's author and time. Every save is a
// revision row (nothing a colleague saved is overwritten; it stays in the history) and an audit row.
// Publishing (publisher.ts) adds revisions of its own and leaves the draft as it is.
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { isoTime, type Clock } from '../clock.ts';
import { audit } from '../audit.ts';
import { BUNDLE_FILES } from '../../src/story/bundleFiles.ts';
import { titleOf, type DraftBody } from './draftBody.ts';
import type { ShippedStories } from './shipped.ts';
import type { User } from '../accounts/users.ts';
import type { StoryIndexEntry } from '../../src/story/storyIndex.ts';

export const STORY_STATES = ['draft', 'published', 'published-with-draft', 'unpublished'] as const;
export type StoryState = (typeof STORY_STATES)[number];

export interface StoryListing {
  slug: string;
  title: string;
  state: StoryState;
  /** The draft's revision (what a save names in If-Match), else the latest; null for a story of the build the newsroom never changed. */
  revision: number | null;
  /** Who made the latest revision, and when; null for a story of the build the newsroom never changed. */
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface RevisionListing {
  revision: number;
  action: 'save' | 'publish' | 'unpublish' | 'restore';
  author: string;
  at: string;
}

/** Who last changed a draft, as a refused save reports it. */
export interface Latest {
  revision: number | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export type SaveResult =
  | { kind: 'created' | 'saved'; revision: number; updatedAt: string }
  | ({ kind: 'stale' } & Latest)
  | { kind: 'precondition-required' }
  | { kind: 'not-yours'; reason: 'new-story' | 'shipped'; startedBy: string | null };

interface StoryRow {
  slug: string;
  origin: 'new' | 'shipped';
  title: string;
  created_by: string;
  created_at: string;
  last_revision: number;
  draft_revision: number | null;
  published_revision: number | null;
  unpublished_at: string | null;
}

/**
 * A story's state as the list shows it: published while readers get a publication of the newsroom's
 * (with a draft when the draft is not what was published), else unpublished once withdrawn, else
 * published while the build publishes it (a story of stories/), else a draft.
 */
export function stateOf(
  row: Pick<StoryRow, 'draft_revision' | 'published_revision' | 'unpublished_at'> & {
    draftIsPublished: boolean;
    inBuild: boolean;
  },
): StoryState {
  if (row.published_revision !== null)
    return row.draft_revision === null || row.draftIsPublished ? 'published' : 'published-with-draft';
  if (row.unpublished_at !== null) return 'unpublished';
  if (row.inBuild) return row.draft_revision !== null ? 'published-with-draft' : 'published';
  return 'draft';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class Stories {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly shipped: ShippedStories,
    /** The stories the build publishes (its index's entries). */
    private readonly buildStories: () => readonly StoryIndexEntry[] = () => [],
  ) {}

  private story(slug: string): StoryRow | null {
    return (
      (this.db.prepare('SELECT * FROM stories WHERE slug = ?').get(slug) as StoryRow | undefined) ?? null
    );
  }

  private latest(slug: string, revision: number | null): Latest {
    if (revision === null) return { revision: null, updatedBy: null, updatedAt: null };
    const row = this.db
      .prepare('SELECT author, at FROM revisions WHERE slug = ? AND revision = ?')
      .get(slug, revision) as { author: string; at: string };
    return { revision, updatedBy: row.author, updatedAt: row.at };
  }

  /**
   * Every story with a draft, published or withdrawn by the newsroom, the latest change first, then
   * the build's stories the newsroom never changed.
   */
  list(): StoryListing[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, coalesce(s.draft_revision, s.last_revision) AS revision,
                l.author AS updatedBy, l.at AS updatedAt,
                (d.bundle IS p.bundle AND d.review IS p.review) AS draftIsPublished
         FROM stories s
         JOIN revisions l ON l.slug = s.slug AND l.revision = s.last_revision
         LEFT JOIN revisions d ON d.slug = s.slug AND d.revision = s.draft_revision
         LEFT JOIN revisions p ON p.slug = s.slug AND p.revision = s.published_revision
         WHERE s.draft_revision IS NOT NULL OR s.published_revision IS NOT NULL OR s.unpublished_at IS NOT NULL
         ORDER BY l.at DESC, s.slug`,
      )
      .all() as (StoryRow & {
      revision: number;
      updatedBy: string;
      updatedAt: string;
      draftIsPublished: number;
    })[];
    const build = this.buildStories();
    const inBuild = new Set(build.map((s) => s.slug));
    const listed: StoryListing[] = rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      state: stateOf({
        ...row,
        draftIsPublished: row.draftIsPublished === 1,
        inBuild: row.origin === 'shipped' || inBuild.has(row.slug),
      }),
      revision: row.revision,
      updatedBy: row.updatedBy,
      updatedAt: row.updatedAt,
    }));
    const known = new Set(rows.map((row) => row.slug));
    for (const story of build)
      if (!known.has(story.slug) && story.listed)
        listed.push({
          slug: story.slug,
          title: story.title,
          state: 'published',
          revision: null,
          updatedBy: null,
          updatedAt: null,
        });
    return listed;
  }

  /** A story's revisions, the latest first; null for a story neither the newsroom nor the build has. */
  revisions(slug: string): RevisionListing[] | null {
    if (!this.story(slug) && !this.buildStories().some((s) => s.slug === slug)) return null;
    return this.db
      .prepare('SELECT revision, action, author, at FROM revisions WHERE slug = ? ORDER BY revision DESC')
      .all(slug) as RevisionListing[];
  }

  /** The draft a revision holds, as the JSON text of { bundle, review }; null when none (an unpublish). */
  revisionDraft(slug: string, revision: number): string | null {
    const row = this.db
      .prepare(
        `SELECT b.body AS bundle, v.body AS review FROM revisions r
         JOIN blobs b ON b.hash = r.bundle JOIN blobs v ON v.hash = r.review
         WHERE r.slug = ? AND r.revision = ?`,
      )
      .get(slug, revision) as { bundle: string; review: string } | undefined;
    return row ? `{"bundle":${row.bundle},"review":${row.review}}` : null;
  }

  /** The current draft as the JSON text of { bundle, review }, with its revision; null when none. */
  draft(slug: string): ({ json: string } & Latest & { revision: number }) | null {
    const row = this.db
      .prepare(
        `SELECT r.revision, r.author, r.at, b.body AS bundle, v.body AS review
         FROM stories s JOIN revisions r ON r.slug = s.slug AND r.revision = s.draft_revision
           JOIN blobs b ON b.hash = r.bundle JOIN blobs v ON v.hash = r.review
         WHERE s.slug = ?`,
      )
      .get(slug) as
      { revision: number; author: string; at: string; bundle: string; review: string } | undefined;
    if (!row) return null;
    return {
      json: `{"bundle":${row.bundle},"review":${row.review}}`,
      revision: row.revision,
      updatedBy: row.author,
      updatedAt: row.at,
    };
  }

  /**
   * The files a draft of the story is saved with, as the JSON text of { <file name>: <text> }: its
   * draft's when the newsroom has one (a save continues it), else those of stories/<slug>/; null for
   * a story neither has.
   */
  bundle(slug: string): string | null {
    const row = this.db
      .prepare(
        `SELECT b.body AS bundle FROM stories s
           JOIN revisions r ON r.slug = s.slug AND r.revision = s.draft_revision
           JOIN blobs b ON b.hash = r.bundle
         WHERE s.slug = ?`,
      )
      .get(slug) as { bundle: string } | undefined;
    if (row) return row.bundle;
    const files = this.shipped.files(slug);
    return files ? JSON.stringify(files) : null;
  }

  /** The draft's revision alone (for If-None-Match), or null. */
  draftRevision(slug: string): number | null {
    return this.story(slug)?.draft_revision ?? null;
  }

  /**
   * Saves a draft. Without a revision (no If-Match) it creates the draft, refused when one exists
   * (428), when the slug is a colleague's new story, or a story of stories/ the draft did not start
   * from (its review's base is not that story's). With one, only over that very revision.
   */
  save(slug: string, user: User, body: DraftBody, ifMatch: number | null): SaveResult {
    return this.db
      .transaction((): SaveResult => {
        const story = this.story(slug);
        if (ifMatch !== null) {
          if (!story || story.draft_revision !== ifMatch)
            return { kind: 'stale', ...this.latest(slug, story?.draft_revision ?? null) };
        } else {
          if (story?.origin === 'new' && story.created_by !== user.name)
            return { kind: 'not-yours', reason: 'new-story', startedBy: story.created_by };
          if (story?.draft_revision != null) return { kind: 'precondition-required' };
          if (this.shipped.has(slug)) {
            const base = this.shipped.base(slug);
            if (typeof base !== 'string' || base !== body.review.base)
              return { kind: 'not-yours', reason: 'shipped', startedBy: null };
          }
        }
        const revision = (story?.last_revision ?? 0) + 1;
        const now = isoTime(this.clock);
        const bundleHash = this.blob(
          JSON.stringify(
            Object.fromEntries(
              BUNDLE_FILES.flatMap((name) =>
                body.bundle[name] === undefined ? [] : [[name, body.bundle[name]]],
              ),
            ),
          ),
        );
        const reviewHash = this.blob(JSON.stringify(body.review));
        const title = titleOf(body.bundle, slug);
        if (!story)
          this.db
            .prepare(
              `INSERT INTO stories (slug, origin, title, created_by, created_at, last_revision, draft_revision)
               VALUES (?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(slug, this.shipped.has(slug) ? 'shipped' : 'new', title, user.name, now, revision, revision);
        else
          this.db
            .prepare('UPDATE stories SET title = ?, last_revision = ?, draft_revision = ? WHERE slug = ?')
            .run(title, revision, revision, slug);
        this.db
          .prepare(
            `INSERT INTO revisions (slug, revision, action, author, at, bundle, review, replaced)
             VALUES (?, ?, 'save', ?, ?, ?, ?, ?)`,
          )
          .run(slug, revision, user.name, now, bundleHash, reviewHash, ifMatch);
        audit(this.db, this.clock, { actor: user.name, action: 'save', slug, revision });
        return { kind: ifMatch === null ? 'created' : 'saved', revision, updatedAt: now };
      })
      .immediate();
  }

  private blob(text: string): string {
    const hash = sha256(text);
    this.db
      .prepare('INSERT INTO blobs (hash, body) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING')
      .run(hash, text);
    return hash;
  }
}
