// One passage of the article: its text with every linked phrase highlighted in its layer's colour,
// and below it the features it links to and the viewer's notes about it. Each passage reads its own
// links from the store: a decision at the desk re-renders the passage it changes, not the article.
// Hovering or focusing a phrase highlights its features on the map; clicking selects them (at the
// desk, opens the phrase's card).
import { memo, useDeferredValue, useLayoutEffect, useRef } from 'react';
import type { EditorialNote, Passage as PassageData } from '../story/story';
import { featuresOfPassage, featuresOfPhrase, segmentPassage } from '../story/linking';
import { selectedFeatureOf } from '../state/selection';
import { deskMention, markedPassages, sameShownLinks, shownLinksOf } from '../state/shown';
import { useDispatch, useStore } from '../state/useStore';
import { styleLookupOf } from './layerLookup';
import { CitationList } from './CitationList';

/** The element ids of a phrase and of a passage's place button: where focus returns from the details. */
export const phraseElementId = (passageId: string, start: number) => `phrase-${passageId}-${start}`;
export const placeButtonId = (passageId: string, featureId: string) => `place-${passageId}-${featureId}`;

/** The passage's text, and the phrase the desk's card shows marked (aria-current). */
export const PassageText = memo(function PassageText({ passage }: { passage: PassageData }) {
  const links = useStore((s) => shownLinksOf(s, passage.id), sameShownLinks);
  const style = useStore(styleLookupOf);
  // The details first; marking the phrase follows in a render of its own.
  const selected = useDeferredValue(
    useStore((s) => {
      const id = selectedFeatureOf(s.viewer.selection);
      return id && shownLinksOf(s, passage.id).some((l) => l.featureId === id) ? id : null;
    }),
  );
  const mention = useStore((s) => {
    const m = deskMention(s);
    return m?.passageId === passage.id ? m.phrase : null;
  });
  const dispatch = useDispatch();
  const hover = (ids: string[]) => dispatch({ type: 'hover', ids });
  const segments = segmentPassage(passage.text, links);
  const current = mention === null ? -1 : segments.findIndex((s) => s.links.length && s.text === mention);
  // The phrase the card shows is brought into view (before the desk, on a phone, brings the card).
  const currentRef = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    if (current >= 0) currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [current, mention]);
  return (
    <>
      {segments.map((segment, i) => {
        if (!segment.links.length) return <span key={segment.start}>{segment.text}</span>;
        const { features: ids, framed } = featuresOfPhrase(segment.links);
        const layerStyle = style.ofFeature(ids[0]);
        const isSelected = selected !== null && ids.includes(selected);
        // Proposed by the geoparser and not yet reviewed by an editor: said on the link and in its label.
        const proposed = segment.links.every((l) => l.status === 'proposed');
        return (
          <span key={segment.start}>
            <a
              id={phraseElementId(passage.id, segment.start)}
              ref={i === current ? currentRef : undefined}
              href={`#feature=${ids[0]}`}
              className={`phrase underline-${layerStyle.underline}${isSelected ? ' is-selected' : ''}${proposed ? ' is-proposed' : ''}`}
              style={{ ['--layer-color' as string]: layerStyle.color }}
              data-features={ids.join(' ')}
              data-framed={framed.join(' ')}
              aria-current={i === current ? 'true' : undefined}
              aria-label={`${segment.text} — show on the map: ${ids.map((id) => style.nameOf(id)).join(', ')}${proposed ? ' (proposed link, not reviewed)' : ''}`}
              title={proposed ? 'Proposed link, not reviewed by an editor' : undefined}
              onMouseEnter={() => hover(ids)}
              onMouseLeave={() => hover([])}
              onFocus={() => hover(ids)}
              onBlur={() => hover([])}
              onClick={(event) => {
                event.preventDefault();
                dispatch({
                  type: 'phrase',
                  phrase: { features: ids, framed, passageId: passage.id, text: segment.text },
                  from: event.currentTarget.id,
                });
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
export const PassageAside = memo(function PassageAside({
  passage,
  notes,
}: {
  passage: PassageData;
  notes: readonly EditorialNote[];
}) {
  const links = useStore((s) => shownLinksOf(s, passage.id), sameShownLinks);
  const style = useStore(styleLookupOf);
  const dispatch = useDispatch();
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
              id={placeButtonId(passage.id, id)}
              type="button"
              className="chip"
              style={{ ['--layer-color' as string]: style.ofFeature(id).color }}
              onClick={(event) =>
                dispatch({ type: 'chooseFeature', featureId: id, from: event.currentTarget.id })
              }
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

/** A paragraph (or the subtitle) of the article: its text, its aside, marked when a selection is about it. */
export const Passage = memo(function Passage({
  passage,
  notes,
  className,
}: {
  passage: PassageData;
  notes: readonly EditorialNote[];
  className: string;
}) {
  const marked = useDeferredValue(useStore((s) => markedPassages(s).has(passage.id)));
  return (
    <div className={`${className}${marked ? ' is-marked' : ''}`} data-passage-id={passage.id} tabIndex={-1}>
      <p>
        <PassageText passage={passage} />
      </p>
      <PassageAside passage={passage} notes={notes} />
    </div>
  );
});
