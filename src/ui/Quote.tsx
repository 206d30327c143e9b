// A passage quoted with one phrase highlighted: plain React text, never HTML. The quote is the
// sentence around the phrase, or cut at word boundaries when the sentence is long.
import { phraseRange, quoteWindow } from '../story/linking';

export function Quote({ text, phrase, color }: { text: string; phrase: string; color: string }) {
  const [start, end] = phraseRange(text, phrase);
  const { from, to } = quoteWindow(text, [start, end]);
  return (
    <q className="quote">
      {from > 0 ? '… ' : ''}
      {text.slice(from, start)}
      <mark style={{ ['--layer-color' as string]: color }}>{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length ? ' …' : ''}
    </q>
  );
}
