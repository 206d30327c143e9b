// The editor's work on a story's links, as a value: each link of the bundle pending, accepted,
// rejected or re-targeted, and the links the editor added. Pure; kept in the browser's storage
// (storage.ts) so nothing is lost on reload until it is discarded.
import type { ArticleLink } from '../story/schema';

export type ItemState = 'pending' | 'accepted' | 'rejected';

export interface DraftItem {
  /** Stable within the draft. */
  key: string;
  link: ArticleLink;
  state: ItemState;
  /** The feature the bundle gave (re-targeting changes link.featureId); null for an added link. */
  proposedFeatureId: string | null;
}

export interface ReviewDraft {
  slug: string;
  /** A fingerprint of the bundle's links.json the draft started from. */
  base: string;
  items: DraftItem[];
  nextKey: number;
  /** When the reviewed links.json was last downloaded (ISO), or null. */
  downloadedAt: string | null;
}

/** djb2 over the JSON: enough to tell that links.json changed under a draft. */
export function fingerprint(links: readonly ArticleLink[]): string {
  const text = JSON.stringify(links);
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}

export function startDraft(slug: string, links: readonly ArticleLink[]): ReviewDraft {
  return {
    slug,
    base: fingerprint(links),
    items: links.map((link, i) => ({
      key: `l${i}`,
      link,
      state: link.status === 'reviewed' ? 'accepted' : 'pending',
      proposedFeatureId: link.featureId,
    })),
    nextKey: links.length,
    downloadedAt: null,
  };
}

const update = (draft: ReviewDraft, key: string, change: (item: DraftItem) => DraftItem): ReviewDraft => ({
  ...draft,
  items: draft.items.map((item) => (item.key === key ? change(item) : item)),
});

export const accept = (draft: ReviewDraft, key: string) =>
  update(draft, key, (item) => ({ ...item, state: 'accepted' }));

export const reject = (draft: ReviewDraft, key: string) =>
  update(draft, key, (item) => ({ ...item, state: 'rejected' }));

export const reopen = (draft: ReviewDraft, key: string) =>
  update(draft, key, (item) => ({ ...item, state: 'pending' }));

/** Re-targeting is a decision: the link now points at the editor's choice, accepted. */
export const retarget = (draft: ReviewDraft, key: string, featureId: string) =>
  update(draft, key, (item) => ({ ...item, link: { ...item.link, featureId }, state: 'accepted' }));

export function addLink(
  draft: ReviewDraft,
  link: Omit<ArticleLink, 'status' | 'note' | 'claimant'> & Partial<Pick<ArticleLink, 'note' | 'claimant'>>,
): ReviewDraft {
  const full: ArticleLink = { claimant: 'article', note: null, ...link, status: 'reviewed' };
  return {
    ...draft,
    items: [
      ...draft.items,
      { key: `l${draft.nextKey}`, link: full, state: 'accepted', proposedFeatureId: null },
    ],
    nextKey: draft.nextKey + 1,
  };
}

/** The links the viewer shows while reviewing: all but the rejected ones. */
export function workingLinks(draft: ReviewDraft): ArticleLink[] {
  return draft.items
    .filter((item) => item.state !== 'rejected')
    .map((item) => ({ ...item.link, status: item.state === 'accepted' ? 'reviewed' : 'proposed' }));
}

/** links.json as reviewed: accepted links reviewed, pending ones still proposed, rejected ones gone. */
export const reviewedLinksFile = workingLinks;

export function counts(draft: ReviewDraft): Record<ItemState, number> {
  const out: Record<ItemState, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const item of draft.items) out[item.state]++;
  return out;
}
