// A second process for tests/unit/story-files.test.ts: replaces a site's stories/index.json `count`
// times with indexes of different lengths (replaceIndex, as the build and the newsroom server do),
// while the test reads it. Run as `node --import tsx indexWriter.ts <siteRoot> <count>`; says "go"
// once it has started writing, and exits when it is done.
import { replaceIndex } from '../../../scripts/story/storyFiles';
import type { StoryIndex, StoryIndexEntry } from '../../../src/story/storyIndex';

const [siteRoot, count] = process.argv.slice(2);
const entry = JSON.parse(process.env.INDEX_ENTRY!) as StoryIndexEntry;

for (let i = 0; i < Number(count); i++) {
  // 1 to 40 entries: every replacement changes the file's length, so a partial one would show.
  const index: StoryIndex = {
    version: 1,
    stories: Array.from({ length: 1 + (i % 40) }, (_, n) => ({
      ...entry,
      slug: `${entry.slug}-${n}`,
      title: `revision ${i}`,
      file: entry.file.replace(`stories/${entry.slug}/`, `stories/${entry.slug}-${n}/`),
      thumbnail: entry.thumbnail.replace(`stories/${entry.slug}/`, `stories/${entry.slug}-${n}/`),
    })),
    withdrawn: [],
  };
  replaceIndex(siteRoot, index);
  if (i === 0) process.stdout.write('go\n');
}
