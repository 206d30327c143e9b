// The article, verbatim, with every linked phrase highlighted in its layer's colour. Hovering or
// focusing a phrase highlights its features on the map; clicking selects the first of them.
import { memo, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { ArticleLink, EditorialNote, Passage, StoryMeta } from '../story/story';
import {
  featuresOfPassage,
  featuresOfPhrase,
  footnotesOf,
  passagesOfFeature,
  segmentPassage,
} from '../story/linking';
import type { LayerStyleLookup } from './layerLookup';
import { useStory } from '../state/storyContext';
import { languageName } from '../domain/names';
import { CitationList } from './CitationList';
import { NO_LINKS, regroupLinks } from './passageLinks';

/** What the viewer asks of the article: "Show in article" from the details. */
export interface ArticleHandle {
  showPassage: (passageId: string) => void;
}

interface Props {
  /** The passages an event of the timeline is about: marked instead of the selected feature's. */
  markedPassages: string[] | null;
  selectedFeature: string | null;
  ref?: Ref<ArticleHandle>;
  style: LayerStyleLookup;
  onHover: (featureIds: string[]) => void;
  onSelect: (featureId: string, origin: HTMLElement) => void;
  /** A phrase: every feature it links to, those a click frames, and where it stands. */
  onSelectPhrase: (
    phrase: { features: string[]; framed: string[]; passageId: string; text: string },
    origin: HTMLElement,
  ) => void;
  reduceMotion: boolean;
}

export const ArticlePanel = memo(function ArticlePanel({
  markedPassages,
  selectedFeature,
  ref,
  style,
  onHover,
  onSelect,
  onSelectPhrase,
  reduceMotion,
}: Props) {
  const root = useRef<HTMLElement>(null);
  const { story } = useStory();
  const { links, meta, passages, notes } = story;
  const notesOf = useMemo(() => {
    const byPassage = new Map<string, EditorialNote[]>();
    for (const note of notes) byPassage.set(note.passageId, [...(byPassage.get(note.passageId) ?? []), note]);
    return (passageId: string) => byPassage.get(passageId) ?? NO_NOTES;
  }, [notes]);
  // On paper, each linked run of words gets a footnote naming its places (print-only). Their numbers
  // are a CSS counter, so a passage's marks do not depend on the passages before it.
  const footnotes = useMemo(() => footnotesOf(passages, links), [passages, links]);
  // Each passage's own links, the same array as long as they are the same: a decision at the desk
  // re-renders the passage it changes, not the article.
  const linksOf = usePassageLinks(links);
  const marked = new Set(
    markedPassages ?? (selectedFeature ? passagesOfFeature(links, selectedFeature) : []),
  );
  const firstMarked =
    markedPassages?.[0] ?? (selectedFeature ? passagesOfFeature(links, selectedFeature)[0] : null);

  // Selecting a feature or an event brings its first passage into view.
  useEffect(() => {
    if (firstMarked)
      root.current
        ?.querySelector(`[data-passage-id="${firstMarked}"]`)
        ?.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [firstMarked, reduceMotion]);

  // "Show in article" from the details: scroll to the passage and move focus there.
  useImperativeHandle(
    ref,
    () => ({
      showPassage(passageId) {
        const el = root.current?.querySelector<HTMLElement>(`[data-passage-id="${passageId}"]`);
        el?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
        el?.focus({ preventScroll: true });
      },
    }),
    [reduceMotion],
  );

  const title = passages.find((p) => p.role === 'title');
  const subtitle = passages.find((p) => p.role === 'subtitle');
  const body = passages.filter((p) => p.role === 'paragraph');
  const render = (p: Passage) => {
    const own = linksOf(p.id);
    return (
      <PassageText
        passage={p}
        links={own}
        selectedFeature={own.some((l) => l.featureId === selectedFeature) ? selectedFeature : null}
        style={style}
        onHover={onHover}
        onSelectPhrase={onSelectPhrase}
      />
    );
  };
  const aside = (p: Passage) => (
    <PassageAside passage={p} links={linksOf(p.id)} notes={notesOf(p.id)} style={style} onSelect={onSelect} />
  );

  return (
    <article className="article" ref={root} aria-labelledby="article-title" data-testid="article">
      <p className="article-meta">
        {meta.source.url ? (
          <a href={meta.source.url}>
            <cite>{meta.source.name}</cite>
          </a>
        ) : (
          <cite>{meta.source.name}</cite>
        )}
        {meta.source.description && ` (${meta.source.description})`},{' '}
        <time dateTime={meta.date}>{meta.dateLabel}</time>
        {meta.translation
          ? `: translated from ${languageName(meta.translation.from)} by ${meta.translation.by}, shown verbatim.`
          : ': shown verbatim.'}
      </p>
      {links.some((l) => l.status === 'proposed') && (
        <p className="proposed-banner" data-testid="proposed-banner">
          {links.filter((l) => l.status === 'proposed').length} of {links.length} links in this story were
          proposed by the geoparser and are not reviewed yet: they are hatched and marked “?”.
        </p>
      )}
      {title ? (
        <h2 id="article-title" className="passage" data-passage-id={title.id} tabIndex={-1}>
          {render(title)}
        </h2>
      ) : (
        <h2 id="article-title">{meta.title}</h2>
      )}
      {subtitle && (
        <div
          className={`passage subtitle${marked.has(subtitle.id) ? ' is-marked' : ''}`}
          data-passage-id={subtitle.id}
          tabIndex={-1}
        >
          <p>{render(subtitle)}</p>
          {aside(subtitle)}
        </div>
      )}
      {body.map((p) => (
        <div
          key={p.id}
          className={`passage${marked.has(p.id) ? ' is-marked' : ''}`}
          data-passage-id={p.id}
          tabIndex={-1}
        >
          <p>{render(p)}</p>
          {aside(p)}
        </div>
      ))}
      <ol className="footnotes print-only" aria-label="Places the article's links point to">
        {footnotes.map((f) => (
          <li key={f.n}>
            “{f.text}”: {f.features.map((id) => style.nameOf(id)).join(', ')}
          </li>
        ))}
      </ol>
      <p className="article-meta" data-testid="provenance">
        {meta.provenance}
        {meta.review && ` ${reviewLine(meta.review, links.length)}`}
      </p>
      <p className="article-meta">{meta.rights}</p>
    </article>
  );
});

const NO_NOTES: readonly EditorialNote[] = [];
/**
 * The links of each passage, keeping last render's array for a passage whose links show the same,
 * so that memoised passages skip their render.
 */
function usePassageLinks(links: readonly ArticleLink[]): (passageId: string) => readonly ArticleLink[] {
  // The last arrays handed out, by passage: only their identity is reused, never their content.
  const [handedOut] = useState(() => new Map<string, readonly ArticleLink[]>());
  const byPassage = useMemo(() => regroupLinks(handedOut, links), [links, handedOut]);
  return (passageId) => byPassage.get(passageId) ?? NO_LINKS;
}

/** Who checked the links, and when: the desk's record (story.json `review`). */
function reviewLine(review: NonNullable<StoryMeta['review']>, total: number): string {
  const day = new Date(review.reviewedAt).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `An editor reviewed ${review.reviewedLinks} of its ${total} links on ${day}.`;
}

const PassageText = memo(function PassageText({
  passage,
  links,
  selectedFeature,
  style,
  onHover,
  onSelectPhrase,
}: { passage: Passage; links: readonly ArticleLink[]; selectedFeature: string | null } & Pick<
  Props,
  'style' | 'onHover' | 'onSelectPhrase'
>) {
  return (
    <>
      {segmentPassage(passage.text, links).map((segment) => {
        if (!segment.links.length) return <span key={segment.start}>{segment.text}</span>;
        const { features: ids, framed } = featuresOfPhrase(segment.links);
        const layerStyle = style.ofFeature(ids[0]);
        const isSelected = selectedFeature !== null && ids.includes(selectedFeature);
        // Proposed by the geoparser and not yet reviewed by an editor: said on the link and in its label.
        const proposed = segment.links.every((l) => l.status === 'proposed');
        return (
          <span key={segment.start}>
            <a
              href={`#feature=${ids[0]}`}
              className={`phrase underline-${layerStyle.underline}${isSelected ? ' is-selected' : ''}${proposed ? ' is-proposed' : ''}`}
              style={{ ['--layer-color' as string]: layerStyle.color }}
              data-features={ids.join(' ')}
              data-framed={framed.join(' ')}
              aria-label={`${segment.text} — show on the map: ${ids.map((id) => style.nameOf(id)).join(', ')}${proposed ? ' (proposed link, not reviewed)' : ''}`}
              title={proposed ? 'Proposed link, not reviewed by an editor' : undefined}
              onMouseEnter={() => onHover(ids)}
              onMouseLeave={() => onHover([])}
              onFocus={() => onHover(ids)}
              onBlur={() => onHover([])}
              onClick={(event) => {
                event.preventDefault();
                onSelectPhrase(
                  {
                    features: ids,
                    framed,
                    passageId: passage.id,
                    text: segment.text,
                  },
                  event.currentTarget,
                );
              }}
            >
              {segment.text}
            </a>
            <sup className="footnote-ref print-only" />
          </span>
        );
      })}
    </>
  );
});

/** Below each passage: the features it links to, and the viewer's notes about it. */
const PassageAside = memo(function PassageAside({
  passage,
  links,
  notes,
  style,
  onSelect,
}: {
  passage: Passage;
  links: readonly ArticleLink[];
  notes: readonly EditorialNote[];
} & Pick<Props, 'style' | 'onSelect'>) {
  const features = featuresOfPassage(links, passage.id);
  if (!features.length && !notes.length) return null;
  return (
    <div className="passage-aside">
      {features.length > 0 && (
        <p className="on-the-map">
          <span>On the map:</span>
          {features.map((id) => (
            <button
              key={id}
              type="button"
              className="chip"
              style={{ ['--layer-color' as string]: style.ofFeature(id).color }}
              onClick={(event) => onSelect(id, event.currentTarget)}
            >
              {style.nameOf(id)}
            </button>
          ))}
        </p>
      )}
      {notes.map((note, i) => (
        <div key={i} className="viewer-note" role="note">
          <strong>Viewer's note{note.phrase ? ` on “${note.phrase}”` : ''}:</strong> {note.text}
          {note.sources.length > 0 && (
            <details className="note-sources">
              <summary>
                {note.sources.length === 1 ? 'Its source' : `Its ${note.sources.length} sources`}, with their
                words
              </summary>
              <CitationList sources={note.sources} label="Sources of this note" />
            </details>
          )}
        </div>
      ))}
    </div>
  );
});
