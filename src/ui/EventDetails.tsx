// What a reader learns about one event: when (at its precision), who reports it, its places, the
// passages of the article about it, and for what the article does not say, the viewer's note with
// its sources, each side's words under its name (the region's sides first, then the others), and
// what was searched where one side's answer could not be found.
import type { StoryEvent } from '../story/schema';
import { useStore } from '../state/useStore';
import { isAfterArticle, longDate } from './timelineScale';
import { CitationItems } from './CitationList';
import { claimantName, sourcesBySide } from '../story/claimants';
import type { LayerStyleLookup } from './layerLookup';

interface Props {
  event: StoryEvent;
  style: LayerStyleLookup;
  onPlace: (featureId: string) => void;
  onShowPassage: (passageId: string) => void;
}

const EXCERPT = 220;

/** The words of this view (one place, for a translation catalogue). */
const WORDS = {
  sources: 'Who says what',
  other: 'Others',
  noAnswer: 'Not found:',
};

export function EventDetails({ event, style, onPlace, onShowPassage }: Props) {
  const story = useStore((s) => s.bundle.story);
  const after = isAfterArticle(event, story.meta.date);
  return (
    <article className="feature-details event-details" data-testid="event-details" data-event-id={event.id}>
      <h2 className="feature-title" tabIndex={-1}>
        {event.title}
      </h2>
      <p className="local-names">
        <time dateTime={event.date}>{longDate(event)}</time>
        {event.background && ' · background'}
      </p>
      {after && (
        <p className="after-article-note" data-testid="after-article">
          <strong>After this article.</strong> What happened next, from other sources: the article, of{' '}
          {story.meta.dateLabel}, does not report it.
        </p>
      )}
      <dl className="names">
        <div>
          <dt>Reported by</dt>
          <dd>{event.reportedBy.map((id) => claimantName(story.meta, id)).join('; ') || 'not stated'}</dd>
        </div>
      </dl>
      {event.places.length > 0 && (
        <nav className="details-choices" aria-label="Places of this event">
          <p>{event.places.length > 1 ? 'Its places:' : 'Its place:'}</p>
          <ul>
            {event.places.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="chip"
                  style={{ ['--layer-color' as string]: style.ofFeature(id).color }}
                  onClick={() => onPlace(id)}
                >
                  {style.nameOf(id)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {event.passages.length > 0 && (
        <section aria-label="In the article">
          <h3>In the article</h3>
          <ul className="passage-quotes">
            {event.passages.map((id) => {
              const text = story.passages.find((p) => p.id === id)?.text ?? '';
              return (
                <li key={id} data-testid="details-passage">
                  <blockquote className="quote">
                    {text.length > EXCERPT ? `${text.slice(0, text.lastIndexOf(' ', EXCERPT))} …` : text}
                  </blockquote>
                  <button type="button" className="link-button" onClick={() => onShowPassage(id)}>
                    Show in article
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {event.note && <p className="viewer-note-inline">Viewer's note: {event.note}</p>}
      {event.sources.length > 0 && (
        <section className="citations by-side" aria-label={WORDS.sources} data-testid="event-sources">
          <h3>{WORDS.sources}</h3>
          {sourcesBySide(story, event.sources).map(({ side, claimants }) => (
            <section key={side} className={`side side-${side}`} data-side={side}>
              <h4 className="side-name">
                {story.region.sides.find((s) => s.id === side)?.label ?? WORDS.other}
              </h4>
              {claimants.map((c) => (
                <div key={c.id} className="claimant-words" data-claimant={c.id}>
                  <p className="claimant-name">{c.name}</p>
                  <CitationItems sources={c.sources} />
                </div>
              ))}
            </section>
          ))}
          {event.noAnswer && (
            <p className="no-answer" data-testid="no-answer">
              <strong>{WORDS.noAnswer}</strong> {event.noAnswer}
            </p>
          )}
        </section>
      )}
    </article>
  );
}
