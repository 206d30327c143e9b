// The bundle changed since the stored draft began: the editor keeps the draft, takes the bundle, or
// compares the two first. Nothing is written back until they choose.
import { useState } from 'react';
import { differences } from './staleDraft';
import { useDesk } from './desk';

export function StaleDraft({ act }: { act: (run: () => void) => void }) {
  const desk = useDesk();
  const [comparing, setComparing] = useState(false);
  if (!desk.stale) return null;
  const lines = comparing ? differences(desk.draft, desk.stale) : [];
  return (
    <div className="banner-error review-stale" role="alert" data-testid="review-stale">
      <p>
        This story’s bundle changed since your draft began (it was rebuilt or replaced): your draft would undo
        what changed. Choose:
      </p>
      <p className="review-actions">
        <button type="button" onClick={() => act(desk.keepDraft)}>
          Keep my draft
        </button>
        <button type="button" onClick={() => act(desk.takeBundle)}>
          Take the bundle
        </button>
        <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
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
          <p data-testid="review-differences">Your draft and the bundle decide the same links.</p>
        ))}
    </div>
  );
}
