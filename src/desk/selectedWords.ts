// The words an editor selected in the article, as a link could hold them: within one passage,
// verbatim in it, and overlapping no link still standing there.
import type { DeskDraft } from '../state/desk/draft';
import type { Story } from '../story/story';

export type SelectedWords = { passageId: string; phrase: string };

const passageOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)
    ?.closest('[data-passage-id]')
    ?.getAttribute('data-passage-id');

/** The selection as a link's place in the text, or a sentence saying why it cannot be one. */
export function selectedWords(
  selection: Selection | null,
  passages: Story['passages'],
  draft: DeskDraft,
): SelectedWords | string {
  const phrase = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
  if (!selection || !phrase) return 'Select some words of the article first.';
  const passageId = passageOf(selection.anchorNode);
  if (!passageId || passageId !== passageOf(selection.focusNode)) return 'Select words within one passage.';
  const passage = passages.find((p) => p.id === passageId);
  if (!passage?.text.includes(phrase))
    return 'The selection is not verbatim in the passage (select within one line of text).';
  const at = passage.text.indexOf(phrase);
  const overlaps = draft.items.some((i) => {
    if (i.link.passageId !== passageId || i.state === 'rejected' || i.state === 'not-place') return false;
    const s = passage.text.indexOf(i.link.phrase);
    return s < at + phrase.length && at < s + i.link.phrase.length;
  });
  if (overlaps) return `“${phrase}” overlaps a link of this passage: change that link instead.`;
  return { passageId, phrase };
}
