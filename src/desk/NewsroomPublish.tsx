// Publish from the desk to the newsroom (issue 41): an editor's Publish asks first, in the page, what
// readers will get (links, places, events; the rejected stay out), with Publish now and Cancel; the
// server publishes its current draft (the revision the desk saved, If-Match) and the desk says
// Published, with a link to the reader's view; a refusal (422: the build's checks) is shown in the
// server's words. A reporter sees Publish aria-disabled (still focusable), told why by
// aria-describedby. Shown only for a draft kept on the newsroom server; the static build keeps the
// download (PublishControls.tsx). Unpublish, restore and the revisions follow (RevisionsPanel.tsx).
import { useSyncExternalStore } from 'react';
import { counts } from '../state/desk/draft';
import { deskLocked } from '../state/desk/deskState';
import { useStore, useStoryStore } from '../state/useStore';
import { sessionStore } from '../state/newsroom/session';
import { NEWSROOM_WORDS as W } from '../state/newsroom/newsroomWords';
import { publishToNewsroom } from './deskNewsroom';
import { RevisionsPanel } from './RevisionsPanel';
import { publish } from './publish';
import { SHIPPED_LAYER_OF, shippedFactsOf } from '../loading/shippedCatalogue';
import { ConfirmActions } from './ConfirmActions';

export function NewsroomPublish() {
  const store = useStoryStore();
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
  const desk = useStore((s) => s.desk!);
  const story = useStore((s) => s.bundle.story);
  if (!desk.newsroom || session.status !== 'signedIn') return null;
  const step = desk.publishing;
  const set = (publishing: typeof step) => store.dispatch({ type: 'desk/publishing', publishing });

  if (session.role !== 'editor')
    return (
      <>
        <p className="review-publish">
          <button type="button" aria-disabled="true" aria-describedby="publish-why" onClick={() => undefined}>
            {W.publish}
          </button>{' '}
          <span id="publish-why" className="story-meta">
            {W.onlyEditors}
          </span>
        </p>
        <RevisionsPanel editor={false} />
      </>
    );

  const readersGet = () => {
    const published = publish(story, desk.draft, new Date(), {
      layerOf: SHIPPED_LAYER_OF,
      factsOf: shippedFactsOf,
    });
    const tally = counts(desk.draft);
    return W.readersGet(
      published.story.links.length,
      published.story.places?.length ?? 0,
      published.story.events.length,
      tally.rejected + tally['not-place'],
    );
  };

  return (
    <div className="review-publish" data-testid="review-publish">
      {step?.step === 'confirm' || step?.step === 'sending' ? (
        <div role="group" aria-labelledby="publish-question" className="review-confirm">
          <p id="publish-question">{readersGet()}</p>
          <ConfirmActions
            busy={step.step === 'sending'}
            confirm={W.publishNow}
            busyLabel={W.publishing}
            cancel={W.cancel}
            onConfirm={() => void publishToNewsroom(store)}
            onCancel={() => set(null)}
          />
        </div>
      ) : (
        <p>
          <button type="button" onClick={() => set({ step: 'confirm' })} disabled={deskLocked(desk)}>
            {W.publish}
          </button>
        </p>
      )}
      {step?.step === 'published' && (
        <p role="status" data-testid="review-published">
          <strong>{W.published}</strong> ·{' '}
          <a href={step.url} target="_blank" rel="noopener">
            {W.readersView}
          </a>
        </p>
      )}
      {step?.step === 'refused' && (
        <p className="banner-error" role="alert" data-testid="review-not-published">
          {W.cannotPublish(step.error)}
        </p>
      )}
      <RevisionsPanel editor />
    </div>
  );
}
