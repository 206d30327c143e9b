// The index readers should get, from what the build published and what the newsroom decided: a pure
// function of the two, so that the server's start (after a crash or a restore), every publish,
// unpublish and restore, and `npm run export` all write the same index from the same database.
// A story the newsroom published, unpublished or restored is the database's to say; every other story
// of the build is as the build wrote it.
import {
  EMPTY_INDEX,
  STORY_INDEX_VERSION,
  withEntry,
  type StoryIndex,
  type StoryIndexEntry,
} from '../../src/story/storyIndex.ts';

export interface NewsroomStories {
  /** The stories readers get from the newsroom: each one's entry as its publish or restore wrote it. */
  published: StoryIndexEntry[];
  /** The stories the newsroom withdrew, and when. */
  withdrawn: { slug: string; at: string }[];
}

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

export function siteIndex(build: StoryIndex, newsroom: NewsroomStories): StoryIndex {
  const decided = new Set([...newsroom.published, ...newsroom.withdrawn].map((s) => s.slug));
  let index: StoryIndex = {
    ...EMPTY_INDEX,
    withdrawn: build.withdrawn.filter((w) => !decided.has(w.slug)),
  };
  for (const entry of build.stories) if (!decided.has(entry.slug)) index = withEntry(index, entry);
  for (const entry of newsroom.published) index = withEntry(index, entry);
  return {
    version: STORY_INDEX_VERSION,
    stories: index.stories,
    withdrawn: [...index.withdrawn, ...newsroom.withdrawn].sort(bySlug),
  };
}
