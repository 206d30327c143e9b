// A story's revisions as the desk shows them (GET /api/stories/<slug>/revisions: [{ revision, action,
// author, at }]), read at that boundary; whether readers get the story now; a revision's line; and what
// differs between a revision's review and the desk's draft (the stale-draft banner's comparison).
// Pure: no request here (revisionsApi.ts).
import type { DeskDraft } from '../desk/draft';
import { differences } from '../desk/mergeDrafts';
import { readerTime } from './readerTime';
import { REVISION_WORDS as W } from './revisionWords';

export const REVISION_ACTIONS = ['save', 'publish', 'unpublish', 'restore'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Each action's word (revisionWords.ts), checked to name every action. */
const ACTION_WORDS: Record<RevisionAction, string> = W.actions;

export interface Revision {
  revision: number;
  action: RevisionAction;
  author: string;
  at: string;
}

const isRevision = (r: unknown): r is Revision => {
  const v = r as Partial<Revision> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.revision) &&
    REVISION_ACTIONS.includes(v.action as RevisionAction) &&
    typeof v.author === 'string' &&
    typeof v.at === 'string'
  );
};

/** The server's list, newest first; null when it is not a list of revisions. */
export function readRevisions(json: unknown): Revision[] | null {
  if (!Array.isArray(json) || !json.every(isRevision)) return null;
  return [...json].sort((a, b) => b.revision - a.revision);
}

/** Readers get the story while its latest publish, restore or unpublish is not an unpublish. */
export function publishedNow(revisions: readonly Revision[]): boolean {
  const latest = revisions.find((r) => r.action !== 'save');
  return latest !== undefined && latest.action !== 'unpublish';
}

/** "Revision 3: published by ana, 7 December 2026 at 21:03". */
export const revisionLine = (r: Revision, locale?: string, timeZone?: string): string =>
  W.line(r.revision, ACTION_WORDS[r.action], r.author, readerTime(r.at, locale, timeZone));

/** What differs between the desk's draft and a revision's review: a line per decision, or that none does. */
export function compareSummary(
  draft: DeskDraft,
  theirs: DeskDraft,
  revision: number,
  nameOf?: (featureId: string) => string,
): string[] {
  const lines = differences(draft, theirs, W.revisionName(revision), nameOf);
  return lines.length ? lines : [W.sameLinks(revision)];
}
