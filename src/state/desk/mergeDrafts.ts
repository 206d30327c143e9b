// When a story's bundle changed under a stored draft (rebuilt, replaced, found again at #new): what
// differs, and the draft's decisions carried over to the bundle as it is now. Nothing of the draft is
// laid over text it no longer fits; what cannot be carried is named. Pure.
import { fold } from '../../text/letters';
import { touched, type DraftItem, type DeskDraft } from './draft';
import type { Story } from '../../story/story';

/** The item's words are still in its passage (a draft over another text would point nowhere). */
export function fitsText(item: Pick<DraftItem, 'link'>, passages: Story['passages']): boolean {
  const passage = passages.find((p) => p.id === item.link.passageId);
  return !!passage && passage.text.includes(item.link.phrase);
}

const where = (i: DraftItem) => `${i.link.passageId}|${fold(i.link.phrase)}`;

/** What changed between the bundle's links and the draft's decisions, a line each (the comparison). */
/** `called`: what the other side is called ("the bundle", "their draft"). */
export function differences(
  draft: DeskDraft,
  bundle: DeskDraft,
  called = 'the bundle',
  /** A place's name as the desk shows it (its id when not told). */
  nameOf: (featureId: string) => string = (id) => id,
): string[] {
  const out: string[] = [];
  const theirs = new Map<string, DraftItem[]>();
  for (const i of bundle.items) theirs.set(where(i), [...(theirs.get(where(i)) ?? []), i]);
  const matched = new Set<DraftItem>();
  for (const item of draft.items) {
    const what = `“${item.link.phrase}” (${item.link.passageId})`;
    const other = (theirs.get(where(item)) ?? []).find((o) => !matched.has(o));
    if (!other) {
      out.push(`${what}: in your draft only (${item.state}, ${nameOf(item.link.featureId)})`);
      continue;
    }
    matched.add(other);
    if (other.state !== item.state || other.link.featureId !== item.link.featureId)
      out.push(
        `${what}: your draft ${item.state} → ${nameOf(item.link.featureId)}; ${called} ${other.state} → ${nameOf(other.link.featureId)}`,
      );
  }
  for (const item of bundle.items)
    if (!matched.has(item))
      out.push(`“${item.link.phrase}” (${item.link.passageId}): in ${called} only (${item.state})`);
  return out;
}

export interface Merged {
  draft: DeskDraft;
  /** How many of the draft's decisions were carried over. */
  carried: number;
  /** The draft's items that could not be: their words are no longer in the text, or the bundle no longer proposes them. */
  dropped: DraftItem[];
}

/**
 * The bundle as it is now, with the draft's decisions laid over the same mentions (same passage and
 * words, the same proposed place or the same chosen one), and the links the editor added whose words
 * are still in the text.
 */
export function mergeDrafts(bundle: DeskDraft, mine: DeskDraft, passages: Story['passages']): Merged {
  const used = new Set<DraftItem>();
  let carried = 0;
  const items = bundle.items.map((theirs) => {
    const decided = mine.items.find(
      (m) =>
        !used.has(m) &&
        where(m) === where(theirs) &&
        (m.proposedFeatureId === theirs.proposedFeatureId || m.link.featureId === theirs.link.featureId),
    );
    if (!decided) return theirs;
    used.add(decided);
    if (decided.state === theirs.state && decided.link.featureId === theirs.link.featureId) return theirs;
    carried++;
    return { ...theirs, state: decided.state, link: { ...theirs.link, featureId: decided.link.featureId } };
  });
  const dropped: DraftItem[] = [];
  let nextKey = bundle.nextKey;
  for (const m of mine.items) {
    if (used.has(m)) continue;
    if (m.proposedFeatureId === null && fitsText(m, passages)) {
      items.push({ ...m, key: `l${nextKey++}` });
      carried++;
    } else if (m.state !== 'pending') dropped.push(m);
  }
  return {
    draft: touched({ ...bundle, items, places: mine.places, nextKey, downloadedAt: mine.downloadedAt }),
    carried,
    dropped,
  };
}
