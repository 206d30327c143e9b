// @vitest-environment jsdom
// What the reader sees in the article panel is the supplied article, word for word.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ArticlePanel } from '../../src/ui/ArticlePanel';
import { openStory } from '../../src/state/openStory';
import { createStoryStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/useStore';
import { STORY, STORY_LAYERS } from './helpers/story';

const SHARED_ARTICLE = resolve(import.meta.dirname, '../../../shared/article/article.txt');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the article panel', () => {
  const store = createStoryStore(openStory(STORY, STORY_LAYERS), { hash: '', embed: false, desk: null });
  const { container } = render(
    <StoreProvider store={store}>
      <ArticlePanel reduceMotion />
    </StoreProvider>,
  );

  it('renders the article text unchanged, whitespace aside', () => {
    // As on screen: the footnote numbers are for paper only (.print-only, display: none on screen).
    const passages = [...container.querySelectorAll('h2[data-passage-id], [data-passage-id] > p')].map(
      (el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('.print-only').forEach((n) => n.remove());
        return copy;
      },
    );
    expect(container.querySelectorAll('[data-passage-id] .footnote-ref.print-only').length).toBeGreaterThan(
      20,
    );
    const rendered = passages.map((el) => el.textContent ?? '').join(' ');
    expect(normalise(rendered)).toBe(normalise(readFileSync(SHARED_ARTICLE, 'utf8')));
  });

  it('keeps the viewer’s notes outside the article text, marked as such', () => {
    const notes = [...container.querySelectorAll('[role="note"]')];
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) {
      expect(note.textContent).toMatch(/^Viewer's note/);
      expect(note.closest('p')).toBeNull();
    }
  });

  it('makes every linked phrase a link to its feature', () => {
    const phrases = [...container.querySelectorAll('a.phrase')];
    expect(phrases.length).toBeGreaterThan(20);
    expect(phrases.map((a) => a.getAttribute('href'))).toContain('#feature=banjska-monastery');
  });
});
