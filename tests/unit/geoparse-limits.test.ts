// How long a text the geoparser takes: one definition for the browser's form and `story new`.
import { describe, expect, it } from 'vitest';
import {
  checkLength,
  countWords,
  thousands,
  WORDS_ASK_FIRST,
  WORDS_REFUSED,
} from '../../src/geoparse/limits';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 10}`).join(' ');

describe('the geoparser’s word limits', () => {
  it('count words as a reader does: runs with a letter or digit, whatever the spaces and scripts', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\t ')).toBe(0);
    expect(countWords('Звечан, 29 Sept — “Kosovo’s north”\n\nend.')).toBe(6);
    expect(countWords('a - b')).toBe(2);
  });

  it('refuse a text over 20,000 words, naming the limit, and ask first over 5,000', () => {
    expect([WORDS_REFUSED, WORDS_ASK_FIRST]).toEqual([20_000, 5_000]);
    expect(checkLength(words(20_000))).toMatchObject({ verdict: 'ask', words: 20_000 });
    const refused = checkLength(words(20_001));
    expect(refused).toMatchObject({ verdict: 'refuse', words: 20_001 });
    expect(refused.message).toContain('20,000 words');
    expect(refused.message).toContain('20,001');
    expect(checkLength(words(5_000))).toEqual({ verdict: 'ok', words: 5_000, message: null });
    const ask = checkLength(words(5_001));
    expect(ask.verdict).toBe('ask');
    expect(ask.message).toContain('5,000');
  });

  it('refuse an empty text with a message', () => {
    expect(checkLength(' \n ')).toMatchObject({ verdict: 'empty', words: 0 });
    expect(checkLength('').message).toMatch(/empty/);
  });

  it('write thousands the same on every machine', () => {
    expect([thousands(0), thousands(999), thousands(1000), thousands(1234567)]).toEqual([
      '0',
      '999',
      '1,000',
      '1,234,567',
    ]);
  });
});
