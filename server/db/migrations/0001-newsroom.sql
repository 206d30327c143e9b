-- The newsroom's first tables: accounts, sessions, stories with their revisions, and the audit log.
-- Names of people are copied as text into revisions and the audit log (no foreign key), so that removing
-- an account keeps the history of what it did. Times are ISO 8601 text (UTC), except the sessions',
-- which are milliseconds of the server's clock (compared on every request).

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('editor', 'reporter')),
  -- scrypt, in the PHC string format with its parameters: $scrypt$ln=17,r=8,p=1$<salt>$<hash>
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
);

-- A session is found by the SHA-256 of its token; the token itself is only ever in the cookie.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Texts stored once by their SHA-256 (hex): a bundle's files (JSON of { name: text }) and a desk's
-- review, which every save, publish and restore refers to; a bundle saved fifty times is kept once.
CREATE TABLE blobs (
  hash TEXT PRIMARY KEY,
  body TEXT NOT NULL
) WITHOUT ROWID;

-- One row per story the newsroom has touched. origin: 'new' (started at #new, by created_by) or
-- 'shipped' (a story of stories/ that a user started a draft from). last_revision counts the story's
-- revisions; draft_revision is the revision holding the current draft (null: none), published_revision
-- the one readers get (null: not published; issue 41), unpublished_at when it was withdrawn.
CREATE TABLE stories (
  slug TEXT PRIMARY KEY,
  origin TEXT NOT NULL CHECK (origin IN ('new', 'shipped')),
  title TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_revision INTEGER NOT NULL DEFAULT 0,
  draft_revision INTEGER,
  published_revision INTEGER,
  unpublished_at TEXT
) WITHOUT ROWID;

-- Every change of a story is a revision, numbered from 1 per story: a save (a new draft), a publish,
-- an unpublish, a restore. bundle and review point into blobs (null for an unpublish); replaced is the
-- revision a save was made over (its If-Match), so a "Keep my draft" over a colleague's save shows.
CREATE TABLE revisions (
  slug TEXT NOT NULL REFERENCES stories (slug),
  revision INTEGER NOT NULL CHECK (revision > 0),
  action TEXT NOT NULL CHECK (action IN ('save', 'publish', 'unpublish', 'restore')),
  author TEXT NOT NULL,
  at TEXT NOT NULL,
  bundle TEXT REFERENCES blobs (hash),
  review TEXT REFERENCES blobs (hash),
  replaced INTEGER,
  PRIMARY KEY (slug, revision)
) WITHOUT ROWID;

-- Who did what and when: every sign-in (and refused one), sign-out, save, publish, unpublish, restore
-- and change of an account. actor is the account's name ('' for a refused sign-in of an unknown name,
-- whose typed name is not kept: it may be a password typed in the wrong field).
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  slug TEXT,
  revision INTEGER,
  detail TEXT
);
CREATE INDEX audit_by_story ON audit (slug, id);
