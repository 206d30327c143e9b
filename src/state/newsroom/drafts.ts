// The drafts on the newsroom server, as the browser reads and saves them (README, "Newsroom server":
// GET and PUT /api/stories/<slug>/draft with ETag, If-Match, If-None-Match; GET /api/stories; GET
// /api/stories/<slug>/bundle).
import type { BundleFiles } from '../../story/bundleFiles';
import type { DeskDraft } from '../desk/draft';
import { bundleSchema } from '../../story/bundleSchema';
import { call, revisionOf, type Answer } from './api';

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

/**
 * The files a draft of the story is saved with (GET /api/stories/<slug>/bundle: its newsroom draft's,
 * else those of stories/<slug>/), checked with the bundle's schema: an answer that is not one is said.
 */
export async function getBundle(slug: string): Promise<Answer<BundleFiles>> {
  const answer = await call<unknown>('GET', `${path(slug)}/bundle`);
  if (!answer.ok) return answer;
  const files = bundleSchema.safeParse(answer.body);
  if (files.success) return { ...answer, body: files.data };
  const issue = files.error.issues[0];
  return {
    ok: false,
    status: answer.status,
    error: `the server's files of “${slug}” are not a bundle (${issue.path.join('.') || 'bundle'}: ${issue.message}).`,
    body: {},
    retryAfter: null,
  };
}

/** Who saved a draft's revision, and when (ISO 8601), as the server gives them; null when not known. */
export interface SavedBy {
  by: string | null;
  at: string | null;
}

const textOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** Who saved the revision a 409 names (its `updatedBy`, `updatedAt`), read from its body. */
export const savedByOf = (body: Record<string, unknown>): SavedBy => ({
  by: textOrNull(body.updatedBy),
  at: textOrNull(body.updatedAt),
});

/** Who saved the story's latest revision (the first of its revisions list). */
export async function whoSavedLast(slug: string): Promise<SavedBy> {
  const answer = await call<{ revision: number; author: string; at: string }[]>(
    'GET',
    `${path(slug)}/revisions`,
  );
  const latest = answer.ok && Array.isArray(answer.body) ? answer.body[0] : undefined;
  return latest ? { by: textOrNull(latest.author), at: textOrNull(latest.at) } : { by: null, at: null };
}

export { revisionOf };

/** Publishes the server's draft, if it is still revision `revision` (If-Match). */
export const publishDraft = (slug: string, revision: number) =>
  call<{ revision: number; url: string }>('POST', `${path(slug)}/publish`, {
    headers: { 'if-match': `"${revision}"` },
  });
