// The article as passages with stable ids. The text is article.txt, a verbatim copy of the supplied
// article (typos and garbled machine translation included); only whitespace is used to split it.
import articleText from './article.txt?raw';

export type PassageRole = 'title' | 'subtitle' | 'paragraph';

export interface Passage {
  id: string;
  role: PassageRole;
  text: string;
}

/** One id per block of article.txt, in order. Names say what the passage is about. */
export const PASSAGE_IDS = [
  'title',
  'subtitle',
  'lede',
  'kirby-deployment',
  'blinken-call',
  'kfor-presence',
  'nato-reinforcements',
  'banjska-attack',
  'background-conflict',
  'spring-crisis',
] as const;
export type PassageId = (typeof PASSAGE_IDS)[number];

export function parseArticle(text: string): Passage[] {
  const blocks = text
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (blocks.length !== PASSAGE_IDS.length) {
    throw new Error(`article: ${blocks.length} blocks, expected ${PASSAGE_IDS.length}`);
  }
  return blocks.map((text, i) => ({
    id: PASSAGE_IDS[i],
    role: i === 0 ? 'title' : i === 1 ? 'subtitle' : 'paragraph',
    text,
  }));
}

export const ARTICLE_TEXT: string = articleText;
export const PASSAGES: Passage[] = parseArticle(articleText);
export const ARTICLE_META = {
  date: '2023-09-29',
  dateLabel: 'Friday 29 September 2023',
  source: 'Libération',
  sourceDescription: 'the French daily',
  provenance:
    'A machine translation into English of an article of Libération (the French daily) of 29 September 2023; shown verbatim, its title cut off and its garbled phrases included.',
};
