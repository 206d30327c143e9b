// Quotes in the details are cut at sentence or word boundaries, never mid-word.
import { describe, expect, it } from 'vitest';
import { phraseRange, quoteWindow } from '../../src/story/linking';
import { LINKS, PASSAGES } from './helpers/story';

const isBoundaryBefore = (text: string, i: number) => i === 0 || /\s/.test(text[i - 1]);
const isBoundaryAfter = (text: string, i: number) => i === text.length || /[\s]/.test(text[i]);

describe('quotes around a phrase', () => {
  it.each(LINKS.map((l) => [l.phrase, l] as const))(
    '“%s” is quoted from a word boundary to a word boundary',
    (_, link) => {
      const text = PASSAGES.find((p) => p.id === link.passageId)!.text;
      const range = phraseRange(text, link.phrase);
      const { from, to } = quoteWindow(text, range);
      expect(from).toBeLessThanOrEqual(range[0]);
      expect(to).toBeGreaterThanOrEqual(range[1]);
      expect(isBoundaryBefore(text, from), text.slice(from, from + 20)).toBe(true);
      expect(isBoundaryAfter(text, to), text.slice(to - 20, to)).toBe(true);
    },
  );

  it('keeps a short sentence whole', () => {
    const text = 'One. The United States is “concerned” about it. Three more words here.';
    const range = phraseRange(text, 'concerned');
    expect(text.slice(...(Object.values(quoteWindow(text, range)) as [number, number]))).toBe(
      'The United States is “concerned” about it.',
    );
  });

  it('cuts a long sentence at spaces about the context length away', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} PHRASE ${words}.`;
    const range = phraseRange(text, 'PHRASE');
    const { from, to } = quoteWindow(text, range, 30);
    expect(text[from - 1]).toBe(' ');
    expect(text[to]).toBe(' ');
    expect(range[0] - from).toBeLessThanOrEqual(30);
    expect(to - range[1]).toBeLessThanOrEqual(30);
  });
});
