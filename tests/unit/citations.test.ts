// Sources a reader can check (issue 24): every source of an event, a viewer's note or a feature note
// gives its publisher, title, date, address and its own words (at most 40 words, translated when not
// English); `story check` names the file and the entry of one that does not.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { citationSchema } from '../../src/domain/citation';
import { changedCopy, editJson, problemsOf, removeCopies } from './helpers/bundleCopy';
import { shippedLayer, SHIPPED_LAYER_IDS } from './helpers/shippedLayers';

afterEach(removeCopies);

const problemsAfter = (file: string, change: (value: never) => unknown) =>
  problemsOf(changedCopy((dir) => editJson(join(dir, file), change)));

const good = {
  publisher: 'Associated Press',
  title: 'Kosovo Serbs boycott local elections',
  date: '23 April 2023',
  url: 'https://apnews.com/article/x',
  quote: 'Turnout was 3.47%.',
};

describe('a source', () => {
  it('needs its publisher, title, date, an http(s) address and its own words', () => {
    expect(citationSchema.safeParse(good).success).toBe(true);
    for (const key of ['publisher', 'title', 'date', 'url', 'quote'] as const) {
      const without: Partial<typeof good> = { ...good };
      delete without[key];
      expect(citationSchema.safeParse(without).success, key).toBe(false);
    }
    expect(citationSchema.safeParse({ ...good, url: 'javascript:alert(3)' }).success).toBe(false);
  });

  it('quotes at most 40 words, and translates a quote that is not in English', () => {
    expect(citationSchema.safeParse({ ...good, quote: Array(41).fill('word').join(' ') }).success).toBe(
      false,
    );
    expect(citationSchema.safeParse({ ...good, quote: Array(40).fill('word').join(' ') }).success).toBe(true);
    expect(citationSchema.safeParse({ ...good, language: 'sr' }).success).toBe(false);
    expect(citationSchema.safeParse({ ...good, language: 'sr', translation: 'In English.' }).success).toBe(
      true,
    );
  });
});

describe('story check', () => {
  it('names the file and the entry of an event source without a quote', () => {
    const problems = problemsAfter('events.json', (events: { id: string; sources: object[] }[]) => {
      const i = events.findIndex((e) => e.id === 'local-elections');
      delete (events[i].sources[0] as { quote?: string }).quote;
      return events;
    });
    expect(problems).toMatch(
      /^events\.json: entry \d+ \(local-elections\), field sources\.0\.quote: missing/m,
    );
  });

  it('names a viewer’s note that states a fact with no source', () => {
    const problems = problemsAfter('notes.json', (notes: { kind: string; sources: object[] }[]) => {
      const i = notes.findIndex((n) => n.kind === 'fact');
      notes[i].sources = [];
      return notes;
    });
    expect(problems).toMatch(/^notes\.json: entry \d+ \(.*\), field sources: a note that states a fact/m);
  });
});

describe('the story’s own sources', () => {
  // The features whose notes say more than how they were drawn (history, geography, who calls it what).
  const FACT_NOTES = [
    'north-kosovo',
    'lake-gazivode',
    'ibar-bridge',
    'banjska-monastery',
    'banjska-area',
    'ground-safety-zone',
    'kosovo-serbia-border',
  ];
  it.each(FACT_NOTES)('the note of %s has a quoted source', (id) => {
    const feature = SHIPPED_LAYER_IDS.flatMap((l) => shippedLayer(l)).find((f) => f.properties.id === id)!;
    expect(feature.properties.note).toBeTruthy();
    expect(feature.properties.noteSources.length).toBeGreaterThan(0);
  });
});
