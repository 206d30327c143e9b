// Which story the viewer shows: `#story=<slug>`; with one story and no slug, that one; with several,
// the list. An unknown slug says so above the list. A story the build has but does not list (the
// tests' fixture stories, SITUATION_FIXTURES=1) opens by its slug only. Each story's bundle is a chunk of its own
// (scripts/story/vitePlugin.ts), loaded when it is opened.
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentProps } from 'react';
import { STORIES, STORY_LOADERS } from 'virtual:stories';
import type { Story } from '../story/story';
import { inRegionColours, resolveStoryLayers } from '../cartography/storyLayers';
import { hashParams, namedStory, requestedStory } from '../state/urlState';
import { openStory, StoryContext } from '../state/storyContext';
import { chunk, useChunk } from '../hooks/useChunk';
import type { StoryList } from '../ui/StoryList';

// The editor's review mode is a chunk of its own, loaded only with `&review` in the link.
const ReviewProvider = lazy(() => import('../review/ReviewProvider'));
// The list is shown only when there are several stories or a link names an unknown one. Not lazy():
// React holds a Suspense boundary's content back for up to 300 ms after its fallback (useChunk.ts).
const storyListChunk = chunk(() => import('../ui/StoryList'));

function StoryListChunk(props: ComponentProps<typeof StoryList>) {
  const module = useChunk(storyListChunk);
  return module ? (
    <module.StoryList {...props} />
  ) : (
    <p className="map-loading">Loading the list of stories…</p>
  );
}

type Route = { kind: 'story'; slug: string } | { kind: 'list'; unknown: string | null };

export function routeOf(hash: string, slugs: readonly string[], unlisted: readonly string[] = []): Route {
  const asked = requestedStory(hash);
  const named = namedStory(hash);
  if (asked && (slugs.includes(asked) || unlisted.includes(asked))) return { kind: 'story', slug: asked };
  if (named !== null) return { kind: 'list', unknown: named };
  return slugs.length === 1 ? { kind: 'story', slug: slugs[0] } : { kind: 'list', unknown: null };
}

function sameRoute(a: Route, b: Route): boolean {
  if (a.kind === 'story' && b.kind === 'story') return a.slug === b.slug;
  if (a.kind === 'list' && b.kind === 'list') return a.unknown === b.unknown;
  return false;
}

const SITE_TITLE = 'Situation Viewer';

function setPageMeta(title: string, description: string) {
  document.title = title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', description);
}

export function StoryRouter({ children }: { children: React.ReactNode }) {
  const slugs = useMemo(() => STORIES.map((s) => s.slug), []);
  const unlisted = useMemo(() => Object.keys(STORY_LOADERS).filter((s) => !slugs.includes(s)), [slugs]);
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash, slugs, unlisted));
  // `&review` added to or removed from an open tab's link switches the mode in place, no reload.
  const [reviewing, setReviewing] = useState(() => hashParams(window.location.hash).has('review'));
  const [loaded, setLoaded] = useState<
    { slug: string; story: Story } | { slug: string; error: string } | null
  >(null);

  useEffect(() => {
    const onHashChange = () => {
      const next = routeOf(window.location.hash, slugs, unlisted);
      setRoute((prev) => (sameRoute(prev, next) ? prev : next));
      setReviewing(hashParams(window.location.hash).has('review'));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [slugs, unlisted]);

  useEffect(() => {
    if (route.kind !== 'story') {
      setPageMeta(SITE_TITLE, 'Situation Viewer: news articles tied to the ground they describe.');
      return;
    }
    let cancelled = false;
    const { slug } = route;
    STORY_LOADERS[slug]()
      .then((module) => !cancelled && setLoaded({ slug, story: module.default }))
      .catch((error: Error) => !cancelled && setLoaded({ slug, error: error.message }));
    return () => {
      cancelled = true;
    };
  }, [route]);

  // The bundle of the story the route names (a previous story's stays until the next has arrived).
  const current = route.kind === 'story' && loaded?.slug === route.slug ? loaded : null;
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

  if (route.kind === 'list') return <StoryListChunk stories={STORIES} unknown={route.unknown} />;
  if (current && 'error' in current)
    return (
      <p className="banner-error" role="alert" data-testid="story-error">
        The story “{route.slug}” could not be loaded ({current.error}). Reload the page to try again.
      </p>
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
    </StoryContext.Provider>
  );
}
