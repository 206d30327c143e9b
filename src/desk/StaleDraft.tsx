// Something newer than the stored draft exists (today: the bundle was rebuilt or replaced since the
// draft began): the editor keeps the draft, takes the newer links, or compares the two first. Nothing
// is written back until they choose.
import { differences } from '../state/desk/mergeDrafts';
import type { Newer } from '../state/desk/deskState';
import type { StoryAction } from '../state/store';
import { useStore } from '../state/useStore';

/** What the desk says of what is newer, and what taking it is called (issue 40 adds a colleague's revision). */
const NEWER_WORDS: Record<Newer['kind'], { said: string; take: string; theirs: string }> = {
  bundle: {
    said: 'This story’s bundle changed since your draft began (it was rebuilt or replaced): your draft would undo what changed. Choose:',
    take: 'Take the bundle',
    theirs: 'the bundle',
  },
};

export function StaleDraft({ act }: { act: (action: StoryAction) => void }) {
  const desk = useStore((s) => s.desk!);
  const { stale, comparing } = desk;
  if (!stale) return null;
  const words = NEWER_WORDS[stale.newer.kind];
  const lines = comparing ? differences(desk.draft, stale.theirs) : [];
  return (
    <div className="banner-error review-stale" role="alert" data-testid="review-stale">
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
