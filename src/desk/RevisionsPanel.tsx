// Unpublish, restore and the story's revisions at the desk (issue 41), for a draft kept on the newsroom
// server: the revisions are read when the desk opens and again after each save, publish, unpublish and
// restore; Unpublish shows while readers get the story (the latest publish, restore or unpublish is not
// an unpublish). An editor unpublishes or restores after the same in-page confirmation as Publish; a
// reporter reads the revisions and sees Unpublish and Restore aria-disabled, told why. The state is the
// desk's slice of the store (`desk.revisions`, src/state/newsroom/revisionsDesk.ts).
import { useCallback, useEffect } from 'react';
import { useStore, useStoryStore } from '../state/useStore';
import { publishedNow } from '../state/newsroom/revisions';
import type { RevisionsDesk } from '../state/newsroom/revisionsDesk';
import { listRevisions, restoreRevision, unpublishStory } from '../state/newsroom/revisionsApi';
import { NEWSROOM_WORDS as NW } from '../state/newsroom/newsroomWords';
import { REVISION_WORDS as W } from '../state/newsroom/revisionWords';
import { RevisionsUnpublish } from './RevisionsUnpublish';
import { RevisionsList } from './RevisionsList';

const said = (answer: { error: string; status: number }) => answer.error || NW.failed(answer.status);

export function RevisionsPanel({ editor }: { editor: boolean }) {
  const store = useStoryStore();
  const slug = useStore((s) => s.bundle.story.slug);
  const publishing = useStore((s) => s.desk!.publishing?.step ?? null);
  const saved = useStore((s) => (s.desk!.newsroom?.status === 'saved' ? s.desk!.newsroom.revision : null));
  const revisions = useStore((s) => s.desk!.revisions);
  const set = useCallback(
    (patch: Partial<RevisionsDesk>) => store.dispatch({ type: 'desk/revisions', revisions: patch }),
    [store],
  );

  const reread = useCallback(
    () =>
      listRevisions(slug).then((answer) => {
        if (answer.ok) set({ read: { status: 'read', list: answer.body } });
        // No revision of the story on the server yet.
        else if (answer.status === 404) set({ read: { status: 'read', list: [] } });
        else set({ read: { status: 'failed', error: said(answer) } });
      }),
    [slug, set],
  );

  useEffect(() => {
    void reread();
  }, [reread, publishing, saved]);

  const unpublish = async () => {
    set({ step: { step: 'unpublishing' } });
    const answer = await unpublishStory(slug);
    if (answer.ok) {
      store.dispatch({ type: 'desk/publishing', publishing: null });
      set({ step: { step: 'unpublished', at: answer.body.at } });
    } else set({ step: { step: 'refused', error: W.cannotUnpublish(said(answer)) } });
    await reread();
  };

  const restore = async (revision: number) => {
    set({ step: { step: 'restoring', revision } });
    const answer = await restoreRevision(slug, revision);
    if (answer.ok) {
      store.dispatch({ type: 'desk/publishing', publishing: null });
      set({ step: { step: 'restored', revision, url: answer.body.url } });
    } else set({ step: { step: 'refused', error: W.cannotRestore(said(answer)), revision } });
    await reread();
  };

  const published = revisions.read.status === 'read' && publishedNow(revisions.read.list);
  return (
    <>
      <RevisionsUnpublish
        editor={editor}
        published={published}
        step={revisions.step}
        setStep={(step) => set({ step })}
        unpublish={() => void unpublish()}
      />
      <RevisionsList editor={editor} restore={(n) => void restore(n)} />
    </>
  );
}
