// The site's stories/index.json for the router: fetched once when the page opens (index.html preloads
// it), and once more when a link names a slug it lacks, in case the story was published (or withdrawn)
// since, or when the file it names for a story is gone (published again or withdrawn since: the
// newsroom takes such files off the site after a grace period, server/site/unnamedFiles.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchStoryIndex } from '../loading/storyFiles';
import type { StoryIndex, StoryIndexEntry } from '../story/storyIndex';
import { withdrawnEntries } from '../state/newsroom/withdrawn';

export type IndexState =
  { status: 'loading' } | { status: 'ok'; index: StoryIndex } | { status: 'error'; message: string };

export function useStoryIndex(baseUrl: string) {
  const [index, setIndex] = useState<IndexState>({ status: 'loading' });
  const asked = useRef(new Set<string>());

  useEffect(() => {
    let cancelled = false;
    fetchStoryIndex(baseUrl).then(
      (read) => !cancelled && setIndex({ status: 'ok', index: read }),
      (error: Error) => !cancelled && setIndex({ status: 'error', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [baseUrl]);

  /** Reads the index again, once per slug, and takes it if it now has that slug (or says it was withdrawn). */
  const refresh = useCallback(
    (slug: string) => {
      if (asked.current.has(slug)) return;
      asked.current.add(slug);
      fetchStoryIndex(baseUrl).then(
        (read) =>
          (read.stories.some((s) => s.slug === slug) ||
            withdrawnEntries(read.withdrawn).some((w) => w.slug === slug)) &&
          setIndex({ status: 'ok', index: read }),
        // The index that was read stays; the link's slug is said to be unknown.
        () => undefined,
      );
    },
    [baseUrl],
  );

  /**
   * A story's file the index named is gone: reads the index again (once per file), and takes it when it
   * names another file for the story or no longer has it (published again, or withdrawn, since the page
   * read it). Whether it did.
   */
  const recheck = useCallback(
    async (slug: string, file: string): Promise<boolean> => {
      const key = `${slug} ${file}`;
      if (asked.current.has(key)) return false;
      asked.current.add(key);
      const read = await fetchStoryIndex(baseUrl).catch(() => null);
      if (!read || read.stories.find((s) => s.slug === slug)?.file === file) return false;
      setIndex({ status: 'ok', index: read });
      return true;
    },
    [baseUrl],
  );

  const derived = useMemo(() => {
    const stories = index.status === 'ok' ? index.index.stories : [];
    const listedEntries = stories.filter((s) => s.listed);
    return {
      /** The stories the site lists (the front door's), and those it opens by slug only (fixtures). */
      listedEntries,
      slugs: listedEntries.map((s) => s.slug),
      unlisted: stories.filter((s) => !s.listed).map((s) => s.slug),
      /** The stories taken off the site, and when. */
      withdrawn: index.status === 'ok' ? withdrawnEntries(index.index.withdrawn) : [],
      entryOf: (slug: string): StoryIndexEntry | undefined => stories.find((s) => s.slug === slug),
    };
  }, [index]);

  return { index, refresh, recheck, ...derived };
}
