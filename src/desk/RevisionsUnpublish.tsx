// Unpublish at the desk (issue 41), while readers get the story: asked in the page as Publish is (what
// readers will get: the story no longer, its link saying when it was withdrawn), with Unpublish now and
// Cancel; then a status saying it was withdrawn, and when. A reporter sees Unpublish aria-disabled,
// still focusable, told why by aria-describedby.
import { readerTime } from '../state/newsroom/readerTime';
import { REVISION_WORDS as W } from '../state/newsroom/revisionWords';
import type { RevisionStep } from '../state/newsroom/revisionsDesk';

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
          <p className="review-actions">
            <button
              type="button"
              aria-disabled={step.step === 'unpublishing' || undefined}
              onClick={() => step.step === 'confirmUnpublish' && unpublish()}
            >
              {step.step === 'unpublishing' ? W.unpublishing : W.unpublishNow}
            </button>
            <button type="button" onClick={() => setStep(null)}>
              {W.cancel}
            </button>
          </p>
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
