// Unpublish, restore and a story's revisions, as the browser asks the newsroom server for them (the
// routes of server/http/routes/publishing.ts, kept exactly):
//   GET  /api/stories/<slug>/revisions → [{ revision, action, author, at }] (anyone signed in)
//   GET  /api/stories/<slug>/revisions/<n> → { bundle, review }, the draft that revision holds
//   POST /api/stories/<slug>/unpublish → { revision, at } (editors)
//   POST /api/stories/<slug>/revisions/<n>/restore → { revision, url } (editors)
import { call, type Answer } from './api';
import { readRevisions, type Revision } from './revisions';

const path = (slug: string) => `stories/${encodeURIComponent(slug)}`;

/** The story's revisions, newest first; an answer that is no list of revisions is refused. */
export async function listRevisions(slug: string): Promise<Answer<Revision[]>> {
  const answer = await call<unknown>('GET', `${path(slug)}/revisions`);
  if (!answer.ok) return answer;
  const revisions = readRevisions(answer.body);
  return revisions
    ? { ...answer, body: revisions }
    : { ok: false, status: answer.status, error: 'not a list of revisions', body: {}, retryAfter: null };
}

/** The draft a revision holds: its review is read by the desk's own schema (src/desk/draftSchema.ts). */
export const getRevision = (slug: string, revision: number) =>
  call<{ review: unknown }>('GET', `${path(slug)}/revisions/${revision}`);

export const unpublishStory = (slug: string) =>
  call<{ revision: number; at: string }>('POST', `${path(slug)}/unpublish`);

export const restoreRevision = (slug: string, revision: number) =>
  call<{ revision: number; url: string }>('POST', `${path(slug)}/revisions/${revision}/restore`);
