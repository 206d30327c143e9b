// "Copy link" (the current view and selection) and "Embed" (an <iframe> snippet for embed.html at the
// same view), in the header of the full viewer (after who is signed in to the newsroom, when someone is). Where the clipboard is refused, the text is shown
// selected, to copy by hand.
import { useState, type ReactNode } from 'react';
import { embedSnippet } from './share';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareControls({ title, children }: { title: string; children?: ReactNode }) {
  const [status, setStatus] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  const [embed, setEmbed] = useState<string | null>(null);

  const copyLink = async () => {
    const link = window.location.href;
    setEmbed(null);
    if (await copy(link)) {
      setManual(null);
      setStatus('Link to this view copied.');
    } else {
      setManual(link);
      setStatus('Copy the link below (the browser refused the clipboard).');
    }
  };

  return (
    <div className="share-controls" data-testid="share-controls">
      {children}
      <button type="button" onClick={copyLink}>
        Copy link
      </button>
      <button
        type="button"
        aria-expanded={embed !== null}
        onClick={() => {
          setManual(null);
          setStatus(null);
          setEmbed((open) => (open === null ? embedSnippet(window.location.href, title) : null));
        }}
      >
        Embed
      </button>
      <p className="share-status" role="status">
        {status}
      </p>
      {manual && (
        <input
          className="share-text"
          readOnly
          value={manual}
          aria-label="Link to this view"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      {embed && (
        <div className="share-embed" role="group" aria-label="Embed this map" data-testid="embed-panel">
          <label htmlFor="embed-snippet">
            Paste this into your page (this view, 600 × 450; resize at will):
          </label>
          <textarea
            id="embed-snippet"
            readOnly
            rows={4}
            value={embed}
            data-testid="embed-snippet"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            onClick={async () =>
              setStatus((await copy(embed)) ? 'Embed code copied.' : 'Select the code and copy it.')
            }
          >
            Copy embed code
          </button>
        </div>
      )}
    </div>
  );
}
