// What the desk says of its draft on the newsroom server (deskNewsroom.ts keeps it): saved, saving,
// the server out of reach (the draft kept in this browser), refused; and, the server back with the
// kept draft not on it, the offer to save it over the revision it started from (Save to the newsroom).
import { useRef } from 'react';
import type { NewsroomNote as Note } from '../state/desk/deskState';
import { NEWSROOM_WORDS as W } from '../state/newsroom/newsroomWords';
import { useStore, useStoryStore } from '../state/useStore';
import { saveKeptDraft } from './deskNewsroom';

function newsroomSays(note: Note): string {
  switch (note.status) {
    case 'saved':
      return W.saved(note.revision);
    case 'saving':
      return W.saving;
    case 'offline':
      return W.offline;
    case 'offer':
      return W.offerSave(note.revision);
    case 'refused':
      return W.refused(note.error);
  }
}

const WARNS: ReadonlySet<Note['status']> = new Set(['offline', 'offer', 'refused']);

export function NewsroomNote() {
  const store = useStoryStore();
  const note = useStore((s) => s.desk!.newsroom);
  const said = useRef<HTMLParagraphElement>(null);
  if (!note) return null;
  return (
    <p
      className={WARNS.has(note.status) ? 'banner-error' : 'review-saved'}
      data-testid="review-newsroom"
      tabIndex={-1}
      ref={said}
    >
      {newsroomSays(note)}
      {note.status === 'offer' && (
        <>
          {' '}
          <button
            type="button"
            onClick={() => {
              // The button goes with the offer: the focus stays on what the desk says next.
              said.current?.focus();
              saveKeptDraft(store);
            }}
          >
            {W.saveKept}
          </button>
        </>
      )}
    </p>
  );
}
