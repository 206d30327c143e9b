// The newsroom's stories and their drafts in the database (tables in migrations/0001-newsroom.sql).
// A save is a compare-and-set on the story's draft revision, in one transaction: a save over a newer
// revision than the one it names is refused with that revision's author and time. Every save is a
// revision row (nothing a colleague saved is overwritten; it stays in the history) and an audit row.
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { isoTime, type Clock } from '../clock.ts';
import { audit } from '../audit.ts';
import { BUNDLE_FILES } from '../../src/story/bundleFiles.ts';
import { titleOf, type DraftBody } from './draftBody.ts';
import type { ShippedStories } from './shipped.ts';
import type { User } from '../accounts/users.ts';

export const STORY_STATES = ['draft', 'published', 'published-with-draft', 'unpublished'] as const;
export type StoryState = (typeof STORY_STATES)[number];

export interface StoryListing {
  slug: string;
  title: string;
  state: StoryState;
  revision: number;
  updatedBy: string;
  updatedAt: string;
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

/** A story's state as the list shows it. A story of stories/ is published by the build. */
export function stateOf(
  row: Pick<StoryRow, 'origin' | 'draft_revision' | 'published_revision' | 'unpublished_at'>,
): StoryState {
  const published =
    row.published_revision !== null || (row.origin === 'shipped' && row.unpublished_at === null);
  if (published) return row.draft_revision !== null ? 'published-with-draft' : 'published';
  if (row.unpublished_at !== null && row.draft_revision === null) return 'unpublished';
  return 'draft';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class Stories {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly shipped: ShippedStories,
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

  /** Every story with a draft (issue 41 adds the published ones), the latest change first. */
  list(): StoryListing[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, r.revision AS revision, r.author AS updatedBy, r.at AS updatedAt
         FROM stories s JOIN revisions r
           ON r.slug = s.slug AND r.revision = coalesce(s.draft_revision, s.published_revision, s.last_revision)
         ORDER BY r.at DESC, s.slug`,
      )
      .all() as (StoryRow & { revision: number; updatedBy: string; updatedAt: string })[];
    return rows
      .filter((row) => row.draft_revision !== null || row.published_revision !== null)
      .map((row) => ({
        slug: row.slug,
        title: row.title,
        state: stateOf(row),
        revision: row.revision,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
      }));
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
