// Which story the viewer shows: `#story=<slug>`; with one story and no slug, that one; with several,
// the list. An unknown slug says so above the list. A story the site has but does not list (the
// tests' fixture stories, SITUATION_FIXTURES=1) opens by its slug only. The stories are the site's
// stories/index.json, and each is a file of its own read when it is opened (src/loading/storyFiles.ts).
// An open story gets one store (src/state/store.ts), made afresh when `&review` is added or removed
// (the desk, a chunk of its own, opens into it). The hash is read through the app's one `hashchange`
// listener (src/state/url.ts).
import {
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ComponentProps,
  type ReactNode,
} from 'react';
import type { Story } from '../story/story';
import type { BundleFiles } from '../story/bundleFiles';
import { fetchStoryFile, StoryFileError } from '../loading/storyFiles';
import { useStoryIndex } from './useStoryIndex';
import { IndexFailed, StoryFailed } from './StoryLoadFailed';
import { inRegionColours, resolveStoryLayers } from '../cartography/storyLayers';
import { hashParams, namedStory, requestedStory } from '../state/urlState';
import { openStory, type OpenStory } from '../state/openStory';
import { createStoryStore } from '../state/store';
import { StoreProvider } from '../state/useStore';
import { currentHash, subscribeToHash } from '../state/url';
import {
  loadLocalStory,
  localStoryChanges,
  localStorySlugs,
  subscribeToLocalStories,
} from '../authoring/localStories';
import { hasSignedInCookie } from '../state/newsroom/session';
import type { Withdrawn } from '../state/newsroom/withdrawn';
import { WithdrawnStory } from './WithdrawnStory';
import { StoryErrorBoundary } from './StoryErrorBoundary';
import { chunk, useChunk } from '../hooks/useChunk';
import type { StoryList } from './StoryList';
import type { NewStoryPage } from '../authoring/NewStoryPage';

// The list, the new-story page and the editor's desk are chunks of their own, loaded only there. Not
// lazy(): React holds a Suspense boundary's content back for up to 300 ms after its fallback (useChunk.ts).
const storyListChunk = chunk(() => import('./StoryList'));
const newStoryChunk = chunk(() => import('../authoring/NewStoryPage'));
const loginChunk = chunk(() => import('./LoginPage'));
const deskChunk = chunk(() => import('../desk'));

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

function LoginChunk() {
  const module = useChunk(loginChunk);
  return module ? <module.LoginPage /> : <p className="map-loading">Loading the sign-in…</p>;
}

/** Where an open story was read from (StoryRouter's load). */
type Source = 'local' | 'newsroom' | 'site';

type Route =
  | { kind: 'story'; slug: string; local: boolean }
  | { kind: 'list'; unknown: string | null }
  /** A story taken off the site (the index's `withdrawn`): when, and the stories still published. */
  | { kind: 'withdrawn'; slug: string; at: string }
  | { kind: 'new' }
  | { kind: 'login' };

/**
 * `slugs`: the stories the build lists; `unlisted`: those it has but does not list (fixtures);
 * `local`: those started in this browser (#new), which a built story of the same slug hides;
 * `withdrawn`: those taken off the site, which a story of the same slug (published again, or this
 * browser's) hides.
 */
export function routeOf(
  hash: string,
  slugs: readonly string[],
  unlisted: readonly string[] = [],
  local: readonly string[] = [],
  withdrawn: readonly Withdrawn[] = [],
): Route {
  const asked = requestedStory(hash);
  const named = namedStory(hash);
  if (asked && (slugs.includes(asked) || unlisted.includes(asked)))
    return { kind: 'story', slug: asked, local: false };
  if (asked && local.includes(asked)) return { kind: 'story', slug: asked, local: true };
  const gone = asked ? withdrawn.find((w) => w.slug === asked) : undefined;
  if (gone) return { kind: 'withdrawn', slug: gone.slug, at: gone.at };
  if (named === null && hashParams(hash).has('new')) return { kind: 'new' };
  // `#login`: the newsroom's sign-in.
  if (named === null && hashParams(hash).has('login')) return { kind: 'login' };
  // `#stories`: the list, however many stories there are.
  if (named === null && hashParams(hash).has('stories')) return { kind: 'list', unknown: null };
  if (named !== null) return { kind: 'list', unknown: named };
  return slugs.length === 1
    ? { kind: 'story', slug: slugs[0], local: false }
    : { kind: 'list', unknown: null };
}

const SITE_TITLE = 'Situation Viewer';

function setPageMeta(title: string, description: string) {
  document.title = title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', description);
}

/** The viewer of an open story, given the desk's panel when the story is open for review. */
export type ViewerOf = (desk: ReactNode) => ReactNode;

export function StoryRouter({ viewer, embed = false }: { viewer: ViewerOf; embed?: boolean }) {
  const { index, slugs, unlisted, withdrawn, listedEntries, entryOf, refresh, recheck } =
    useStoryIndex(BASE_URL);
  const hash = useSyncExternalStore(subscribeToHash, currentHash);
  // A story saved in this browser at the address that named it (a colleague's draft) is routed again.
  useSyncExternalStore(subscribeToLocalStories, localStoryChanges);
  // The route as a value (a change of view, layers or selection in the hash is no new route); null
  // until the index has arrived (or failed: then only the stories of this browser open).
  const routeText =
    index.status === 'loading'
      ? 'null'
      : JSON.stringify(routeOf(hash, slugs, unlisted, localStorySlugs(), withdrawn));
  const route = useMemo(() => JSON.parse(routeText) as Route | null, [routeText]);
  // `&review` added to or removed from an open tab's link switches the mode in place, no reload.
  const reviewing = hashParams(hash).has('review');
  const [loaded, setLoaded] = useState<
    | { slug: string; from: Source; story: Story; files?: BundleFiles }
    | { slug: string; from: Source; error: string }
    | null
  >(null);

  useEffect(() => {
    // A story published since the index was read: read it again before saying there is none.
    if (route?.kind === 'list' && route.unknown !== null) refresh(route.unknown);
  }, [route, refresh]);

  // The file the index names for the story open (none for a story of this browser).
  const file = route?.kind === 'story' && !route.local ? entryOf(route.slug)?.file : undefined;
  // Where the story open is read from: this browser (#new), the newsroom's draft (at the desk, signed
  // in: the text Publish sends), or the site's file readers get.
  const source: Source | null =
    route?.kind !== 'story'
      ? null
      : route.local
        ? 'local'
        : reviewing && hasSignedInCookie()
          ? 'newsroom'
          : 'site';
  useEffect(() => {
    if (!route) return;
    if (route.kind !== 'story') {
      setPageMeta(SITE_TITLE, 'Situation Viewer: news articles tied to the ground they describe.');
      return;
    }
    let cancelled = false;
    const { slug } = route;
    const from = source!;
    const siteFile = () => fetchStoryFile(entryOf(slug)!, BASE_URL).then((story) => ({ story }));
    const load: Promise<{ story: Story; files?: BundleFiles }> =
      from === 'local'
        ? import('../authoring/openLocalStory').then((m) => ({ story: m.openLocalStory(slug) }))
        : from === 'newsroom'
          ? import('./openNewsroomStory').then(async (m) => (await m.openNewsroomStory(slug)) ?? siteFile())
          : siteFile();
    load
      .then((read) => !cancelled && setLoaded({ slug, from, ...read }))
      .catch(async (error: Error) => {
        // The file is gone: the story may have been published again or withdrawn since the index was
        // read. A new index routes again (another file, or the withdrawn page); else the error stands.
        if (file && error instanceof StoryFileError && error.problem === 'missing')
          if (await recheck(slug, file)) return;
        if (!cancelled) setLoaded({ slug, from, error: error.message });
      });
    return () => {
      cancelled = true;
    };
    // The route names the story, and the index its file; the entry is the index's when they were made.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route, file, source]);

  // The bundle of the story the route names (a previous story's stays until the next has arrived).
  const current =
    route?.kind === 'story' && loaded?.slug === route.slug && loaded.from === source ? loaded : null;
  const opened = useMemo(() => {
    if (!current || !('story' in current)) return null;
    const { layers, problems } = resolveStoryLayers(current.story.meta.layers);
    return {
      bundle: openStory(current.story, inRegionColours(layers, current.story.region.territoryColor)),
      problems,
      files: current.files,
    };
  }, [current]);

  useEffect(() => {
    if (opened) {
      const { meta } = opened.bundle.story;
      setPageMeta(`${SITE_TITLE} — ${meta.title}`, meta.description);
    }
  }, [opened]);

  if (!route)
    return (
      <p className="map-loading" role="status">
        Loading the story…
      </p>
    );
  if (route.kind === 'login') return <LoginChunk />;
  if (route.kind === 'new') return <NewStoryChunk publishedSlugs={[...slugs, ...unlisted]} />;
  if (route.kind === 'withdrawn')
    return <WithdrawnStory at={route.at} stories={listedEntries} siteTitle={SITE_TITLE} />;
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
  if (!opened)
    return (
      <p className="map-loading" role="status">
        Loading the story…
      </p>
    );
  const { slug } = opened.bundle.story;
  return (
    <>
      {opened.problems.length > 0 && (
        <p className="banner-error" role="alert">
          {opened.problems.join('; ')}
        </p>
      )}
      {/* Keyed by the mode: leaving the desk for the reader's view clears a failure of the desk. */}
      <StoryErrorBoundary slug={slug} reviewing={reviewing} key={`${slug}:${reviewing}`}>
        {reviewing ? (
          <DeskStory
            bundle={opened.bundle}
            viewer={viewer}
            embed={embed}
            local={route.local}
            files={opened.files}
          />
        ) : (
          <ReaderStory bundle={opened.bundle} viewer={viewer} embed={embed} />
        )}
      </StoryErrorBoundary>
    </>
  );
}

interface OpenProps {
  bundle: OpenStory;
  viewer: ViewerOf;
  embed: boolean;
  /** A story started in a browser (#new), its files kept here; signed in, any story's draft is also kept on the newsroom server. */
  local?: boolean;
  /** The newsroom's files the story was opened from (at the desk, signed in): its draft is saved with them. */
  files?: BundleFiles;
}

/** The story for readers: its store, opened at the link. */
function ReaderStory({ bundle, viewer, embed }: OpenProps) {
  const store = useMemo(
    () => createStoryStore(bundle, { hash: window.location.hash, embed, desk: null }),
    [bundle, embed],
  );
  return <StoreProvider store={store}>{viewer(null)}</StoreProvider>;
}

/** The story at the editor's desk: the desk's chunk, then the store with the desk's draft opened into it. */
function DeskStory(props: OpenProps) {
  const desk = useChunk(deskChunk);
  return desk ? (
    <OpenDesk {...props} desk={desk} />
  ) : (
    <p className="map-loading" role="status">
      Loading the review mode…
    </p>
  );
}

function OpenDesk({
  bundle,
  viewer,
  embed,
  desk,
  local,
  files,
}: OpenProps & { desk: typeof import('../desk') }) {
  const store = useMemo(
    () => createStoryStore(bundle, { hash: window.location.hash, embed, desk: desk.openDesk(bundle.story) }),
    [bundle, embed, desk],
  );
  useEffect(() => desk.followDeskStorage(store), [desk, store]);
  useEffect(() => {
    if (!hasSignedInCookie()) return;
    const { slug } = bundle.story;
    // A story started in this browser is saved with its files kept here; any other (the build's, or
    // one the newsroom published) with the files the newsroom gives for it.
    if (local) return desk.followNewsroomDraft(store, () => loadLocalStory(slug)?.files ?? null);
    return files
      ? desk.followNewsroomDraft(store, () => files, undefined, true)
      : desk.followNewsroomStory(store);
  }, [desk, store, local, bundle, files]);
  return <StoreProvider store={store}>{viewer(<desk.DeskPanel />)}</StoreProvider>;
}
