// One line for a first-time reader: what can be clicked and what the underline styles mean. Shown
// until dismissed; the dismissal is remembered in this browser.
import { useState } from 'react';
import { useStore } from '../state/useStore';
import { shownStory } from '../state/shown';
import { storedHintDismissed } from '../state/storage';

export function FirstUseHint() {
  // Storage blocked: shown, and it can still be closed for this page.
  const [shown, setShown] = useState(() => !storedHintDismissed.read());
  const layers = useStore((s) => shownStory(s).layers);
  if (!shown) return null;
  return (
    <aside className="first-use-hint" data-testid="first-use-hint" aria-label="How to read this page">
      <p>
        Click a marked phrase to see its place on the map, or a shape on the map to see what the article says
        about it. Underlines:{' '}
        {layers
          .filter((l) => l.role === 'situation')
          .map(({ id, style, title }, i) => (
            <span key={id}>
              {i > 0 && '; '}
              <span
                className={`phrase-sample underline-${style.underline}`}
                style={{ ['--layer-color' as string]: style.color }}
              >
                {style.underline}
              </span>
              : {title}
            </span>
          ))}
        .
      </p>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          // Storage blocked: dismissed for this page only.
          storedHintDismissed.write();
          setShown(false);
        }}
      >
        Got it, hide this
      </button>
    </aside>
  );
}
