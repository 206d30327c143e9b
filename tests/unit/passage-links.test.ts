// The article's links by passage, as each passage selects them from the store (src/ui/Passage.tsx,
// src/state/shown.ts): a change at the desk gives a passage a new selection only when its own links
// show something new, so the other passages skip their render.
import { describe, expect, it } from 'vitest';
import { sameShownLinks } from '../../src/state/shown';
import { linksOfPassage } from '../../src/story/linking';
import type { ArticleLink } from '../../src/story/schema';

const link = (
  passageId: string,
  phrase: string,
  status: ArticleLink['status'] = 'proposed',
): ArticleLink => ({
  featureId: `town-${phrase.toLowerCase()}`,
  passageId,
  phrase,
  claimant: 'article',
  note: null,
  status,
});

/** What a passage holds after a change: its selection as before while it shows the same (useStore's isEqual). */
const kept = (before: readonly ArticleLink[], after: readonly ArticleLink[]) =>
  sameShownLinks(before, after) ? before : after;

describe('links grouped by passage', () => {
  const links = [link('p1', 'Zvečan'), link('p1', 'Jarinje'), link('p2', 'Leposavić'), link('p3', 'Raška')];
  const of = (all: readonly ArticleLink[], id: string) => linksOfPassage(all, id);

  it('keeps the arrays of passages whose links show the same, even as new objects', () => {
    // The desk rebuilds every link object on each decision: p2's is accepted, the rest as they were.
    const next = links.map((l) => ({
      ...l,
      status: l.passageId === 'p2' ? ('reviewed' as const) : l.status,
    }));
    const p1 = of(links, 'p1');
    const p3 = of(links, 'p3');
    const p2 = of(links, 'p2');
    expect(kept(p1, of(next, 'p1'))).toBe(p1);
    expect(kept(p3, of(next, 'p3'))).toBe(p3);
    expect(kept(p2, of(next, 'p2'))).not.toBe(p2);
    expect(kept(p2, of(next, 'p2'))[0].status).toBe('reviewed');
  });

  it('ignores the proposal (the desk’s data), and drops a passage with no links left', () => {
    const p1 = of(links, 'p1');
    const withProposal = links
      .filter((l) => l.passageId !== 'p3')
      .map((l) => ({ ...l, proposal: { confidence: 0.9, doubt: null, candidates: [] } }));
    expect(kept(p1, of(withProposal, 'p1'))).toBe(p1);
    expect(of(withProposal, 'p3')).toHaveLength(0);
  });
});
