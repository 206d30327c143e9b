// Something newer than the stored draft exists (the bundle was rebuilt or replaced since the draft
// began, or a colleague saved a newer draft on the newsroom server): the editor keeps the draft, takes the newer links, or compares the two first. Nothing
// is written back until they choose.
import { useEffect, useRef } from 'react';
import { differences } from '../state/desk/mergeDrafts';
import type { Newer } from '../state/desk/deskState';
import type { StoryAction } from '../state/store';
import { useStore } from '../state/useStore';
import { newerDraftWords } from '../state/newsroom/savedAt';
import { useNameOf } from './useNameOf';

/** What the desk says of what is newer, and what taking it is called. */
const NEWER_WORDS: {
  [K in Newer['kind']]: (newer: Extract<Newer, { kind: K }>) => {
    said: string;
    take: string;
    theirs: string;
  };
} = {
  bundle: () => ({
    said: 'This story’s bundle changed since your draft began (it was rebuilt or replaced): your draft would undo what changed. Choose:',
    take: 'Take the bundle',
    theirs: 'the bundle',
  }),
  // The server's sentence, "<name> saved a newer draft at <time>.", with a time people read.
  revision: (newer) => ({
    said: `${newerDraftWords(newer.by, newer.at, new Date())} Keep your draft (saved over theirs, which stays in the story’s revisions), take theirs, or compare:`,
    take: 'Take theirs',
    theirs: 'their draft',
  }),
};

const wordsOf = (newer: Newer) =>
  newer.kind === 'bundle' ? NEWER_WORDS.bundle(newer) : NEWER_WORDS.revision(newer);

export function StaleDraft({ act }: { act: (action: StoryAction) => void }) {
  const desk = useStore((s) => s.desk!);
  const { stale, comparing } = desk;
  const banner = useRef<HTMLDivElement>(null);
  const nameOf = useNameOf();
  // Told while working further down the desk (a colleague's newer draft), the choice comes into view;
  // and stays there when the comparison opens below it (the browser would keep the card still instead).
  useEffect(() => {
    if (stale) banner.current?.scrollIntoView({ block: 'start' });
  }, [stale, comparing]);
  if (!stale) return null;
  const words = wordsOf(stale.newer);
  const lines = comparing ? differences(desk.draft, stale.theirs, words.theirs, nameOf) : [];
  return (
    <div className="banner-error review-stale" role="alert" data-testid="review-stale" ref={banner}>
      <p>{words.said}</p>
      <p className="review-actions">
        <button type="button" onClick={() => act({ type: 'desk/keepDraft' })}>
          Keep my draft
        </button>
        <button type="button" onClick={() => act({ type: 'desk/takeTheirs' })}>
          {words.take}
        </button>
        <button
          type="button"
          aria-expanded={comparing}
          onClick={() => act({ type: 'desk/compare', open: !comparing })}
        >
          Compare
        </button>
      </p>
      {comparing &&
        (lines.length ? (
          <ul data-testid="review-differences">
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        ) : (
          <p data-testid="review-differences">Your draft and {words.theirs} decide the same links.</p>
        ))}
    </div>
  );
}
