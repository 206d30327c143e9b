// The front door (`/` with several stories, or `#stories`): every story this viewer publishes (the
// listed entries of stories/index.json), newest first, each with a thumbnail of its map (drawn by the
// static map when the story's file was written), its title, date, source and first sentence; an entry
// to start a new story in the browser (#new); and the stories started in this browser that are not
// published yet, to open at the desk or delete. Signed in, the newsroom's drafts are listed too, and a
// link to one this viewer does not know (a colleague's story begun at #new elsewhere) opens it at the
// desk instead of saying there is no such story.
import { useEffect, useState } from 'react';
import { hasSignedInCookie } from '../state/newsroom/session';
import { getDraft, listStories, type NewsroomStory } from '../state/newsroom/drafts';
import { saveLocalStory } from '../authoring/localStories';
import { NEWSROOM_WORDS as NW } from '../state/newsroom/newsroomWords';
import type { StoryIndexEntry } from '../story/storyIndex';
import { loadLocalStory, localStorySlugs, removeLocalStory } from '../authoring/localStories';
import { storedDraft } from '../state/storage';
import { isId } from '../domain/ids';
import { SessionBadge } from '../ui/SessionBadge';
import './storyList.css';

interface LocalSummary {
  slug: string;
  title: string;
  savedAt: string;
}

function localSummaries(published: ReadonlySet<string>): LocalSummary[] {
  return localStorySlugs()
    .filter((slug) => !published.has(slug))
    .flatMap((slug) => {
      const local = loadLocalStory(slug);
      if (!local) return [];
      let title = slug;
      try {
        const meta = JSON.parse(local.files['story.json'] ?? '{}') as { title?: unknown };
        if (typeof meta.title === 'string' && meta.title) title = meta.title;
      } catch {
        // the desk will say what is wrong with it
      }
      return [{ slug, title, savedAt: local.savedAt }];
    })
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Opens `slug`, whose bundle is now kept in this browser, at the desk (the router hears of the save). */
function openAtDesk(slug: string) {
  const target = `#story=${slug}&review`;
  if (window.location.hash !== target) window.location.assign(target);
}

export function StoryList({
  unknown,
  stories,
  baseUrl,
}: {
  unknown: string | null;
  /** The listed stories of the site's index. */
  stories: readonly StoryIndexEntry[];
  /** Where the site's root is (the index's paths are relative to it). */
  baseUrl: string;
}) {
  const sorted = [...stories].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  const [local, setLocal] = useState(() => localSummaries(new Set(stories.map((s) => s.slug))));
  const [deleting, setDeleting] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<NewsroomStory[] | null>(null);
  const [openFailed, setOpenFailed] = useState<string | null>(null);
  /** The unknown slug last looked for among the newsroom's drafts (and not found). */
  const [lookedFor, setLookedFor] = useState<string | null>(null);
  const looking = unknown !== null && isId(unknown) && lookedFor !== unknown && hasSignedInCookie();
  useEffect(() => {
    // A link to a draft of the newsroom that this viewer does not have: the server's draft, at the desk.
    if (!looking) return;
    let cancelled = false;
    void getDraft(unknown).then((answer) => {
      if (cancelled) return;
      if (answer.ok && saveLocalStory(unknown, answer.body.bundle)) return openAtDesk(unknown);
      setLookedFor(unknown);
    });
    return () => {
      cancelled = true;
    };
  }, [looking, unknown]);
  useEffect(() => {
    // Signed in (the cookie): the newsroom's drafts beside the published stories. A reader asks nothing.
    if (!hasSignedInCookie()) return;
    let cancelled = false;
    void listStories().then((answer) => {
      if (!cancelled && answer.ok)
        setDrafts(answer.body.filter((s) => s.state === 'draft' || s.state === 'published-with-draft'));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  /** A draft of the newsroom, opened at the desk: its bundle kept in this browser (a story the viewer does not publish), its review the server's. */
  const openDraft = async (slug: string) => {
    // A story this viewer publishes opens as it is, and its desk follows the newsroom's draft.
    if (stories.some((s) => s.slug === slug)) return openAtDesk(slug);
    const answer = await getDraft(slug);
    if (!answer.ok) return setOpenFailed(NW.cannotOpenDraft(slug, answer.error || String(answer.status)));
    saveLocalStory(slug, answer.body.bundle);
    openAtDesk(slug);
  };
  return (
    <div className="front">
      <header className="app-header front-header">
        <h1 className="app-title">Situation Viewer</h1>
        <p className="app-subtitle">News articles tied to the ground they describe</p>
        <div className="share-controls">
          <SessionBadge />
        </div>
      </header>
      <main className="story-list" data-testid="story-list">
        {looking && (
          <p role="status" data-testid="looking-for-draft">
            {NW.lookingForDraft(unknown)}
          </p>
        )}
        {unknown !== null && !looking && (
          <p className="banner-error" role="alert" data-testid="unknown-story">
            There is no story “{unknown}” in this viewer. The stories it holds are listed below.
          </p>
        )}
        <h2>Stories</h2>
        {sorted.length === 0 && <p>This viewer publishes no story yet.</p>}
        <ul className="story-cards">
          {sorted.map((s) => (
            <li key={s.slug} className="story-card">
              <img
                className="story-thumb"
                src={`${baseUrl}${s.thumbnail}`}
                alt=""
                width={360}
                height={200}
                loading="lazy"
              />
              <h3>
                <a href={`#story=${s.slug}`} data-testid="story-link">
                  {s.title}
                </a>
              </h3>
              <p className="story-meta">
                <time dateTime={s.date}>{s.dateLabel}</time> · {s.source.name}
              </p>
              <p className="story-lede">{s.firstSentence}</p>
            </li>
          ))}
          <li className="story-card story-new">
            <h3>
              <a href="#new" data-testid="new-story-link">
                New story
              </a>
            </h3>
            <p>
              Paste an article: the places it names are found in your browser, ready to review at the desk.
            </p>
          </li>
        </ul>
        {drafts && drafts.length > 0 && (
          <section aria-labelledby="newsroom-drafts" data-testid="newsroom-drafts">
            <h2 id="newsroom-drafts">{NW.newsroomDrafts}</h2>
            <p className="story-meta">{NW.newsroomDraftsIntro}</p>
            {openFailed && (
              <p className="banner-error" role="alert">
                {openFailed}
              </p>
            )}
            <ul className="local-stories">
              {drafts.map((s) => (
                <li key={s.slug}>
                  <a
                    href={`#story=${s.slug}&review`}
                    onClick={(event) => {
                      event.preventDefault();
                      void openDraft(s.slug);
                    }}
                  >
                    {s.title}
                  </a>{' '}
                  <span className="story-meta">
                    · {NW.draftBy(s.updatedBy, s.updatedAt && when(s.updatedAt))}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {local.length > 0 && (
          <section aria-labelledby="local-stories" data-testid="local-stories">
            <h2 id="local-stories">Started in this browser</h2>
            <p className="story-meta">
              Not published: download each from its desk and import it to publish it.
            </p>
            <ul className="local-stories">
              {local.map((s) => (
                <li key={s.slug}>
                  <a href={`#story=${s.slug}&review`}>{s.title}</a>{' '}
                  <span className="story-meta">· {when(s.savedAt)}</span>{' '}
                  {deleting === s.slug ? (
                    <span role="group" aria-label={`Delete “${s.title}”?`}>
                      Delete it and its review from this browser?{' '}
                      <button
                        type="button"
                        onClick={() => {
                          removeLocalStory(s.slug);
                          storedDraft.remove(s.slug);
                          setLocal((list) => list.filter((l) => l.slug !== s.slug));
                          setDeleting(null);
                        }}
                      >
                        Delete
                      </button>{' '}
                      <button type="button" onClick={() => setDeleting(null)}>
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="link-button" onClick={() => setDeleting(s.slug)}>
                      Delete…
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
