// The card's candidates: every place the geoparser weighed, best first, with its score — a shipped
// feature, a place of the story's own (found by the gazetteer id it was made from), or a gazetteer
// point the map does not have, which the card describes (kind, where, distance, GeoNames id) but
// cannot choose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../src/desk/candidates';
import { placeFeatureId } from '../../src/features/placeId';
import type { FeatureIndexEntry } from '../../src/domain/featureIndex';
import type { SituationFeature } from '../../src/domain/schema';
import type { ArticleLink, Candidate } from '../../src/story/schema';
import { readBundle } from '../../scripts/story/bundle';
import { GAZETTEER_OPTION, gazetteerOptions } from '../../src/desk/gazetteerOptions';
import { searchPlaces } from '../../src/ui/placeSearch';
import type { Gazetteer } from '../../src/geoparse/gazetteer';

const layer = (file: string) =>
  (JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as { features: SituationFeature[] }).features;
const index = new Map<string, FeatureIndexEntry>();
for (const [layerId, file] of [
  ['municipalities', 'kosovo-municipalities.geojson'],
  ['places', 'places.geojson'],
] as const)
  for (const feature of layer(file)) index.set(feature.properties.id, { layerId, feature });

// The story's own place for the town of Kamenica (GeoNames 789227), as the new-story page makes it.
const townId = placeFeatureId({ name: 'Kamenica', geonamesId: 789227 });
const town = layer('places.geojson')[0];
index.set(townId, {
  layerId: 'storyPlaces',
  feature: {
    ...town,
    id: townId,
    properties: { ...town.properties, id: townId, name: { ...town.properties.name, en: 'Kamenica' } },
    geometry: { type: 'Point', coordinates: [21.58028, 42.57806] },
  },
});

const candidate = (c: Partial<Candidate> & Pick<Candidate, 'geonamesId' | 'score'>): Candidate => ({
  name: 'Kamenica',
  lat: 0,
  lon: 0,
  kind: 'village',
  featureId: null,
  country: 'XK',
  ...c,
});
const link: ArticleLink = {
  featureId: townId,
  passageId: 'p1',
  phrase: 'Kamenica',
  claimant: 'article',
  note: null,
  status: 'proposed',
  proposal: {
    confidence: 0.55,
    doubt: null,
    candidates: [
      candidate({ kind: 'town', geonamesId: 789227, lat: 42.57806, lon: 21.58028, score: 0.55 }),
      candidate({
        featureId: 'geonames-789627',
        geonamesId: 789627,
        lat: 43.01722,
        lon: 20.81972,
        score: 0.3,
      }),
      candidate({ geonamesId: 830348, lat: 42.26417, lon: 21.21639, score: 0.1 }),
      candidate({ geonamesId: 3198410, lat: 44.343, lon: 19.72333, country: 'RS', score: 0.05 }),
    ],
  },
};
const other: ArticleLink = { ...link, featureId: 'town-zvecan', phrase: 'Zvečan', proposal: undefined };

const rules = readBundle('liberation-2023-09-29').region.names;
const cards = candidatesFor(link, townId, [other], index, 'local', rules, (k) => k);

describe('the card’s candidates', () => {
  it('lists every place the geoparser weighed, best first, each with its score and GeoNames id', () => {
    expect(cards.map((c) => [c.sourceId, c.score])).toEqual([
      ['GeoNames 789227', 0.55],
      ['GeoNames 789627', 0.3],
      ['GeoNames 830348', 0.1],
      ['GeoNames 3198410', 0.05],
    ]);
  });
  it('finds the story’s own place by the gazetteer id it was made from: proposed and current', () => {
    expect(cards[0]).toMatchObject({ featureId: townId, proposed: true, current: true });
    expect(cards[1]).toMatchObject({ featureId: 'geonames-789627' });
  });
  it('describes a gazetteer point the map does not have, and does not offer it as a choice', () => {
    expect(cards[2]).toMatchObject({ featureId: null, kind: 'village', name: 'Kamenica' });
    expect(cards[2].where).toMatch(/, Kosovo$/);
    expect(cards[2].kmFromOthers).toBeGreaterThan(40);
    expect(cards[3]).toMatchObject({ featureId: null, where: 'Serbia' });
  });
});

describe('the place search beyond the map', () => {
  const gazetteer = JSON.parse(readFileSync('public/geoparse/gazetteer.json', 'utf8')) as Gazetteer;
  const every = gazetteerOptions(gazetteer.places, (k) => k);
  const options = every.map((g) => g.option);
  it('offers every gazetteer place that is no shipped feature, saying it is not on the map yet', () => {
    const ids = options.map((o) => o.id);
    expect(ids).toContain(`${GAZETTEER_OPTION}gn:792877`);
    expect(ids).toContain(`${GAZETTEER_OPTION}gn:3198410`);
    // A shipped feature (Kamenica in Leposavić), and the second record of a shipped feature's GeoNames
    // id (Zupç: the map's Zupče, geonames-783781), are the map's.
    expect(ids).not.toContain(`${GAZETTEER_OPTION}f:geonames-789627`);
    expect(ids).not.toContain(`${GAZETTEER_OPTION}gn:783781`);
    expect(options.find((o) => o.id.endsWith('gn:3198410'))?.detail).toBe(
      'village, Serbia · GeoNames 3198410 · not on this map yet',
    );
    // The id its feature gets, to leave it out once the story has it.
    expect(every.find((g) => g.option.id.endsWith('gn:789227'))?.featureId).toBe('place-kamenica-789227');
  });
  it('comes after the map’s places of the same name in a search', () => {
    const map = [{ id: 'geonames-789627', label: 'Kamenica / Kamenicë', detail: 'Village, Leposavić' }];
    const found = searchPlaces([...map, ...options], 'Kamenica', 30).map((o) => o.id);
    expect(found[0]).toBe('geonames-789627');
    expect(found).toContain(`${GAZETTEER_OPTION}gn:3198410`);
  });
});
