// The editor's work on a story's links, as a value: each link of the bundle pending, accepted,
// rejected, re-targeted or "not a place here", and the links the editor added. Pure; kept in the
// browser's storage (src/state/storage.ts) so nothing is lost on reload until it is discarded. What readers get
// from it is src/desk/publish.ts's.
import type { ArticleLink, Proposal } from '../../story/schema';
import type { SituationFeature } from '../../domain/schema';
import type { Story } from '../../story/story';
import { fold } from '../../text/letters';

export type ItemState = 'pending' | 'accepted' | 'rejected' | 'not-place';
export const ITEM_STATES = ['pending', 'accepted', 'rejected', 'not-place'] as const;

export interface DraftItem {
  /** Stable within the draft. */
  key: string;
  link: ArticleLink;
  state: ItemState;
  /** The feature the bundle gave (re-targeting changes link.featureId); null for an added link. */
  proposedFeatureId: string | null;
}

export interface DeskDraft {
  slug: string;
  /** The content hash of the bundle the draft started from (bundleHash). */
  base: string;
  items: DraftItem[];
  /** Places the editor added to the map (gazetteer points the bundle did not have); published while linked. */
  places: SituationFeature[];
  nextKey: number;
  /** When the reviewed bundle was last downloaded (ISO), or null. */
  downloadedAt: string | null;
  /** When the draft last changed (ISO): which of two tabs' drafts is newer. */
  changedAt: string;
}

/** djb2 over a text: enough to tell that a bundle changed under a draft. */
export function fingerprint(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}

/** The bundle's content as the draft saw it: its meta, text, links, notes, events and places. */
export function bundleHash(story: Pick<Story, 'meta' | 'text' | 'links' | 'notes' | 'events' | 'places'>) {
  return fingerprint([story.meta, story.text, story.links, story.notes, story.events, story.places]);
}

const LEGACY_NOTE = /^Proposed by the geoparser with low confidence \((\d(?:\.\d+)?)\)/;

/**
 * A link as the desk holds it: the geoparser's words to the editor are review data (`proposal`), not
 * a viewer's note. Bundles made before the proposal field carried them in `note`.
 */
export function asReviewData(link: ArticleLink): ArticleLink {
  const legacy = link.note ? LEGACY_NOTE.exec(link.note) : null;
  if (!legacy) return link;
  const proposal: Proposal = link.proposal ?? {
    confidence: Number(legacy[1]),
    doubt: 'The geoparser gave it a low confidence: check that this is the place meant.',
    candidates: [],
  };
  return { ...link, note: null, proposal };
}

export function startDraft(
  story: Pick<Story, 'slug' | 'meta' | 'text' | 'links' | 'notes' | 'events' | 'places'>,
): DeskDraft {
  const notPlaces = new Set((story.meta.review?.notPlaces ?? []).map(fold));
  return {
    slug: story.slug,
    base: bundleHash(story),
    items: story.links.map((raw, i) => {
      const link = asReviewData(raw);
      return {
        key: `l${i}`,
        link,
        // A name marked "not a place here" silences its proposals, never a link an editor reviewed.
        state:
          link.status === 'reviewed'
            ? 'accepted'
            : notPlaces.has(fold(link.phrase))
              ? 'not-place'
              : 'pending',
        proposedFeatureId: link.featureId,
      };
    }),
    places: [],
    nextKey: story.links.length,
    downloadedAt: null,
    changedAt: new Date(0).toISOString(),
  };
}

/** The draft as changed now: which of two tabs' drafts is newer is told by changedAt. */
export const touched = (draft: DeskDraft): DeskDraft => ({
  ...draft,
  changedAt: new Date().toISOString(),
});

const update = (draft: DeskDraft, keys: readonly string[], change: (item: DraftItem) => DraftItem) => {
  const set = new Set(keys);
  return touched({ ...draft, items: draft.items.map((item) => (set.has(item.key) ? change(item) : item)) });
};

/** The mentions of one place: the same words (letters folded) linked to the same feature, as they stand. */
export function groupOf(draft: DeskDraft, key: string): DraftItem[] {
  const item = draft.items.find((i) => i.key === key);
  if (!item) return [];
  const phrase = fold(item.link.phrase);
  return draft.items.filter(
    (i) =>
      fold(i.link.phrase) === phrase && i.link.featureId === item.link.featureId && i.state === item.state,
  );
}

export const accept = (draft: DeskDraft, keys: readonly string[]) =>
  update(draft, keys, (item) => ({ ...item, state: 'accepted' }));

export const reject = (draft: DeskDraft, keys: readonly string[]) =>
  update(draft, keys, (item) => ({ ...item, state: 'rejected' }));

export const reopen = (draft: DeskDraft, keys: readonly string[]) =>
  update(draft, keys, (item) => ({ ...item, state: 'pending' }));

/** Re-targeting is a decision: the links now point at the editor's choice, accepted. */
export const retarget = (draft: DeskDraft, keys: readonly string[], featureId: string) =>
  update(draft, keys, (item) => ({ ...item, link: { ...item.link, featureId }, state: 'accepted' }));

/** A place the map lacked, added to the story and these mentions re-targeted to it (accepted). */
export function addPlace(draft: DeskDraft, keys: readonly string[], feature: SituationFeature): DeskDraft {
  const id = feature.properties.id;
  const places = draft.places.some((f) => f.properties.id === id) ? draft.places : [...draft.places, feature];
  return retarget({ ...draft, places }, keys, id);
}

/**
 * The places the editor added that the bundle does not have: a place added, downloaded and rebuilt is
 * the bundle's own (the same id: drafting and the desk name a gazetteer place alike), never twice.
 */
export function addedPlaces(
  draftPlaces: readonly SituationFeature[],
  bundlePlaces: readonly SituationFeature[] | null,
): SituationFeature[] {
  const own = new Set((bundlePlaces ?? []).map((f) => f.properties.id));
  return draftPlaces.filter((f) => !own.has(f.properties.id));
}

/** "Not a place here": every mention of these words, whatever it was linked to. */
export function notAPlace(draft: DeskDraft, key: string): DeskDraft {
  const item = draft.items.find((i) => i.key === key);
  if (!item) return draft;
  const phrase = fold(item.link.phrase);
  const keys = draft.items.filter((i) => fold(i.link.phrase) === phrase).map((i) => i.key);
  return update(draft, keys, (i) => ({ ...i, state: 'not-place' }));
}

export function addLink(
  draft: DeskDraft,
  link: Omit<ArticleLink, 'status' | 'note' | 'claimant'> & Partial<Pick<ArticleLink, 'note' | 'claimant'>>,
): DeskDraft {
  const full: ArticleLink = { claimant: 'article', note: null, ...link, status: 'reviewed' };
  return touched({
    ...draft,
    items: [
      ...draft.items,
      { key: `l${draft.nextKey}`, link: full, state: 'accepted', proposedFeatureId: null },
    ],
    nextKey: draft.nextKey + 1,
  });
}

/** The links the viewer shows while reviewing, and readers get: accepted ones reviewed, pending ones proposed. */
export function workingLinks(draft: DeskDraft): ArticleLink[] {
  return draft.items
    .filter((item) => item.state === 'accepted' || item.state === 'pending')
    .map((item) => ({ ...item.link, status: item.state === 'accepted' ? 'reviewed' : 'proposed' }));
}

export function counts(draft: DeskDraft): Record<ItemState, number> {
  const out: Record<ItemState, number> = { pending: 0, accepted: 0, rejected: 0, 'not-place': 0 };
  for (const item of draft.items) out[item.state]++;
  return out;
}

/** The words marked "not a place here", once each, as the article writes them. */
export function notPlaces(draft: DeskDraft): string[] {
  const seen = new Map<string, string>();
  for (const item of draft.items)
    if (item.state === 'not-place' && !seen.has(fold(item.link.phrase)))
      seen.set(fold(item.link.phrase), item.link.phrase);
  return [...seen.values()];
}
