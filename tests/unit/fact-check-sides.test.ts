// The third fact-check (issue 35): who says what. Each claimant has a side of the region's dispute
// (or none: `other`), and each event source names its claimant. Each test failed on the data of
// 985ca9b (claimants were names only, sources named nobody).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY, SLUG } from './helpers/story';

const raw = JSON.parse(
  readFileSync(resolve(import.meta.dirname, `../../stories/${SLUG}/story.json`), 'utf8'),
) as { claimants: Record<string, unknown> };
const sideOf = (claimant: string) => STORY.meta.claimants[claimant]?.side;

describe('who says it, and for which side', () => {
  it('story.json gives every claimant a name and a side, not a name alone', () => {
    const bare = Object.entries(raw.claimants)
      .filter(([, c]) => typeof c !== 'object' || c === null || !('side' in c))
      .map(([id]) => id);
    expect(bare).toEqual([]);
  });

  it.each([
    ['kosovo-prime-minister', 'kosovo'],
    ['kosovo-police', 'kosovo'],
    ['serbian-president', 'serbia'],
    ['serbian-office-for-kosovo', 'serbia'],
    ['us-nsc-spokesman', 'other'],
    ['article', 'other'],
  ])('%s is on the side of %s', (claimant, side) => {
    expect(sideOf(claimant)).toBe(side);
  });

  it('every source of an event names a claimant the event lists', () => {
    const wrong = STORY.events.flatMap((e) =>
      e.sources
        .filter((s) => !s.claimant || !e.reportedBy.includes(s.claimant))
        .map((s) => `${e.id}: ${s.publisher} (${String(s.claimant)})`),
    );
    expect(wrong).toEqual([]);
  });

  it('every claimant an event lists, but the article, speaks in one of its sources', () => {
    const silent = STORY.events.flatMap((e) =>
      e.reportedBy
        .filter((c) => c !== 'article' && !e.sources.some((s) => s.claimant === c))
        .map((c) => `${e.id}: ${c}`),
    );
    expect(silent).toEqual([]);
  });
});
