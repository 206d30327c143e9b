// The stories this viewer holds: title, date and source of each, newest first.
import type { StorySummary } from '../story/story';

export function StoryList({
  stories,
  unknown,
}: {
  stories: readonly StorySummary[];
  unknown: string | null;
}) {
  const sorted = [...stories].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return (
    <main className="story-list" data-testid="story-list">
      <h1 className="app-title">Situation Viewer</h1>
      {unknown !== null && (
        <p className="banner-error" role="alert" data-testid="unknown-story">
          There is no story “{unknown}” in this viewer. The stories it holds are listed below.
        </p>
      )}
      <h2>Stories</h2>
      {sorted.length === 0 ? (
        <p>This viewer holds no story yet: see “Add a story” in the README.</p>
      ) : (
        <ul>
          {sorted.map((s) => (
            <li key={s.slug}>
              <a href={`#story=${s.slug}`} data-testid="story-link">
                {s.title}
              </a>
              <p>
                <time dateTime={s.date}>{s.dateLabel}</time> · {s.source}
              </p>
              <p>{s.subtitle}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
