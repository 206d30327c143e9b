// Unpublish, restore and the story's revisions at the desk (issue 41), as the desk's slice of the store
// holds them (deskState.ts `revisions`, changed by `desk/revisions`): the revisions as last read, where
// an unpublish or a restore stands, whether the list is open, and the revision being compared.
import type { DeskDraft } from '../desk/draft';
import type { Revision } from './revisions';

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

/** The story's revisions as last read from the server. */
export type RevisionsRead =
  { status: 'reading' } | { status: 'read'; list: Revision[] } | { status: 'failed'; error: string };

/** A revision being compared with the draft: its review once read, or why it could not be. */
export type Compared = { revision: number } & (
  { status: 'reading' } | { status: 'read'; review: DeskDraft } | { status: 'failed'; error: string }
);

export interface RevisionsDesk {
  read: RevisionsRead;
  step: RevisionStep | null;
  /** The list is shown. */
  open: boolean;
  compared: Compared | null;
}

export const NO_REVISIONS: RevisionsDesk = {
  read: { status: 'reading' },
  step: null,
  open: false,
  compared: null,
};
