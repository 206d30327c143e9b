// Which story the viewer shows: `#story=<slug>`; with one story and no slug, that one; with several,
// the list. An unknown slug says so above the list. A story the site has but does not list (the
// tests' fixture stories, SITUATION_FIXTURES=1) opens by its slug only. The stories are the site's
// stories/index.json, and each is a file of its own read when it is opened (src/loading/storyFiles.ts).
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentProps } from 'react';
import type { Story } from '../story/story';
import { fetchStoryFile } from '../loading/storyFiles';
import { useStoryIndex } from './useStoryIndex';
import { IndexFailed, StoryFailed } from './StoryLoadFailed';
import { inRegionColours, resolveStoryLayers } from '../cartography/storyLayers';
import { hashParams, namedStory, requestedStory } from '../state/urlState';
import { openStory, StoryContext } from '../state/storyContext';
import { localStorySlugs } from '../authoring/localStories';
import { StoryErrorBoundary } from './StoryErrorBoundary';
import { chunk, useChunk } from '../hooks/useChunk';
import type { StoryList } from './StoryList';
import type { NewStoryPage } from '../authoring/NewStoryPage';

// The editor's review mode is a chunk of its own, loaded only with `&review` in the link.
const ReviewProvider = lazy(() => import('../review/ReviewProvider'));
// The list and the new-story page are chunks of their own, loaded only there. Not lazy(): React holds
// a Suspense boundary's content back for up to 300 ms after its fallback (useChunk.ts).
const storyListChunk = chunk(() => import('./StoryList'));
const newStoryChunk = chunk(() => import('../authoring/NewStoryPage'));

const BASE_URL = import.meta.env.BASE_URL;

function StoryListChunk(props: ComponentProps<typeof StoryList>) {
  const module = useChunk(storyListChunk);
  return module ? (
    <module.StoryList {...props} />
  ) : (
    <p className="map-loading">Loading the list of stories…</p>
  );
}

function NewStoryChunk(props: ComponentProps<typeof NewStoryPage>) {
  const module = useChunk(newStoryChunk);
  return module ? (
    <module.NewStoryPage {...props} />
  ) : (
    <p className="map-loading">Loading the new-story page…</p>
  );
}

type Route =
  | { kind: 'story'; slug: string; local: boolean }
  | { kind: 'list'; unknown: string | null }
  | { kind: 'new' };

/**
 * `slugs`: the stories the build lists; `unlisted`: those it has but does not list (fixtures);
 * `local`: those started in this browser (#new), which a built story of the same slug hides.
 */
export function routeOf(
  hash: string,
  slugs: readonly string[],
  unlisted: readonly string[] = [],
  local: readonly string[] = [],
): Route {
  const asked = requestedStory(hash);
  const named = namedStory(hash);
  if (asked && (slugs.includes(asked) || unlisted.includes(asked)))
    return { kind: 'story', slug: asked, local: false };
  if (asked && local.includes(asked)) return { kind: 'story', slug: asked, local: true };
  if (named === null && hashParams(hash).has('new')) return { kind: 'new' };
  // `#stories`: the list, however many stories there are.
  if (named === null && hashParams(hash).has('stories')) return { kind: 'list', unknown: null };
  if (named !== null) return { kind: 'list', unknown: named };
  return slugs.length === 1
    ? { kind: 'story', slug: slugs[0], local: false }
    : { kind: 'list', unknown: null };
}

function sameRoute(a: Route, b: Route): boolean {
  if (a.kind === 'story' && b.kind === 'story') return a.slug === b.slug && a.local === b.local;
  if (a.kind === 'list' && b.kind === 'list') return a.unknown === b.unknown;
  return a.kind === 'new' && b.kind === 'new';
}

const SITE_TITLE = 'Situation Viewer';

function setPageMeta(title: string, description: string) {
  document.title = title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', description);
}

export function StoryRouter({ children }: { children: React.ReactNode }) {
  const { index, slugs, unlisted, listedEntries, entryOf, refresh } = useStoryIndex(BASE_URL);
  // Null until the index has arrived (or failed: then only the stories of this browser open).
  const [route, setRoute] = useState<Route | null>(null);
  // `&review` added to or removed from an open tab's link switches the mode in place, no reload.
  const [reviewing, setReviewing] = useState(() => hashParams(window.location.hash).has('review'));
  const [loaded, setLoaded] = useState<
    { slug: string; story: Story } | { slug: string; error: string } | null
  >(null);

  useEffect(() => {
    if (index.status === 'loading') return;
    const onHashChange = () => {
      const next = routeOf(window.location.hash, slugs, unlisted, localStorySlugs());
      setRoute((prev) => (prev && sameRoute(prev, next) ? prev : next));
      setReviewing(hashParams(window.location.hash).has('review'));
      // A story published since the index was read: read it again before saying there is none.
      if (next.kind === 'list' && next.unknown !== null) refresh(next.unknown);
    };
    onHashChange();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [index.status, slugs, unlisted, refresh]);

  useEffect(() => {
    if (!route) return;
    if (route.kind !== 'story') {
      setPageMeta(SITE_TITLE, 'Situation Viewer: news articles tied to the ground they describe.');
      return;
    }
    let cancelled = false;
    const { slug } = route;
    const load: Promise<Story> = route.local
      ? import('../authoring/openLocalStory').then((m) => m.openLocalStory(slug))
      : fetchStoryFile(entryOf(slug)!, BASE_URL);
    load
      .then((story) => !cancelled && setLoaded({ slug, story }))
      .catch((error: Error) => !cancelled && setLoaded({ slug, error: error.message }));
    return () => {
      cancelled = true;
    };
    // The route names the story; its entry is the index's when the route was made.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route]);

  // The bundle of the story the route names (a previous story's stays until the next has arrived).
  const current = route?.kind === 'story' && loaded?.slug === route.slug ? loaded : null;
  const open = useMemo(() => {
    if (!current || !('story' in current)) return null;
    const { layers, problems } = resolveStoryLayers(current.story.meta.layers);
    return {
      open: openStory(current.story, inRegionColours(layers, current.story.region.territoryColor)),
      problems,
    };
  }, [current]);

  useEffect(() => {
    if (open) setPageMeta(`${SITE_TITLE} — ${open.open.story.meta.title}`, open.open.story.meta.description);
  }, [open]);

  if (!route)
    return (
      <p className="map-loading" role="status">
        Loading the story…
      </p>
    );
  if (route.kind === 'new') return <NewStoryChunk publishedSlugs={[...slugs, ...unlisted]} />;
  if (route.kind === 'list')
    return index.status === 'error' ? (
      <IndexFailed message={index.message} />
    ) : (
      <StoryListChunk unknown={route.unknown} stories={listedEntries} baseUrl={BASE_URL} />
    );
  if (current && 'error' in current)
    return (
      <StoryFailed
        slug={route.slug}
        title={entryOf(route.slug)?.title}
        error={current.error}
        local={route.local}
      />
    );
  if (!open)
    return (
      <p className="map-loading" role="status">
        Loading the story…
      </p>
    );
  return (
    <StoryContext.Provider value={open.open} key={open.open.story.slug}>
      {open.problems.length > 0 && (
        <p className="banner-error" role="alert">
          {open.problems.join('; ')}
        </p>
      )}
      {/* Keyed by the mode: leaving the desk for the reader's view clears a failure of the desk. */}
      <StoryErrorBoundary slug={open.open.story.slug} reviewing={reviewing} key={String(reviewing)}>
        {reviewing ? (
          <Suspense
            fallback={
              <p className="map-loading" role="status">
                Loading the review mode…
              </p>
            }
          >
            <ReviewProvider open={open.open}>{children}</ReviewProvider>
          </Suspense>
        ) : (
          children
        )}
      </StoryErrorBoundary>
    </StoryContext.Provider>
  );
}
