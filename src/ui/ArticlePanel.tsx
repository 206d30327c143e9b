// The article, verbatim: the source line, the title and every passage (Passage.tsx, each reading its
// own links from the store), the footnotes for print, and who reviewed the links. Selecting a feature
// or an event brings its first passage into view; "Show in article" (from the details) scrolls there.
import { memo, useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { EditorialNote, StoryMeta } from '../story/story';
import { footnotesOf } from '../story/linking';
import { firstMarkedPassage, shownStory } from '../state/shown';
import { useStore } from '../state/useStore';
import { languageName } from '../domain/names';
import { styleLookupOf } from './layerLookup';
import { Passage, PassageText } from './Passage';

/** What the viewer asks of the article: "Show in article" from the details. */
export interface ArticleHandle {
  showPassage: (passageId: string) => void;
}

const NO_NOTES: readonly EditorialNote[] = [];

export const ArticlePanel = memo(function ArticlePanel({
  ref,
  reduceMotion,
}: {
  ref?: Ref<ArticleHandle>;
  reduceMotion: boolean;
}) {
  const root = useRef<HTMLElement>(null);
  const { meta, passages, notes } = useStore((s) => s.bundle.story);
  const notesOf = useMemo(() => {
    const byPassage = new Map<string, EditorialNote[]>();
    for (const note of notes) byPassage.set(note.passageId, [...(byPassage.get(note.passageId) ?? []), note]);
    return (passageId: string) => byPassage.get(passageId) ?? NO_NOTES;
  }, [notes]);
  const firstMarked = useStore(firstMarkedPassage);

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
      <ProposedBanner />
      {title ? (
        <h2 id="article-title" className="passage" data-passage-id={title.id} tabIndex={-1}>
          <PassageText passage={title} />
        </h2>
      ) : (
        <h2 id="article-title">{meta.title}</h2>
      )}
      {subtitle && <Passage passage={subtitle} notes={notesOf(subtitle.id)} className="passage subtitle" />}
      {body.map((p) => (
        <Passage key={p.id} passage={p} notes={notesOf(p.id)} className="passage" />
      ))}
      <Footnotes />
      <p className="article-meta" data-testid="provenance">
        {meta.provenance}
        <ReviewLine review={meta.review} />
      </p>
      <p className="article-meta">{meta.rights}</p>
    </article>
  );
});

/** How many links the geoparser proposed that no editor reviewed yet (none: nothing). */
function ProposedBanner() {
  const [proposed, total] = useStore(
    (s) => {
      const { links } = shownStory(s).story;
      return [links.filter((l) => l.status === 'proposed').length, links.length] as const;
    },
    (a, b) => a[0] === b[0] && a[1] === b[1],
  );
  if (!proposed) return null;
  return (
    <p className="proposed-banner" data-testid="proposed-banner">
      {proposed} of {total} links in this story were proposed by the geoparser and are not reviewed yet: they
      are hatched and marked “?”.
    </p>
  );
}

/** On paper, each linked run of words gets a footnote naming its places (print-only). */
function Footnotes() {
  const links = useStore((s) => shownStory(s).story.links);
  const passages = useStore((s) => s.bundle.story.passages);
  const style = useStore(styleLookupOf);
  // Their numbers are a CSS counter, so a passage's marks do not depend on the passages before it.
  const footnotes = useMemo(() => footnotesOf(passages, links), [passages, links]);
  return (
    <ol className="footnotes print-only" aria-label="Places the article's links point to">
      {footnotes.map((f) => (
        <li key={f.n}>
          “{f.text}”: {f.features.map((id) => style.nameOf(id)).join(', ')}
        </li>
      ))}
    </ol>
  );
}

/** Who checked the links, and when: the desk's record (story.json `review`). */
function ReviewLine({ review }: { review: StoryMeta['review'] }) {
  const total = useStore((s) => shownStory(s).story.links.length);
  if (!review) return null;
  const day = new Date(review.reviewedAt).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return <>{` An editor reviewed ${review.reviewedLinks} of its ${total} links on ${day}.`}</>;
}
