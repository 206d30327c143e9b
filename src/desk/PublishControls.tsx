// Publishing the decisions: "Download story (.zip)" (the bundle derived from them, checked by the
// build's own checks first), discarding the draft (asked first, undoable for the session), and what
// the desk says it did.
import { counts } from '../state/desk/draft';
import { deskLocked } from '../state/desk/deskState';
import { NewsroomPublish } from './NewsroomPublish';
import { NewsroomNote } from './NewsroomNote';
import type { StoryAction } from '../state/store';
import { useStore, useStoryStore } from '../state/useStore';
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

export function PublishControls({ act }: { act: (action: StoryAction) => void }) {
  const store = useStoryStore();
  const desk = useStore((s) => s.desk!);
  const story = useStore((s) => s.bundle.story);
  const { draft } = desk;
  const decided = draft.items.length - counts(draft).pending;
  const ask = (open: boolean) => store.dispatch({ type: 'desk/askDiscard', open });

  const publishNow = () => {
    if (deskLocked(desk))
      return store.dispatch({
        type: 'desk/say',
        message: 'Not downloaded: first choose above whether to keep your draft or take the bundle.',
      });
    const published = publish(story, draft, new Date(), {
      layerOf: SHIPPED_LAYER_OF,
      factsOf: shippedFactsOf,
    });
    const problems = checkPublished(published, SHIPPED_LAYER_OF);
    if (problems.length) return store.dispatch({ type: 'desk/notPublished', problems });
    download(zipBundle(story.slug, published.files), `${story.slug}.zip`);
    store.dispatch({
      type: 'desk/downloaded',
      at: new Date().toISOString(),
      said: `Downloaded ${story.slug}.zip (${Object.keys(published.files).join(', ')}): ${published.story.links.length} links, ${published.story.places?.length ?? 0} places of its own. Import it with npm run story -- import ${story.slug}.zip --replace and rebuild; this draft stays in the browser until you discard it.`,
    });
  };

  return (
    <>
      <p className="review-download">
        <button type="button" data-testid="review-download" onClick={publishNow} disabled={deskLocked(desk)}>
          Download story (.zip)
        </button>{' '}
        {desk.askingDiscard ? (
          <span role="group" aria-label="Discard the draft?">
            Discard {decided} decisions?{' '}
            <button type="button" onClick={() => act({ type: 'desk/discard' })}>
              Discard
            </button>{' '}
            <button type="button" onClick={() => ask(false)}>
              Keep the draft
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" onClick={() => ask(true)}>
            Discard draft
          </button>
        )}
        {desk.discarded && !desk.askingDiscard && (
          <button type="button" className="link-button" onClick={() => act({ type: 'desk/undoDiscard' })}>
            Undo discard
          </button>
        )}
      </p>
      <NewsroomPublish />
      <NewsroomNote />
      {/* Always there, so that screen readers announce the first message as well as the next. */}
      <p role="status" data-testid="review-message" className="review-message">
        {desk.message}
      </p>
      {desk.problems.length > 0 && (
        <ul className="banner-error" role="alert" data-testid="review-problems">
          {desk.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}
