// Unpublish at the desk (issue 41), while readers get the story: asked in the page as Publish is (what
// readers will get: the story no longer, its link saying when it was withdrawn), with Unpublish now and
// Cancel; then a status saying it was withdrawn, and when. A reporter sees Unpublish aria-disabled,
// still focusable, told why by aria-describedby.
import { readerTime } from '../state/newsroom/readerTime';
import { REVISION_WORDS as W } from '../state/newsroom/revisionWords';
import type { RevisionStep } from '../state/newsroom/revisionsDesk';
import { ConfirmActions } from './ConfirmActions';

export function RevisionsUnpublish({
  editor,
  published,
  step,
  setStep,
  unpublish,
}: {
  editor: boolean;
  published: boolean;
  step: RevisionStep | null;
  setStep: (step: RevisionStep | null) => void;
  unpublish: () => void;
}) {
  const asking = step?.step === 'confirmUnpublish' || step?.step === 'unpublishing';
  return (
    <>
      {asking ? (
        <div role="group" aria-labelledby="unpublish-question" className="review-confirm">
          <p id="unpublish-question">{W.readersLose}</p>
          <ConfirmActions
            busy={step.step === 'unpublishing'}
            confirm={W.unpublishNow}
            busyLabel={W.unpublishing}
            cancel={W.cancel}
            onConfirm={unpublish}
            onCancel={() => setStep(null)}
          />
        </div>
      ) : (
        published &&
        (editor ? (
          <p>
            <button type="button" onClick={() => setStep({ step: 'confirmUnpublish' })}>
              {W.unpublish}
            </button>
          </p>
        ) : (
          <p>
            <button
              type="button"
              aria-disabled="true"
              aria-describedby="unpublish-why"
              onClick={() => undefined}
            >
              {W.unpublish}
            </button>{' '}
            <span id="unpublish-why" className="story-meta">
              {W.onlyEditorsUnpublish}
            </span>
          </p>
        ))
      )}
      {step?.step === 'unpublished' && (
        <p role="status" data-testid="review-unpublished">
          <strong>{W.withdrawnAt(readerTime(step.at))}</strong>
        </p>
      )}
      {step?.step === 'refused' && step.revision === undefined && (
        <p className="banner-error" role="alert" data-testid="review-revision-refused">
          {step.error}
        </p>
      )}
    </>
  );
}
