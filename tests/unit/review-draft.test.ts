// The review draft and what it publishes: each decision is a pure change; a rejected or "not a
// place" mention leaves no link, place or focus behind; the geoparser's notes stay review data; the
// published files pass the bundle's schemas and checks.
import { describe, expect, it } from 'vitest';
import {
  accept,
  addLink,
  bundleHash,
  counts,
  differences,
  groupOf,
  notAPlace,
  reject,
  retarget,
  startDraft,
  workingLinks,
} from '../../src/review/draft';
import { publish } from '../../src/review/publish';
import { checkPublished } from '../../src/review/checkPublished';
import { nextPending } from '../../src/review/desk';
import { storySchema, linksFileSchema, type ArticleLink, type StoryMeta } from '../../src/story/schema';
import { bundleProblems } from '../../src/story/linkChecks';
import { unzipBundle, zipBundle } from '../../src/story/bundleZip';
import type { Story } from '../../src/story/story';
import type { SituationFeature } from '../../src/domain/schema';
import { readBundle, shippedFeatureIds } from '../../scripts/story/bundle';
import { readFileSync } from 'node:fs';

const real = readBundle('liberation-2023-09-29');
const text = 'Police arrested Afrim Bunjaku in Zvečan.\n\nZvečan and Jarinje were calm; Zvečan again.';
const proposed = (
  featureId: string,
  passageId: string,
  phrase: string,
  extra: Partial<ArticleLink> = {},
): ArticleLink => ({
  featureId,
  passageId,
  phrase,
  claimant: 'article',
  note: null,
  status: 'proposed',
  ...extra,
});
const fixturePlace = (
  JSON.parse(readFileSync('tests/fixtures/stories/macedonia-rain/places.geojson', 'utf8')) as {
    features: SituationFeature[];
  }
).features[0];
const place = (id: string): SituationFeature => ({
  ...fixturePlace,
  properties: { ...fixturePlace.properties, id },
});
const meta: StoryMeta = {
  ...real.meta,
  provenance:
    'Imported with npm run story -- new on 2026-12-01; the links were proposed by the geoparser and are not reviewed yet.',
  passages: [
    { id: 'p1', role: 'paragraph', focus: ['village-policka', 'town-zvecan'] },
    { id: 'p2', role: 'paragraph', focus: ['town-zvecan', 'crossing-jarinje'] },
  ],
  layers: real.meta.layers,
};
const story: Story = {
  ...real,
  slug: 's',
  meta,
  text,
  passages: [
    {
      id: 'p1',
      role: 'paragraph',
      text: 'Police arrested Afrim Bunjaku in Zvečan.',
      focus: meta.passages[0].focus,
    },
    {
      id: 'p2',
      role: 'paragraph',
      text: 'Zvečan and Jarinje were calm; Zvečan again.',
      focus: meta.passages[1].focus,
    },
  ],
  links: [
    proposed('village-policka', 'p1', 'Bunjaku', {
      proposal: { confidence: 0.85, doubt: null, candidates: [] },
    }),
    proposed('town-zvecan', 'p1', 'Zvečan', {
      note: 'Proposed by the geoparser with low confidence (0.35): check that this is the place meant.',
    }),
    proposed('town-zvecan', 'p2', 'Zvečan'),
    proposed('crossing-jarinje', 'p2', 'Jarinje'),
  ],
  notes: [],
  events: [],
  places: [place('village-policka'), place('village-unused')],
};
const shipped = shippedFeatureIds();

describe('a review draft', () => {
  it('starts with proposed links pending, and moves the geoparser’s note out of the reader’s note', () => {
    const draft = startDraft(story);
    expect(counts(draft)).toEqual({ pending: 4, accepted: 0, rejected: 0, 'not-place': 0 });
    expect(draft.items[1].link.note).toBeNull();
    expect(draft.items[1].link.proposal?.confidence).toBe(0.35);
  });

  it('groups the mentions of one place and decides them together', () => {
    const draft = startDraft(story);
    expect(groupOf(draft, 'l1').map((i) => i.key)).toEqual(['l1', 'l2']);
    const all = accept(
      draft,
      groupOf(draft, 'l1').map((i) => i.key),
    );
    expect(counts(all).accepted).toBe(2);
    const moved = retarget(draft, ['l1', 'l2'], 'crossing-brnjak');
    expect(moved.items.filter((i) => i.link.featureId === 'crossing-brnjak')).toHaveLength(2);
  });

  it('walks to the next and previous proposal still to decide', () => {
    const draft = accept(startDraft(story), ['l1']);
    expect(nextPending(draft, 'l0', 1)).toBe('l2');
    expect(nextPending(draft, 'l2', -1)).toBe('l0');
    expect(nextPending(draft, 'l3', 1)).toBe('l0');
  });

  it('says what differs between a stale draft and the bundle', () => {
    const mine = reject(startDraft(story), ['l3']);
    expect(differences(mine, startDraft(story))).toEqual([
      '“Jarinje” (p2): your draft rejected → crossing-jarinje; the bundle pending → crossing-jarinje',
    ]);
  });

  it('hashes the whole bundle, so a draft knows when any file changed under it', () => {
    expect(bundleHash(story)).toBe(bundleHash(structuredClone(story)));
    expect(bundleHash(story)).not.toBe(
      bundleHash({ ...story, notes: [] as never[] }.notes ? { ...story, text: `${text} ` } : story),
    );
  });
});

describe('publishing exactly what was decided', () => {
  const decided = () => {
    let draft = startDraft(story);
    draft = notAPlace(draft, 'l0');
    draft = accept(draft, ['l1', 'l2']);
    draft = reject(draft, ['l3']);
    draft = addLink(draft, { featureId: 'crossing-brnjak', passageId: 'p2', phrase: 'calm' });
    return draft;
  };

  it('leaves no link, place, focus or label behind a rejected or "not a place" mention', () => {
    const { story: out } = publish(story, decided(), new Date('2026-12-05T10:00:00Z'), shipped);
    expect(out.links.map((l) => [l.passageId, l.phrase, l.featureId, l.status])).toEqual([
      ['p1', 'Zvečan', 'town-zvecan', 'reviewed'],
      ['p2', 'Zvečan', 'town-zvecan', 'reviewed'],
      ['p2', 'calm', 'crossing-brnjak', 'reviewed'],
    ]);
    expect(out.places).toBeNull();
    expect(out.meta.layers.some((l) => l.id === 'storyPlaces')).toBe(false);
    expect(out.meta.passages.map((p) => p.focus)).toEqual([['town-zvecan'], ['town-zvecan']]);
  });

  it('keeps review data from readers and records the review', () => {
    const { story: out, files } = publish(story, decided(), new Date('2026-12-05T10:00:00Z'), shipped);
    expect(out.links.every((l) => !l.proposal && !l.note)).toBe(true);
    expect(out.meta.review).toEqual({
      reviewedLinks: 3,
      reviewedAt: '2026-12-05T10:00:00.000Z',
      notPlaces: ['Bunjaku'],
    });
    expect(out.meta.provenance).toBe('Imported with npm run story -- new on 2026-12-01.');
    expect(storySchema.safeParse(JSON.parse(files['story.json']!)).success).toBe(true);
    expect(linksFileSchema.safeParse(JSON.parse(files['links.json']!)).success).toBe(true);
    expect(files['places.geojson']).toBeUndefined();
  });

  it('keeps a pending link proposed with its proposal, and a used place', () => {
    const draft = accept(startDraft(story), ['l1']);
    const { story: out } = publish(story, draft, new Date(), shipped);
    expect(out.links.find((l) => l.phrase === 'Bunjaku')).toMatchObject({
      status: 'proposed',
      proposal: { confidence: 0.85 },
    });
    expect(out.places?.map((f) => f.properties.id)).toEqual(['village-policka']);
  });

  it('publishes a situation layer whose links were all rejected as context', () => {
    const { story: out } = publish(story, decided(), new Date(), shipped);
    const role = (id: string) => out.meta.layers.find((l) => l.id === id)?.role;
    expect(real.meta.layers.find((l) => l.id === 'monastery')?.role).toBe('situation');
    expect(role('monastery')).toBe('context');
    // The shipped story, every link kept: its situation layers stay what they are.
    const kept = publish(real, startDraft(real), new Date(), shipped).story.meta.layers;
    expect(kept.map((l) => l.role)).toEqual(real.meta.layers.map((l) => l.role));
  });

  it('passes the checks the build runs, and zips to <slug>/ with the files', () => {
    const published = publish(story, decided(), new Date(), shipped);
    expect(checkPublished(published, shipped)).toEqual([]);
    const back = unzipBundle(zipBundle('s', published.files));
    expect(Object.keys(back.files).sort()).toEqual([
      'article.txt',
      'events.json',
      'links.json',
      'notes.json',
      'story.json',
    ]);
    expect(back.files['article.txt']).toBe(text);
  });

  it('a "not a place" mark survives into the next draft', () => {
    const { story: out } = publish(story, decided(), new Date(), shipped);
    const again = startDraft({ ...out, links: [...out.links, proposed('village-policka', 'p1', 'Bunjaku')] });
    expect(again.items.at(-1)?.state).toBe('not-place');
    expect(workingLinks(again).some((l) => l.phrase === 'Bunjaku')).toBe(false);
  });
});

describe('bundle checks (build, check, the desk)', () => {
  it('fail on a place no link uses and on a focus on a feature its passage does not link', () => {
    const problems = bundleProblems(story.links.slice(1), story.passages, story.places);
    expect(problems).toEqual([
      'places.geojson: feature 1 (village-policka): no link or event uses it (readers would see an unlinked place: remove it)',
      'places.geojson: feature 2 (village-unused): no link or event uses it (readers would see an unlinked place: remove it)',
      'story.json: passage "p1", field focus: "village-policka" is not linked in that passage (following the article would frame it)',
    ]);
  });

  it('pass on the shipped story', () => {
    expect(
      bundleProblems(
        real.links,
        real.passages,
        real.places,
        real.events.flatMap((e) => e.places),
      ),
    ).toEqual([]);
  });
});
