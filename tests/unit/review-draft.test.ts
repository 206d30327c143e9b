// The review draft: each decision is a pure change, and the reviewed links.json passes the same
// schema and checks as a bundle's.
import { describe, expect, it } from 'vitest';
import {
  accept,
  addLink,
  counts,
  reject,
  retarget,
  reviewedLinksFile,
  startDraft,
  fingerprint,
} from '../../src/review/draft';
import { linksFileSchema, type ArticleLink } from '../../src/story/schema';
import { linkProblems } from '../../src/story/linkChecks';

const passages = [{ id: 'p1', text: 'Police arrested a man in Zvečan near Jarinje.' }];
const proposed = (featureId: string, phrase: string): ArticleLink => ({
  featureId,
  passageId: 'p1',
  phrase,
  claimant: 'article',
  note: null,
  status: 'proposed',
});
const links = [
  proposed('town-zvecan', 'Zvečan'),
  proposed('crossing-jarinje', 'Jarinje'),
  proposed('serbia', 'man'),
];

describe('a review draft', () => {
  it('starts with proposed links pending and reviewed ones accepted', () => {
    const draft = startDraft('s', [...links, { ...links[0], phrase: 'Police', status: 'reviewed' }]);
    expect(counts(draft)).toEqual({ pending: 3, accepted: 1, rejected: 0 });
  });

  it('accepts, rejects, re-targets and adds, and writes a links.json that validates', () => {
    let draft = startDraft('s', links);
    draft = accept(draft, 'l0');
    draft = reject(draft, 'l2');
    draft = retarget(draft, 'l1', 'crossing-brnjak');
    draft = addLink(draft, { featureId: 'town-zvecan', passageId: 'p1', phrase: 'near Jarinje' });
    const file = reviewedLinksFile(draft);
    expect(file.map((l) => [l.featureId, l.phrase, l.status])).toEqual([
      ['town-zvecan', 'Zvečan', 'reviewed'],
      ['crossing-brnjak', 'Jarinje', 'reviewed'],
      ['town-zvecan', 'near Jarinje', 'reviewed'],
    ]);
    expect(linksFileSchema.safeParse(file).success).toBe(true);
    const known = new Set(['town-zvecan', 'crossing-brnjak', 'crossing-jarinje']);
    expect(linkProblems(file, passages, (id) => known.has(id), { article: 'The article' })).toEqual([]);
  });

  it('is caught by the checks when a link no longer fits the text or the map', () => {
    const draft = addLink(startDraft('s', links), {
      featureId: 'atlantis',
      passageId: 'p1',
      phrase: 'not there',
    });
    const problems = linkProblems(reviewedLinksFile(draft), passages, (id) => id !== 'atlantis', {
      article: 'x',
    });
    expect(problems.join('\n')).toMatch(
      /entry 4 \(atlantis, "not there"\), field phrase: not found verbatim/,
    );
    expect(problems.join('\n')).toMatch(/field featureId: no feature "atlantis"/);
  });

  it('fingerprints links.json so a draft knows when the file changed under it', () => {
    expect(fingerprint(links)).toBe(fingerprint(structuredClone(links)));
    expect(fingerprint(links)).not.toBe(fingerprint(links.slice(1)));
  });
});
