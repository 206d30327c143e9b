// What a reader at a withdrawn story's link reads (issue 41's Unpublish): when it was withdrawn (the
// index's `withdrawn[].at`, a date in the page's language), in place of "no such story", and the
// stories still published. Made from the index alone: no request beyond it.
import type { StoryIndexEntry } from '../story/storyIndex';
import { readerDate } from '../state/newsroom/readerTime';
import { REVISION_WORDS as W } from '../state/newsroom/revisionWords';
import './withdrawn.css';

export function WithdrawnStory({
  at,
  stories,
  siteTitle,
}: {
  at: string;
  /** The stories the site lists. */
  stories: readonly StoryIndexEntry[];
  siteTitle: string;
}) {
  const sorted = [...stories].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return (
    <div className="front">
      <header className="app-header">
        <h1 className="app-title">{siteTitle}</h1>
      </header>
      <main className="withdrawn" data-testid="story-withdrawn">
        <h2>{W.withdrawnOn(readerDate(at))}</h2>
        {sorted.length ? (
          <>
            <p>{W.stillPublished}</p>
            <ul>
              {sorted.map((s) => (
                <li key={s.slug}>
                  <a href={`#story=${encodeURIComponent(s.slug)}`} data-testid="story-link">
                    {s.title}
                  </a>{' '}
                  <span className="story-meta">{s.dateLabel}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{W.noneLeft}</p>
        )}
        <p>
          <a href="#stories">{W.allStories}</a>
        </p>
      </main>
    </div>
  );
}
