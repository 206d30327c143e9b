// Pure lookups between passages and features, used by the article panel, the popups and the lists.
import type { ArticleLink } from '../story/schema';

export function linksOfPassage(links: readonly ArticleLink[], passageId: string): ArticleLink[] {
  return links.filter((l) => l.passageId === passageId);
}

export function featuresOfPassage(links: readonly ArticleLink[], passageId: string): string[] {
  return [...new Set(linksOfPassage(links, passageId).map((l) => l.featureId))];
}

export function linksOfFeature(links: ArticleLink[], featureId: string): ArticleLink[] {
  return links.filter((l) => l.featureId === featureId);
}

export function passagesOfFeature(links: ArticleLink[], featureId: string): string[] {
  return [...new Set(linksOfFeature(links, featureId).map((l) => l.passageId))];
}

/** A run of passage text, with the links whose phrase covers it (empty: plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  links: ArticleLink[];
}

/** Where a phrase stands in a passage; throws if it is not there verbatim. */
export function phraseRange(text: string, phrase: string): [number, number] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not found verbatim: "${phrase}"`);
  return [start, start + phrase.length];
}

/**
 * Cuts a passage into segments at every phrase boundary, so overlapping phrases each keep their links.
 * Joining the segments' text gives the passage back unchanged.
 */
export function segmentPassage(text: string, links: readonly ArticleLink[]): Segment[] {
  const ranges = links.map((link) => ({ link, range: phraseRange(text, link.phrase) }));
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => r.range)])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = ranges.filter((r) => r.range[0] <= start && r.range[1] >= end).map((r) => r.link);
    const last = segments[segments.length - 1];
    if (last && sameLinks(last.links, covering)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else segments.push({ start, end, text: text.slice(start, end), links: covering });
  }
  return segments;
}

function sameLinks(a: ArticleLink[], b: ArticleLink[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

/** The features a phrase links to, and those a click on it brings into view (the precise ones). */
export function featuresOfPhrase(links: ArticleLink[]): { features: string[]; framed: string[] } {
  const features = [...new Set(links.map((l) => l.featureId))];
  const framed = [...new Set(links.filter((l) => l.framed !== false).map((l) => l.featureId))];
  return { features, framed };
}

/**
 * The part of a passage quoted around a phrase: the whole sentence(s) it stands in when they are
 * short enough, else cut at word boundaries about `context` characters away. Never mid-word.
 */
export function quoteWindow(
  text: string,
  [start, end]: [number, number],
  context = 90,
): { from: number; to: number } {
  const sentenceStart = Math.max(
    0,
    ...[...text.slice(0, start).matchAll(/[.!?…]["”’)]?\s+/g)].map((m) => m.index + m[0].length),
  );
  const afterEnd = /[.!?…]["”’)]?(\s|$)/.exec(text.slice(end));
  const sentenceEnd = afterEnd ? end + afterEnd.index + afterEnd[0].trimEnd().length : text.length;
  let from = start - sentenceStart <= context * 1.5 ? sentenceStart : start - context;
  let to = sentenceEnd - end <= context * 1.5 ? sentenceEnd : end + context;
  // Cut at word boundaries: move inwards to the next space.
  if (from > 0 && from !== sentenceStart) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  if (to < text.length && to !== sentenceEnd) {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : end;
  }
  return { from, to };
}

export interface Footnote {
  n: number;
  passageId: string;
  /** Where the linked words start in their passage (the segment's start). */
  start: number;
  text: string;
  features: string[];
}

/** A footnote for every linked run of words, numbered in reading order (the printed article). */
export function footnotesOf(
  passages: readonly { id: string; text: string }[],
  links: ArticleLink[],
): Footnote[] {
  const notes: Footnote[] = [];
  for (const p of passages)
    for (const segment of segmentPassage(p.text, linksOfPassage(links, p.id)))
      if (segment.links.length)
        notes.push({
          n: notes.length + 1,
          passageId: p.id,
          start: segment.start,
          text: segment.text,
          features: featuresOfPhrase(segment.links).features,
        });
  return notes;
}
