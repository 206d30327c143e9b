// Unpublish, restore and the story's revisions at the desk (issue 41), for a draft kept on the newsroom
// server: the revisions are read when the desk opens and again after each save, publish, unpublish and
// restore; Unpublish shows while readers get the story (the latest publish, restore or unpublish is not
// an unpublish). An editor unpublishes or restores after the same in-page confirmation as Publish; a
// reporter reads the revisions and sees Unpublish and Restore aria-disabled, told why.
import { useCallback, useEffect, useState } from 'react';
import { useStore, useStoryStore } from '../state/useStore';
import { publishedNow, type Revision } from '../state/newsroom/revisions';
import { listRevisions, restoreRevision, unpublishStory } from '../state/newsroom/revisionsApi';
import { NEWSROOM_WORDS as NW } from '../state/newsroom/newsroomWords';
import { REVISION_WORDS as W } from '../state/newsroom/revisionWords';
import { RevisionsUnpublish } from './RevisionsUnpublish';
import { RevisionsList } from './RevisionsList';

/** Where an unpublish or a restore stands: asked, sent, done, or refused (the server's words). */
export type RevisionStep =
  | { step: 'confirmUnpublish' }
  | { step: 'unpublishing' }
  | { step: 'unpublished'; at: string }
  | { step: 'confirmRestore'; revision: number }
  | { step: 'restoring'; revision: number }
  | { step: 'restored'; revision: number; url: string }
  /** Refused: the server's words; `revision` when it was a restore of that revision. */
  | { step: 'refused'; error: string; revision?: number };

export type Revisions =
  { status: 'reading' } | { status: 'read'; list: Revision[] } | { status: 'failed'; error: string };

const said = (answer: { error: string; status: number }) => answer.error || NW.failed(answer.status);

export function RevisionsPanel({ editor }: { editor: boolean }) {
  const store = useStoryStore();
  const slug = useStore((s) => s.bundle.story.slug);
  const publishing = useStore((s) => s.desk!.publishing?.step ?? null);
  const saved = useStore((s) => (s.desk!.newsroom?.status === 'saved' ? s.desk!.newsroom.revision : null));
  const [revisions, setRevisions] = useState<Revisions>({ status: 'reading' });
  const [step, setStep] = useState<RevisionStep | null>(null);
  const [read, setRead] = useState(0);
  const reread = useCallback(() => setRead((n) => n + 1), []);

  useEffect(() => {
    let cancelled = false;
    void listRevisions(slug).then((answer) => {
      if (cancelled) return;
      if (answer.ok) setRevisions({ status: 'read', list: answer.body });
      // No revision of the story on the server yet.
      else if (answer.status === 404) setRevisions({ status: 'read', list: [] });
      else setRevisions({ status: 'failed', error: said(answer) });
    });
    return () => {
      cancelled = true;
    };
  }, [slug, publishing, saved, read]);

  // A Publish begun after an unpublish or a restore: what those said is over (set while rendering, as
  // React advises for state that follows another's change).
  const [seenPublishing, setSeenPublishing] = useState(publishing);
  if (seenPublishing !== publishing) {
    setSeenPublishing(publishing);
    if (publishing !== null) setStep(null);
  }

  const clearPublished = () => store.dispatch({ type: 'desk/publishing', publishing: null });

  const unpublish = async () => {
    setStep({ step: 'unpublishing' });
    const answer = await unpublishStory(slug);
    if (answer.ok) {
      clearPublished();
      setStep({ step: 'unpublished', at: answer.body.at });
    } else setStep({ step: 'refused', error: W.cannotUnpublish(said(answer)) });
    reread();
  };

  const restore = async (revision: number) => {
    setStep({ step: 'restoring', revision });
    const answer = await restoreRevision(slug, revision);
    if (answer.ok) {
      clearPublished();
      setStep({ step: 'restored', revision, url: answer.body.url });
    } else setStep({ step: 'refused', error: W.cannotRestore(said(answer)), revision });
    reread();
  };

  const published = revisions.status === 'read' && publishedNow(revisions.list);
  return (
    <>
      <RevisionsUnpublish
        editor={editor}
        published={published}
        step={step}
        setStep={setStep}
        unpublish={() => void unpublish()}
      />
      <RevisionsList
        editor={editor}
        revisions={revisions}
        step={step}
        setStep={setStep}
        restore={(n) => void restore(n)}
      />
    </>
  );
}
