// Publishing the decisions: "Download story (.zip)" (the bundle derived from them, checked by the
// build's own checks first), discarding the draft (asked first, undoable for the session), and what
// the desk says it did.
import { useState } from 'react';
import { counts } from './draft';
import { useDesk } from './desk';
import { publish } from './publish';
import { checkPublished } from './checkPublished';
import { zipBundle } from '../story/bundleZip';
import { SHIPPED_LAYER_OF, shippedFactsOf } from '../loading/shippedCatalogue';

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Some browsers read the file after the click returns: the address is kept for a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface Props {
  act: (run: () => void) => void;
}

export function PublishControls({ act }: Props) {
  const desk = useDesk();
  const { story, draft } = desk;
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const decided = draft.items.length - counts(draft).pending;

  const publishNow = () => {
    if (desk.stale)
      return desk.say('Not downloaded: first choose above whether to keep your draft or take the bundle.');
    const published = publish(story, draft, new Date(), {
      layerOf: SHIPPED_LAYER_OF,
      factsOf: shippedFactsOf,
    });
    const found = checkPublished(published, SHIPPED_LAYER_OF);
    setProblems(found);
    if (found.length) return desk.say('Not downloaded: the reviewed story fails its checks (listed below).');
    download(zipBundle(story.slug, published.files), `${story.slug}.zip`);
    desk.downloaded(new Date().toISOString());
    desk.say(
      `Downloaded ${story.slug}.zip (${Object.keys(published.files).join(', ')}): ${published.story.links.length} links, ${published.story.places?.length ?? 0} places of its own. Import it with npm run story -- import ${story.slug}.zip --replace and rebuild; this draft stays in the browser until you discard it.`,
    );
  };

  return (
    <>
      <p className="review-download">
        <button
          type="button"
          data-testid="review-download"
          onClick={publishNow}
          disabled={desk.stale !== null}
        >
          Download story (.zip)
        </button>{' '}
        {confirming ? (
          <span role="group" aria-label="Discard the draft?">
            Discard {decided} decisions?{' '}
            <button
              type="button"
              onClick={() =>
                act(() => {
                  desk.discard();
                  setConfirming(false);
                })
              }
            >
              Discard
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep the draft
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            Discard draft
          </button>
        )}
        {desk.discarded && !confirming && (
          <button type="button" className="link-button" onClick={() => act(desk.undoDiscard)}>
            Undo discard
          </button>
        )}
      </p>
      {/* Always there, so that screen readers announce the first message as well as the next. */}
      <p role="status" data-testid="review-message" className="review-message">
        {desk.message}
      </p>
      {problems.length > 0 && (
        <ul className="banner-error" role="alert" data-testid="review-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}
