// A passage quoted with one phrase highlighted: plain React text, never HTML.
import { phraseRange } from '../article/linking';

/** Characters of context shown on each side of the phrase. */
const CONTEXT = 60;

export function Quote({ text, phrase, color }: { text: string; phrase: string; color: string }) {
  const [start, end] = phraseRange(text, phrase);
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  return (
    <q className="quote">
      {start > CONTEXT ? '…' : ''}
      {before}
      <mark style={{ ['--layer-color' as string]: color }}>{text.slice(start, end)}</mark>
      {after}
      {end + CONTEXT < text.length ? '…' : ''}
    </q>
  );
}
