// One line for a first-time reader: what can be clicked and what the underline styles mean. Shown
// until dismissed; the dismissal is remembered in this browser.
import { useState } from 'react';
import { LAYERS, SITUATION_LAYERS } from '../data/layers';
import { LAYER_STYLES } from '../map/mapStyle';

export const HINT_STORAGE_KEY = 'situation-viewer:hint-dismissed';

function wasDismissed(): boolean {
  try {
    return window.localStorage.getItem(HINT_STORAGE_KEY) === '1';
  } catch {
    return false; // storage blocked: show the hint, it can still be closed for this page
  }
}

export function FirstUseHint() {
  const [shown, setShown] = useState(() => !wasDismissed());
  if (!shown) return null;
  return (
    <aside className="first-use-hint" data-testid="first-use-hint" aria-label="How to read this page">
      <p>
        Click a marked phrase to see its place on the map, or a shape on the map to see what the article says
        about it. Underlines:{' '}
        {SITUATION_LAYERS.map((id, i) => (
          <span key={id}>
            {i > 0 && '; '}
            <span
              className={`phrase-sample underline-${LAYER_STYLES[id].underline}`}
              style={{ ['--layer-color' as string]: LAYER_STYLES[id].color }}
            >
              {LAYER_STYLES[id].underline}
            </span>
            : {LAYERS[id].title}
          </span>
        ))}
        .
      </p>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          try {
            window.localStorage.setItem(HINT_STORAGE_KEY, '1');
          } catch {
            // storage blocked: dismissed for this page only
          }
          setShown(false);
        }}
      >
        Got it, hide this
      </button>
    </aside>
  );
}
