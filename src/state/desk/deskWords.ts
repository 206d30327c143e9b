// What the desk says, in one place (for a translation catalogue later): each sentence as a function of
// what it names.
import type { DraftItem } from './draft';

const mentions = (n: number) => (n > 1 ? ` (all ${n} mentions)` : '');

export const DESK_WORDS = {
  chooseFirst:
    'First choose above: keep your draft, take the bundle, or compare them. Nothing is decided until then.',
  accepted: (phrase: string, n: number) =>
    n > 1 ? `Accepted all ${n} mentions of “${phrase}”.` : `Accepted “${phrase}”.`,
  rejected: (phrase: string) => `Rejected “${phrase}”.`,
  notAPlace: (phrase: string, n: number) =>
    `“${phrase}” is not a place here (${n} mention${n === 1 ? '' : 's'}).`,
  chosen: (phrase: string, name: string, n: number) => `“${phrase}” → ${name}${mentions(n)}.`,
  linked: (phrase: string, name: string) => `Linked “${phrase}” to ${name}.`,
  retargeted: (n: number) =>
    n > 1 ? `Re-targeted from the map (all ${n} mentions).` : 'Re-targeted from the map.',
  pickCancelled: 'Pick on map cancelled.',
  undone: 'Undone.',
  nothingToUndo: 'Nothing to undo.',
  redone: 'Redone.',
  nothingToRedo: 'Nothing to redo.',
  kept: (carried: number, dropped: readonly DraftItem[]) =>
    `Your draft is kept on the bundle as it is now: ${carried} of your decisions carried over.` +
    (dropped.length
      ? ` Not carried over (their words are no longer in the text, or the bundle no longer proposes them): ${dropped.map((i) => `“${i.link.phrase}” (${i.link.passageId}, ${i.state})`).join(', ')}.`
      : ''),
  tookTheirs: 'Their draft is taken; yours is gone (Undo discard brings it back in this session).',
  openedTheirs: (revision: number) => `Opened the newsroom’s draft (revision ${revision}).`,
  tookBundle: 'The bundle is taken; your older draft is gone (Undo discard brings it back in this session).',
  discarded: 'Draft discarded: the links are as the bundle has them.',
  discardUndone: 'Discard undone: your draft is back.',
  followed: 'Updated from another tab where this story is open for review.',
  discardedElsewhere: 'Another tab discarded this draft: the links are as the bundle has them.',
  adding: (name: string) => `Adding ${name} to the map…`,
  notAdded: (name: string, phrase: string) =>
    `${name} was not added: “${phrase}” was decided otherwise meanwhile.`,
  addedMapped: (phrase: string, name: string, n: number) =>
    `“${phrase}” → ${name}, a place the map has${mentions(n)}.`,
  added: (phrase: string, name: string, n: number) =>
    `“${phrase}” → ${name}, added to the map as a place of this story (a GeoNames point, approximate)${mentions(n)}.`,
  notAddable: (name: string, error: string) => `${name} could not be added: ${error}.`,
  notPublished: 'Not downloaded: the reviewed story fails its checks (listed below).',
  unreadable: (problem: string, key: string) =>
    `A draft stored in this browser could not be read (${problem}). It is set aside, not deleted (localStorage key “${key}”); the links are as the bundle has them.`,
  notOnTheMap: (id: string) => `${id} (not on the map)`,
};
