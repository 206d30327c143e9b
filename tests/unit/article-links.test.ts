// The article stays verbatim, and the links between its words and the map's features hold both ways.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ARTICLE_TEXT,
  LINKS,
  NOTES as EDITORIAL_NOTES,
  PASSAGES,
  PASSAGE_IDS,
  SITUATION_LAYERS,
} from './helpers/story';
import { linkSchema } from '../../src/story/schema';
import {
  featuresOfPassage,
  footnotesOf,
  linksOfFeature,
  passagesOfFeature,
  phraseRange,
  segmentPassage,
} from '../../src/story/linking';
import { SHIPPED_LAYER_IDS, shippedLayer } from './helpers/shippedLayers';

const SHARED_ARTICLE = resolve(import.meta.dirname, '../../../shared/article/article.txt');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const passage = (id: string) => PASSAGES.find((p) => p.id === id)!;
const allFeatureIds = new Set(
  SHIPPED_LAYER_IDS.flatMap((id) => shippedLayer(id).map((f) => f.properties.id)),
);

describe('the article', () => {
  it('is byte-for-byte the supplied article', () => {
    expect(ARTICLE_TEXT).toBe(readFileSync(SHARED_ARTICLE, 'utf8'));
  });

  it('splits into passages that, joined, are the article word for word', () => {
    expect(PASSAGES.map((p) => p.id)).toEqual([...PASSAGE_IDS]);
    expect(normalise(PASSAGES.map((p) => p.text).join(' '))).toBe(normalise(ARTICLE_TEXT));
    expect(passage('subtitle').text).toContain('border with Kosovo Liberation');
    expect(passage('blinken-call').text).toContain('a return to the to highlight dialogue');
  });

  it('keeps editorial notes beside the text, each about words that are in it', () => {
    for (const note of EDITORIAL_NOTES) {
      if (note.phrase) expect(passage(note.passageId).text).toContain(note.phrase);
    }
  });
});

describe('the links table', () => {
  it('passes its schema, and every phrase occurs verbatim in its passage', () => {
    for (const link of LINKS) {
      expect(linkSchema.safeParse(link).success).toBe(true);
      expect(passage(link.passageId).text, link.phrase).toContain(link.phrase);
    }
  });

  it('points only at features that exist in the shipped layers', () => {
    for (const link of LINKS) expect(allFeatureIds.has(link.featureId), link.featureId).toBe(true);
  });

  it('gives every feature of the four required layers at least one passage', () => {
    for (const layer of SITUATION_LAYERS) {
      for (const f of shippedLayer(layer)) {
        expect(
          passagesOfFeature(LINKS, f.properties.id).length,
          `${layer}/${f.properties.id}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  // Every mention of a place or area in the article, and the feature(s) it must link to.
  const MENTIONS: [string, string, string[]][] = [
    ['subtitle', 'on the border with Kosovo Liberation', ['kosovo-serbia-border']],
    ['lede', 'on the border with Kosovo', ['kosovo-serbia-border']],
    ['lede', 'reinforce its troops on site', ['kosovo']],
    ['kirby-deployment', 'Serbia to withdraw troops', ['serbia', 'kosovo-serbia-border']],
    ['kirby-deployment', 'along the border with Kosovo', ['kosovo-serbia-border']],
    ['kfor-presence', 'invasion of Kosovo', ['kosovo']],
    ['kfor-presence', 'the force stationed by NATO in this former Serbian province', ['kosovo']],
    ['kfor-presence', 'in the north of the territory', ['north-kosovo']],
    ['kfor-presence', 'northern Kosovo', ['north-kosovo']],
    ['nato-reinforcements', 'in case of need in Kosovo', ['kosovo']],
    ['nato-reinforcements', 'living in Kosovo', ['kosovo']],
    ['banjska-attack', 'near the border with Serbia', ['kosovo-serbia-border', 'banjska-area']],
    ['banjska-attack', 'near a road that was reportedly blocked', ['banjska-area']],
    ['banjska-attack', 'came under attack from various positions', ['banjska-area']],
    ['banjska-attack', 'barricaded themselves in a monastery', ['banjska-monastery', 'banjska-area']],
    ['banjska-attack', 'a hospital in the south of the country', ['serbia', 'town-novi-pazar']],
    ['background-conflict', 'Serbia, supported', ['serbia']],
    ['background-conflict', 'its former province', ['kosovo']],
    ['background-conflict', 'northern Kosovo', ['north-kosovo']],
    ['spring-crisis', 'This region', ['north-kosovo']],
    [
      'spring-crisis',
      'four municipalities with a Serb majority',
      [
        'municipality-north-mitrovica',
        'municipality-zvecan',
        'municipality-zubin-potok',
        'municipality-leposavic',
      ],
    ],
    ['spring-crisis', 'arrest of three Kosovar police officers', ['geonames-792875']],
    ['spring-crisis', 'more than 30 peacekeepers injured', ['municipality-zvecan']],
  ];

  it.each(MENTIONS)('links the mention in %s of "%s"', (passageId, words, featureIds) => {
    const covering = LINKS.filter((l) => l.passageId === passageId && l.phrase.includes(words));
    expect(covering.length, `no link covers "${words}"`).toBeGreaterThan(0);
    expect(new Set(covering.map((l) => l.featureId))).toEqual(new Set(featureIds));
  });

  it('leaves unlinked only the passages that name no place', () => {
    // The cut-off title and the diplomatic phone calls.
    expect(PASSAGE_IDS.filter((id) => featuresOfPassage(LINKS, id).length === 0)).toEqual([
      'title',
      'blinken-call',
    ]);
  });

  it('says where the article names no exact place', () => {
    const deployment = LINKS.filter((l) => l.featureId === 'kosovo-serbia-border' && l.passageId === 'lede');
    expect(deployment[0].note).toMatch(/no exact place/);
    const hospital = LINKS.find((l) => l.phrase.includes('hospital') && l.featureId === 'serbia')!;
    expect(hospital.note).toMatch(/not named/);
  });
});

describe('lookups between passages and features', () => {
  it('finds the features of a passage and the passages of a feature', () => {
    expect(featuresOfPassage(LINKS, 'spring-crisis')).toEqual(
      expect.arrayContaining(['north-kosovo', 'municipality-leposavic', 'municipality-zvecan']),
    );
    expect(passagesOfFeature(LINKS, 'municipality-zvecan')).toEqual(['spring-crisis']);
    expect(linksOfFeature(LINKS, 'banjska-monastery').map((l) => l.phrase)).toEqual([
      'barricaded themselves in a monastery',
    ]);
    expect(featuresOfPassage(LINKS, 'blinken-call')).toEqual([]);
  });

  it('locates a phrase and refuses one that is not verbatim', () => {
    expect(phraseRange('abc def', 'def')).toEqual([4, 7]);
    expect(() => phraseRange('abc def', 'xyz')).toThrow(/not found verbatim/);
  });

  it('segments a passage at phrase boundaries, overlaps included, without changing the text', () => {
    const text = passage('kirby-deployment').text;
    const links = LINKS.filter((l) => l.passageId === 'kirby-deployment');
    const segments = segmentPassage(text, links);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const withdraw = segments.find((s) => s.text.includes('Serbia to withdraw'))!;
    expect(withdraw.links.map((l) => l.featureId).sort()).toEqual(['kosovo-serbia-border', 'serbia']);
    const overlap = segmentPassage('one two three', [
      {
        featureId: 'a',
        passageId: 'lede',
        phrase: 'one two',
        claimant: 'article',
        note: null,
        status: 'reviewed',
      },
      {
        featureId: 'b',
        passageId: 'lede',
        phrase: 'two three',
        claimant: 'article',
        note: null,
        status: 'reviewed',
      },
    ]);
    expect(overlap.map((s) => [s.text, s.links.map((l) => l.featureId)])).toEqual([
      ['one ', ['a']],
      ['two', ['a', 'b']],
      [' three', ['b']],
    ]);
  });
});

describe('footnotes of the printed article', () => {
  it('number every linked run of words once, in reading order, with its features', () => {
    const notes = footnotesOf(PASSAGES, LINKS);
    expect(notes.map((n) => n.n)).toEqual(notes.map((_, i) => i + 1));
    // Reading order: passages in order, and by position within each passage.
    const order = PASSAGES.map((p) => p.id);
    for (let i = 1; i < notes.length; i++) {
      const [a, b] = [notes[i - 1], notes[i]];
      const byPassage = order.indexOf(a.passageId) - order.indexOf(b.passageId);
      expect(byPassage < 0 || (byPassage === 0 && a.start < b.start)).toBe(true);
    }
    // Every link's phrase is covered by some footnote of its passage, naming its feature.
    for (const link of LINKS)
      expect(
        notes.some(
          (n) =>
            n.passageId === link.passageId &&
            n.features.includes(link.featureId) &&
            link.phrase.includes(n.text),
        ),
        link.phrase,
      ).toBe(true);
  });
});
