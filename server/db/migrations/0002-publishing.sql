-- Publishing (issue 41): what each publish and restore put on the site, and where it came from.
--
-- A publish is a revision of its story (action 'publish') holding the draft it published (the same
-- bundle and review blobs) with `source` the draft's revision; a restore (action 'restore') holds the
-- revision it restored, `source` that revision's number; an unpublish (action 'unpublish') holds
-- nothing. stories.published_revision is the publish or restore readers get (null: none);
-- stories.unpublished_at when it was withdrawn (null once published again).
ALTER TABLE revisions ADD COLUMN source INTEGER;

-- The files a publish or restore put on the site, kept whole in the database so that the site can be
-- written again from it alone (after a crash, a restore of a backup, or into an export): the story
-- file and its thumbnail (their bytes in blobs, by SHA-256; their names are the first 16 hex digits of
-- that same hash) and the story's entry in stories/index.json, as JSON.
CREATE TABLE publications (
  slug TEXT NOT NULL,
  revision INTEGER NOT NULL,
  file TEXT NOT NULL,
  file_blob TEXT NOT NULL REFERENCES blobs (hash),
  thumbnail TEXT NOT NULL,
  thumbnail_blob TEXT NOT NULL REFERENCES blobs (hash),
  entry TEXT NOT NULL,
  PRIMARY KEY (slug, revision),
  FOREIGN KEY (slug, revision) REFERENCES revisions (slug, revision)
) WITHOUT ROWID;
