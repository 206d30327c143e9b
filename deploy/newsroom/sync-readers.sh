#!/bin/sh
# Readers on a CDN: writes the static site (`npm run export`: the viewer and every published story)
# into $SITE and, when $READERS_RSYNC_TARGET is set (user@host:/srv/situation-viewer/), copies it
# there in three passes: every file but the index first, then stories/index.json, so that the readers'
# index never names a file the host does not have yet; then what the export removed from stories/ (a
# withdrawn story's files) is removed there too. A version a publish replaced stays (the export keeps
# it: a page that loaded the previous index a moment ago still gets its file). Run it after each
# publish (situation-viewer-sync.path does) or from cron. For S3 and the like, the same three passes:
#   aws s3 sync "$SITE" s3://bucket/ --exclude stories/index.json
#   aws s3 cp "$SITE/stories/index.json" s3://bucket/stories/index.json --cache-control no-cache
#   aws s3 sync "$SITE/stories" s3://bucket/stories --delete
# (the other headers: $SITE/_headers, or deploy/headers.ts).
set -eu
cd "$(dirname "$0")/../.."
SITE="${SITE:-/var/lib/situation-viewer-export}"
SERVED="${DATA_DIR:-data}/site/stories/index.json"
# Again while the newsroom's index changed during a round (a publish while this one ran), at most 5 times.
for round in 1 2 3 4 5; do
	npm run --silent export -- "$SITE"
	if [ -n "${READERS_RSYNC_TARGET:-}" ]; then
		rsync -a --exclude /stories/index.json "$SITE/" "$READERS_RSYNC_TARGET"
		rsync -a "$SITE/stories/index.json" "$READERS_RSYNC_TARGET/stories/index.json"
		rsync -a --delete "$SITE/stories/" "$READERS_RSYNC_TARGET/stories/"
	fi
	if [ ! -f "$SERVED" ] || cmp -s "$SERVED" "$SITE/stories/index.json"; then break; fi
done
