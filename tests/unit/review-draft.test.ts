// The review draft and what it publishes: each decision is a pure change; a rejected or "not a
// place" mention leaves no link, place or focus behind; the geoparser's notes stay review data; the
// published files pass the bundle's schemas and checks.
import { describe, expect, it } from 'vitest';
import {
  accept,
  addLink,
  addPlace,
  bundleHash,
  counts,
  groupOf,
  notAPlace,
  reject,
  retarget,
  startDraft,
  workingLinks,
} from '../../src/state/desk/draft';
import { publish } from '../../src/desk/publish';
import { differences, mergeDrafts } from '../../src/state/desk/mergeDrafts';
import { focusOf, frameOf, mapLabelOf } from '../../src/story/derivedMeta';
import { checkPublished } from '../../src/desk/checkPublished';
import { changedItem, nextItem, nextPending } from '../../src/state/desk/walk';
import { storySchema, linksFileSchema, type ArticleLink, type StoryMeta } from '../../src/story/schema';
import { bundleProblems } from '../../src/story/linkChecks';
import { unzipBundle, zipBundle } from '../../src/story/bundleZip';
import type { Story } from '../../src/story/story';
import type { SituationFeature } from '../../src/domain/schema';
import { readBundle, shippedCatalogue, shippedFeatureIds } from '../../scripts/story/bundle';
import { readFileSync } from 'node:fs';
import { featureOfPlace } from '../../src/features/gazetteerFeature';
import type { Gazetteer } from '../../src/geoparse/gazetteer';
import { readDraft } from '../../src/desk/draftSchema';

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
const catalogue = shippedCatalogue();
const shipped = { layerOf: shippedFeatureIds(), factsOf: (id: string) => catalogue[id] };

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

  it('steps through every mention, decided or not, so a rejection can be revisited', () => {
    const draft = reject(startDraft(story), ['l1']);
    expect(nextPending(draft, 'l0', 1)).toBe('l2');
    expect(nextItem(draft, 'l0', 1)).toBe('l1');
    expect(nextItem(draft, 'l0', -1)).toBe('l3');
    expect(nextItem(draft, 'l3', 1)).toBe('l0');
  });

  it('names the mention an undo brings back (the first whose decision differs), none for an added link', () => {
    const start = startDraft(story);
    const decided = reject(accept(start, ['l1']), ['l3']);
    expect(changedItem(decided, accept(start, ['l1']))).toBe('l3');
    expect(changedItem(retarget(start, ['l2'], 'crossing-brnjak'), start)).toBe('l2');
    const added = addLink(start, { featureId: 'crossing-jarinje', passageId: 'p2', phrase: 'Jarinje' });
    expect(changedItem(added, start)).toBeNull();
  });

  it('says what differs between a stale draft and the bundle', () => {
    const mine = reject(startDraft(story), ['l3']);
    expect(differences(mine, startDraft(story))).toEqual([
      '“Jarinje” (p2): your draft rejected → crossing-jarinje; the bundle pending → crossing-jarinje',
    ]);
  });

  it('names the places as the desk names them, when told how', () => {
    const mine = retarget(reject(startDraft(story), ['l3']), ['l2'], 'crossing-brnjak');
    const names: Record<string, string> = {
      'crossing-jarinje': 'Jarinje crossing',
      'crossing-brnjak': 'Brnjak crossing',
      'town-zvecan': 'Zveçan / Zvečan',
    };
    expect(differences(mine, startDraft(story), 'revision 2', (id) => names[id] ?? id)).toEqual([
      '“Zvečan” (p2): your draft accepted → Brnjak crossing; revision 2 pending → Zveçan / Zvečan',
      '“Jarinje” (p2): your draft rejected → Jarinje crossing; revision 2 pending → Jarinje crossing',
    ]);
  });

  it('hashes the whole bundle, so a draft knows when any file changed under it', () => {
    expect(bundleHash(story)).toBe(bundleHash(structuredClone(story)));
    expect(bundleHash({ ...story, text: `${text} ` })).not.toBe(bundleHash(story));
    expect(bundleHash({ ...story, notes: [] })).not.toBe(bundleHash({ ...story, notes: real.notes }));
    expect(bundleHash({ ...story, events: real.events })).not.toBe(bundleHash(story));
    expect(bundleHash({ ...story, places: null })).not.toBe(bundleHash(story));
    expect(bundleHash({ ...story, meta: { ...meta, title: 'Other' } })).not.toBe(bundleHash(story));
  });

  it('never lays a draft over a text it no longer fits: its decisions are carried over to the bundle as it is now, or named', () => {
    let mine = reject(startDraft(story), ['l3']); // Jarinje (p2)
    mine = accept(mine, ['l0']); // Bunjaku (p1)
    mine = addLink(mine, { featureId: 'crossing-brnjak', passageId: 'p2', phrase: 'calm' });
    // The text was revised: p1 no longer says Bunjaku; the bundle proposes what the new text says.
    const revised = [{ ...story.passages[0], text: 'Police arrested a man in Zvečan.' }, story.passages[1]];
    const bundle = startDraft({ ...story, text: 'revised', links: story.links.slice(1) });
    const { draft, carried, dropped } = mergeDrafts(bundle, mine, revised);
    expect(dropped.map((i) => `${i.link.phrase} ${i.state}`)).toEqual(['Bunjaku accepted']);
    expect(carried).toBe(2); // the rejection of Jarinje, and the added link
    expect(draft.base).toBe(bundle.base);
    expect(draft.items.find((i) => i.link.phrase === 'Jarinje')?.state).toBe('rejected');
    expect(draft.items.find((i) => i.link.phrase === 'calm')?.state).toBe('accepted');
    expect(draft.changedAt > mine.changedAt || draft.changedAt === mine.changedAt).toBe(true);
  });

  it('tells apart two mentions of the same words in one passage when comparing', () => {
    const mine = reject(startDraft(story), ['l2']); // the second Zvečan of p2
    expect(differences(mine, startDraft(story))).toEqual([
      '“Zvečan” (p2): your draft rejected → town-zvecan; the bundle pending → town-zvecan',
    ]);
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
    // The focus was derived from the links: derived again, with the editor's added link in it.
    expect(out.meta.passages.map((p) => p.focus)).toEqual([
      ['town-zvecan'],
      ['town-zvecan', 'crossing-brnjak'],
    ]);
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
    expect(checkPublished(published, shipped.layerOf)).toEqual([]);
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

  it('a gazetteer place the editor adds is published while linked, with both official names and its source', () => {
    const gazetteer = JSON.parse(readFileSync('public/geoparse/gazetteer.json', 'utf8')) as Gazetteer;
    const bare = gazetteer.places.find((p) => p.id === 'gn:792877')!;
    const feature = featureOfPlace(bare, 'chosen at the editor’s desk for “Jarinje”');
    // Bunjaku rejected: its place (another region's fixture) would not pass this region's name checks.
    const added = addPlace(reject(startDraft(story), ['l0']), ['l3'], feature);
    expect(added.items[3]).toMatchObject({ state: 'accepted', link: { featureId: 'place-bare-792877' } });
    // Added twice, kept once; undone by re-targeting, gone from what readers get.
    expect(addPlace(added, ['l3'], feature).places).toHaveLength(1);
    const published = publish(story, added, new Date(), shipped);
    const out = published.story.places!.find((f) => f.properties.id === 'place-bare-792877')!;
    expect(out.properties.name).toMatchObject({ sq: 'Bare', 'sr-Latn': 'Bare', 'sr-Cyrl': 'Баре' });
    expect(out.properties.sources[0].name).toMatch(/GeoNames/);
    expect(out.properties.derivation).toMatch(/chosen at the editor’s desk for “Jarinje”/);
    expect(published.story.meta.layers.some((l) => l.id === 'storyPlaces')).toBe(true);
    expect(checkPublished(published, shipped.layerOf)).toEqual([]);
    const back = retarget(added, ['l3'], 'crossing-jarinje');
    expect(publish(story, back, new Date(), shipped).story.places ?? []).not.toContainEqual(
      expect.objectContaining({ id: 'place-bare-792877' }),
    );
    // Downloaded and rebuilt, the place is the bundle's own: the draft's copy is not published twice.
    const rebuilt = { ...story, places: [...story.places!, feature] };
    const once = publish(rebuilt, added, new Date(), shipped).story.places!;
    expect(once.filter((f) => f.properties.id === 'place-bare-792877')).toHaveLength(1);
    // Kept through the browser's storage and a bundle that changed under the draft.
    const stored = readDraft(JSON.parse(JSON.stringify(added)), 's');
    expect('problem' in stored ? stored.problem : stored.places).toHaveLength(1);
    expect(mergeDrafts(startDraft(story), added, story.passages).draft.places).toHaveLength(1);
    // A draft stored before places were kept reads as one without added places.
    const older = JSON.parse(JSON.stringify(startDraft(story))) as Record<string, unknown>;
    delete older.places;
    const read = readDraft(older, 's');
    expect('problem' in read ? read.problem : read.places).toEqual([]);
  });

  it('a "not a place" mark survives into the next draft, and the next review', () => {
    const { story: out } = publish(story, decided(), new Date(), shipped);
    const again = startDraft({ ...out, links: [...out.links, proposed('village-policka', 'p1', 'Bunjaku')] });
    expect(again.items.at(-1)?.state).toBe('not-place');
    expect(workingLinks(again).some((l) => l.phrase === 'Bunjaku')).toBe(false);
    // The next review, with no Bunjaku item at all, keeps the mark.
    const { story: next } = publish(out, startDraft(out), new Date(), shipped);
    expect(next.meta.review?.notPlaces).toEqual(['Bunjaku']);
  });

  it('a mark never silences a link an editor reviewed', () => {
    const marked = {
      ...meta,
      review: { reviewedLinks: 1, reviewedAt: '2026-12-05T10:00:00Z', notPlaces: ['Zvečan'] },
    };
    const draft = startDraft({ ...story, meta: marked, links: [{ ...story.links[1], status: 'reviewed' }] });
    expect(draft.items[0].state).toBe('accepted');
  });

  it('derives again what the bundle had derived from its links: the map label, the first view, the focus', () => {
    const factsOf = (id: string) => {
      const own = story.places?.find((f) => f.properties.id === id);
      return own
        ? { kind: own.properties.kind, name: own.properties.name.en, at: own.properties.labelPoint }
        : catalogue[id];
    };
    const drafted: Story = {
      ...story,
      meta: {
        ...meta,
        mapLabel: mapLabelOf(story.links, factsOf),
        defaultFrame: frameOf(story.links, factsOf, story.region),
        passages: meta.passages.map((p) => ({ ...p, focus: focusOf(story.links, p.id, factsOf) })),
      },
    };
    const policka = factsOf('village-policka')!.name;
    expect(drafted.meta.mapLabel).toContain(policka);
    let draft = notAPlace(startDraft(drafted), 'l0'); // Bunjaku: not the village of Polička
    draft = retarget(draft, ['l3'], 'crossing-brnjak');
    const { story: out } = publish(drafted, draft, new Date(), shipped);
    expect(out.meta.mapLabel).not.toContain(policka);
    expect(out.meta.mapLabel).toMatch(/Brnjak/);
    expect(out.meta.defaultFrame).toEqual(frameOf(out.links, factsOf, story.region));
    expect(out.meta.defaultFrame).not.toEqual(drafted.meta.defaultFrame);
    expect(out.passages.find((p) => p.id === 'p2')?.focus).toContain('crossing-brnjak');
    expect(out.passages.find((p) => p.id === 'p1')?.focus).not.toContain('village-policka');
    // A story whose editor wrote its own label keeps it.
    expect(publish(story, draft, new Date(), shipped).story.meta.mapLabel).toBe(meta.mapLabel);
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
