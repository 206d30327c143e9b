// The drafts on the newsroom server, as the browser reads and saves them (README, "Newsroom server":
// GET and PUT /api/stories/<slug>/draft with ETag, If-Match, If-None-Match; GET /api/stories).
import type { BundleFiles } from '../../story/bundleFiles';
import type { DeskDraft } from '../desk/draft';
import { call, revisionOf, type Answer } from './api';
import { NEWSROOM_WORDS as W } from './newsroomWords';

export interface ServerDraft {
  bundle: BundleFiles;
  review: DeskDraft;
}

export interface NewsroomStory {
  slug: string;
  title: string;
  state: 'draft' | 'published' | 'published-with-draft' | 'unpublished';
  revision: number | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

const path = (slug: string) => `stories/${encodeURIComponent(slug)}`;

/** The draft (304 when `known` is still the current revision). */
export const getDraft = (slug: string, known: number | null = null): Promise<Answer<ServerDraft>> =>
  call<ServerDraft>('GET', `${path(slug)}/draft`, {
    headers: known === null ? {} : { 'if-none-match': `"${known}"` },
  });

/** Saves over revision `over` (null: the first draft of the story). */
export const putDraft = (slug: string, draft: ServerDraft, over: number | null) =>
  call<null>('PUT', `${path(slug)}/draft`, {
    json: draft,
    headers: over === null ? {} : { 'if-match': `"${over}"` },
  });

export const listStories = () => call<NewsroomStory[]>('GET', 'stories');

/** Who saved the story's latest revision, in the server's words ("Bojan saved a newer draft at …"). */
export async function whoSavedLast(slug: string): Promise<string> {
  const answer = await call<{ revision: number; author: string; at: string }[]>(
    'GET',
    `${path(slug)}/revisions`,
  );
  const latest = answer.ok ? answer.body[0] : undefined;
  return latest ? W.newerDraft(latest.author, latest.at) : W.newerDraftUnknown;
}

export { revisionOf };

/** Publishes the server's draft, if it is still revision `revision` (If-Match). */
export const publishDraft = (slug: string, revision: number) =>
  call<{ revision: number; url: string }>('POST', `${path(slug)}/publish`, {
    headers: { 'if-match': `"${revision}"` },
  });
