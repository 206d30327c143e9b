// The article, verbatim, with every linked phrase highlighted in its layer's colour. Hovering or
// focusing a phrase highlights its features on the map; clicking selects the first of them.
import { memo, useEffect, useRef } from 'react';
import { ARTICLE_META, PASSAGES, type Passage } from '../article/passages';
import { LINKS } from '../article/links';
import {
  featuresOfPassage,
  featuresOfPhrase,
  linksOfPassage,
  passagesOfFeature,
  segmentPassage,
} from '../article/linking';
import { EDITORIAL_NOTES } from '../article/editorialNotes';
import type { LayerStyleLookup } from './layerLookup';

interface Props {
  selectedFeature: string | null;
  passageToShow: { id: string; n: number } | null;
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
  selectedFeature,
  passageToShow,
  style,
  onHover,
  onSelect,
  onSelectPhrase,
  reduceMotion,
}: Props) {
  const root = useRef<HTMLElement>(null);
  const marked = new Set(selectedFeature ? passagesOfFeature(LINKS, selectedFeature) : []);

  // Selecting a feature brings its first passage into view.
  useEffect(() => {
    if (!selectedFeature) return;
    const first = passagesOfFeature(LINKS, selectedFeature)[0];
    if (first)
      root.current
        ?.querySelector(`[data-passage-id="${first}"]`)
        ?.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [selectedFeature, reduceMotion]);

  // "Show in article" from a popup: scroll to the passage and move focus there.
  useEffect(() => {
    if (!passageToShow) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-passage-id="${passageToShow.id}"]`);
    el?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    el?.focus({ preventScroll: true });
  }, [passageToShow, reduceMotion]);

  const title = PASSAGES.find((p) => p.role === 'title')!;
  const subtitle = PASSAGES.find((p) => p.role === 'subtitle')!;
  const body = PASSAGES.filter((p) => p.role === 'paragraph');
  const render = (p: Passage) => (
    <PassageText
      passage={p}
      selectedFeature={selectedFeature}
      style={style}
      onHover={onHover}
      onSelectPhrase={onSelectPhrase}
    />
  );

  return (
    <article className="article" ref={root} aria-labelledby="article-title" data-testid="article">
      <p className="article-meta">
        <cite>{ARTICLE_META.source}</cite> ({ARTICLE_META.sourceDescription}),{' '}
        <time dateTime={ARTICLE_META.date}>{ARTICLE_META.dateLabel}</time>: a machine translation into
        English, shown verbatim.
      </p>
      <h2 id="article-title" className="passage" data-passage-id={title.id} tabIndex={-1}>
        {render(title)}
      </h2>
      <div
        className={`passage subtitle${marked.has(subtitle.id) ? ' is-marked' : ''}`}
        data-passage-id={subtitle.id}
        tabIndex={-1}
      >
        <p>{render(subtitle)}</p>
        <PassageAside passage={subtitle} style={style} onSelect={onSelect} />
      </div>
      {body.map((p) => (
        <div
          key={p.id}
          className={`passage${marked.has(p.id) ? ' is-marked' : ''}`}
          data-passage-id={p.id}
          tabIndex={-1}
        >
          <p>{render(p)}</p>
          <PassageAside passage={p} style={style} onSelect={onSelect} />
        </div>
      ))}
      <p className="article-meta">{ARTICLE_META.provenance}</p>
    </article>
  );
});

function PassageText({
  passage,
  selectedFeature,
  style,
  onHover,
  onSelectPhrase,
}: { passage: Passage; selectedFeature: string | null } & Pick<
  Props,
  'style' | 'onHover' | 'onSelectPhrase'
>) {
  return (
    <>
      {segmentPassage(passage.text, linksOfPassage(LINKS, passage.id)).map((segment) => {
        if (!segment.links.length) return <span key={segment.start}>{segment.text}</span>;
        const { features: ids, framed } = featuresOfPhrase(segment.links);
        const layerStyle = style.ofFeature(ids[0]);
        const isSelected = selectedFeature !== null && ids.includes(selectedFeature);
        return (
          <a
            key={segment.start}
            href={`#feature=${ids[0]}`}
            className={`phrase underline-${layerStyle.underline}${isSelected ? ' is-selected' : ''}`}
            style={{ ['--layer-color' as string]: layerStyle.color }}
            data-features={ids.join(' ')}
            data-framed={framed.join(' ')}
            aria-label={`${segment.text} — show on the map: ${ids.map((id) => style.nameOf(id)).join(', ')}`}
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
        );
      })}
    </>
  );
}

/** Below each passage: the features it links to, and the viewer's notes about it. */
function PassageAside({
  passage,
  style,
  onSelect,
}: { passage: Passage } & Pick<Props, 'style' | 'onSelect'>) {
  const features = featuresOfPassage(LINKS, passage.id);
  const notes = EDITORIAL_NOTES.filter((n) => n.passageId === passage.id);
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
        </div>
      ))}
    </div>
  );
}
