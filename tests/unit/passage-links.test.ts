// The article's links grouped by passage: a change at the desk hands a new array only to the passage
// it changes, so the other passages (memoised) skip their render.
import { describe, expect, it } from 'vitest';
import { regroupLinks } from '../../src/ui/passageLinks';
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

describe('links grouped by passage', () => {
  const links = [link('p1', 'Zvečan'), link('p1', 'Jarinje'), link('p2', 'Leposavić'), link('p3', 'Raška')];

  it('keeps the arrays of passages whose links show the same, even as new objects', () => {
    const handed = new Map<string, readonly ArticleLink[]>();
    const first = regroupLinks(handed, links);
    // The desk rebuilds every link object on each decision: p2's is accepted, the rest as they were.
    const next = links.map((l) => ({
      ...l,
      status: l.passageId === 'p2' ? ('reviewed' as const) : l.status,
    }));
    const second = regroupLinks(handed, next);
    expect(second.get('p1')).toBe(first.get('p1'));
    expect(second.get('p3')).toBe(first.get('p3'));
    expect(second.get('p2')).not.toBe(first.get('p2'));
    expect(second.get('p2')![0].status).toBe('reviewed');
  });

  it('ignores the proposal (the desk’s data), and drops a passage with no links left', () => {
    const handed = new Map<string, readonly ArticleLink[]>();
    const first = regroupLinks(handed, links);
    const withProposal = links
      .filter((l) => l.passageId !== 'p3')
      .map((l) => ({ ...l, proposal: { confidence: 0.9, doubt: null, candidates: [] } }));
    const second = regroupLinks(handed, withProposal);
    expect(second.get('p1')).toBe(first.get('p1'));
    expect(second.has('p3')).toBe(false);
  });
});
