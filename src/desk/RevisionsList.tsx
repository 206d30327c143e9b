// The story's revisions at the desk (issue 41), behind a Revisions button: newest first, each with who,
// what and when; Compare with the draft (which decisions differ between that revision's review and
// the desk's draft, in the stale-draft banner's words) and, for an editor, Restore, asked in the page
// as Publish is. An unpublish holds no draft: nothing to compare or restore.
import { useStore, useStoryStore } from '../state/useStore';
import { compareSummary, revisionLine, type Revision } from '../state/newsroom/revisions';
import { getRevision } from '../state/newsroom/revisionsApi';
import { NEWSROOM_WORDS as NW } from '../state/newsroom/newsroomWords';
import { REVISION_WORDS as W } from '../state/newsroom/revisionWords';
import { readDraft } from './draftSchema';
import type { Compared, RevisionsDesk, RevisionStep } from '../state/newsroom/revisionsDesk';
import { ConfirmActions } from './ConfirmActions';
import { useNameOf } from './useNameOf';

interface Props {
  editor: boolean;
  restore: (revision: number) => void;
}

export function RevisionsList({ editor, restore }: Props) {
  const store = useStoryStore();
  const slug = useStore((s) => s.bundle.story.slug);
  const { read: revisions, open, compared, step } = useStore((s) => s.desk!.revisions);
  const set = (patch: Partial<RevisionsDesk>) => store.dispatch({ type: 'desk/revisions', revisions: patch });
  const setStep = (next: RevisionStep | null) => set({ step: next });

  const compare = async (revision: number) => {
    if (compared?.revision === revision) return set({ compared: null });
    set({ compared: { revision, status: 'reading' } });
    const answer = await getRevision(slug, revision);
    const review = answer.ok ? readDraft(answer.body?.review, slug) : null;
    const next: Compared = !answer.ok
      ? { revision, status: 'failed', error: answer.error || NW.failed(answer.status) }
      : !review || 'problem' in review
        ? { revision, status: 'failed', error: review?.problem ?? '' }
        : { revision, status: 'read', review };
    // Only if that revision is still the one asked for.
    if (store.getState().desk?.revisions.compared?.revision === revision) set({ compared: next });
  };

  return (
    <div className="review-revisions" data-testid="review-revisions">
      <p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="review-revision-list"
          onClick={() => set({ open: !open })}
        >
          {W.revisions}
          {revisions.status === 'read' && ` (${revisions.list.length})`}
        </button>
      </p>
      {open && (
        <div id="review-revision-list">
          {revisions.status === 'reading' && <p role="status">{W.loadingRevisions}</p>}
          {revisions.status === 'failed' && (
            <p className="banner-error" role="alert">
              {W.cannotReadRevisions(revisions.error)}
            </p>
          )}
          {revisions.status === 'read' && (
            <>
              <p className="story-meta">
                {revisions.list.length ? W.revisionsIntro : W.noRevisions}
                {!editor && revisions.list.length > 0 && (
                  <>
                    {' '}
                    <span id="restore-why">{W.onlyEditorsRestore}.</span>
                  </>
                )}
              </p>
              <ol className="review-revision-list">
                {revisions.list.map((r) => (
                  <RevisionRow
                    key={r.revision}
                    r={r}
                    editor={editor}
                    compared={compared?.revision === r.revision ? compared : null}
                    compare={() => void compare(r.revision)}
                    step={step}
                    setStep={setStep}
                    restore={restore}
                  />
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function RevisionRow({
  r,
  editor,
  compared,
  compare,
  step,
  setStep,
  restore,
}: Props & {
  r: Revision;
  compared: Compared | null;
  compare: () => void;
  step: RevisionStep | null;
  setStep: (step: RevisionStep | null) => void;
}) {
  const draft = useStore((s) => s.desk!.draft);
  const nameOf = useNameOf();
  const n = r.revision;
  const lineId = `revision-${n}`;
  const asking =
    (step?.step === 'confirmRestore' || step?.step === 'restoring') && step.revision === n ? step : null;
  return (
    <li data-testid="revision">
      <span id={lineId}>{revisionLine(r)}</span>
      {r.action !== 'unpublish' && (
        <span className="review-actions">
          <button type="button" aria-expanded={compared !== null} aria-describedby={lineId} onClick={compare}>
            {W.compare}
          </button>
          {editor ? (
            <button
              type="button"
              aria-describedby={lineId}
              onClick={() => setStep({ step: 'confirmRestore', revision: n })}
            >
              {W.restore}
            </button>
          ) : (
            <button
              type="button"
              aria-disabled="true"
              aria-describedby={`${lineId} restore-why`}
              onClick={() => undefined}
            >
              {W.restore}
            </button>
          )}
        </span>
      )}
      {compared?.status === 'reading' && <p role="status">{W.comparing}</p>}
      {compared?.status === 'failed' && (
        <p className="banner-error" role="alert">
          {W.cannotCompare(n, compared.error)}
        </p>
      )}
      {compared?.status === 'read' && (
        <ul data-testid="revision-differences">
          {compareSummary(draft, compared.review, n, nameOf).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {step?.step === 'restored' && step.revision === n && (
        <p role="status" data-testid="review-restored">
          <strong>{W.restored(n)}</strong> ·{' '}
          <a href={step.url} target="_blank" rel="noopener">
            {W.readersView}
          </a>
        </p>
      )}
      {step?.step === 'refused' && step.revision === n && (
        <p className="banner-error" role="alert" data-testid="review-revision-refused">
          {step.error}
        </p>
      )}
      {asking && (
        <div role="group" aria-labelledby={`restore-question-${n}`} className="review-confirm">
          <p id={`restore-question-${n}`}>{W.readersGetRevision(n)}</p>
          <ConfirmActions
            busy={asking.step === 'restoring'}
            confirm={W.restoreNow}
            busyLabel={W.restoring}
            cancel={W.cancel}
            onConfirm={() => restore(n)}
            onCancel={() => setStep(null)}
          />
        </div>
      )}
    </li>
  );
}
