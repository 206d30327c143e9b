// Sources a reader can check: for each, its title (linked when its address is a safe http(s) one),
// who published it and when, as the source gives it, and its own words that support the fact, with a
// translation when they are not in English. Used by the details of events and features and by the
// viewer's notes in the article.
import type { Citation } from '../domain/citation';
import { SourceLink } from './SourceLink';

export function CitationList({
  sources,
  label = 'Sources',
}: {
  sources: readonly Citation[];
  label?: string;
}) {
  if (!sources.length) return null;
  return (
    <section className="citations" aria-label={label}>
      <h3>{label}</h3>
      <CitationItems sources={sources} />
    </section>
  );
}

/** The sources alone, for a list that gives its own heading (an event's, by side and claimant). */
export function CitationItems({ sources }: { sources: readonly Citation[] }) {
  return (
    <ul>
      {sources.map((s, i) => (
        <li key={`${s.url}#${i}`} data-testid="citation">
          <p className="citation-source">
            <SourceLink name={s.title} url={s.url} /> — {s.publisher}, {s.date}
          </p>
          <blockquote className="citation-quote" lang={s.language ?? 'en'}>
            {s.quote}
          </blockquote>
          {s.translation && <p className="citation-translation">In English: {s.translation}</p>}
        </li>
      ))}
    </ul>
  );
}
