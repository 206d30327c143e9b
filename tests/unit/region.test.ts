// The region is data (regions/<id>.json): the real story names its region, a fixture region built from
// Natural Earth and cities500 only (North Macedonia, tests/fixtures/) opens through the same loaders, and a bad
// region file is reported with its field.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '../../scripts/story/bundle';
import {
  FIXTURE_REGIONS_DIR,
  FIXTURE_STORIES_DIR,
  readRegion,
  REGIONS_DIR,
} from '../../scripts/region/readRegion';
import { siteStories } from '../../scripts/story/siteStories';
import { displayName, nameRows, namesInOrder } from '../../src/domain/names';
import { parseRegion, RegionError } from '../../src/region/parseRegion';
import { STORY } from './helpers/story';
import { changedCopy, editJson, problemsOf, removeCopies, tempStories } from './helpers/bundleCopy';

afterEach(removeCopies);

const FIXTURE = 'macedonia-rain';
const fixtureStory = () =>
  readBundle(FIXTURE, { storiesDir: FIXTURE_STORIES_DIR, regionsDirs: [REGIONS_DIR, FIXTURE_REGIONS_DIR] });

describe('the fixture region (North Macedonia)', () => {
  it('loads with its story through the loaders of the real story: schema-valid, its region with it', () => {
    const story = fixtureStory();
    expect(story.region.id).toBe('north-macedonia');
    expect(story.region).toEqual(readRegion('north-macedonia', [FIXTURE_REGIONS_DIR]));
    expect(story.places?.map((f) => f.properties.id)).toContain('town-cair');
  });

  it("shows names in the region's order: the Macedonian form, then the English one in lists", () => {
    const { region, places } = fixtureStory();
    const cair = places!.find((f) => f.properties.id === 'town-cair')!.properties;
    expect(namesInOrder(cair, 'local', region.names)).toEqual(['Čair']);
    expect(displayName(cair, 'local', region.names)).toBe('Čair (Cair)');
    expect(namesInOrder(cair, 'en', region.names)).toEqual(['Cair']);
    expect(nameRows(cair, 'local', region.names)).toEqual([
      { label: 'Macedonian (Latin script)', lang: 'mk-Latn', value: 'Čair' },
      { label: 'English', lang: 'en', value: 'Cair' },
    ]);
  });

  it("is refused when a place lacks one of the region's languages", () => {
    const stories = tempStories();
    cpSync(join(FIXTURE_STORIES_DIR, FIXTURE), join(stories, FIXTURE), { recursive: true });
    const file = join(stories, FIXTURE, 'places.geojson');
    const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { name: object } }[] };
    fc.features[2].properties.name = { en: 'Cair' };
    writeFileSync(file, JSON.stringify(fc));
    expect(() =>
      readBundle(FIXTURE, { storiesDir: stories, regionsDirs: [REGIONS_DIR, FIXTURE_REGIONS_DIR] }),
    ).toThrow(/places\.geojson: features\.2\.properties\.name\.mk-Latn: no "mk-Latn" name/);
  });

  it('reaches the build only when asked (SITUATION_FIXTURES), openable by its slug but not listed', () => {
    const slugs = (stories: ReturnType<typeof siteStories>) =>
      stories.map(({ story, listed }) => [story.slug, listed]);
    expect(slugs(siteStories()).map(([slug]) => slug)).not.toContain(FIXTURE);
    const withFixtures = slugs(siteStories({ fixtures: true }));
    expect(withFixtures).toContainEqual([FIXTURE, false]);
    expect(withFixtures.filter(([, listed]) => listed)).toEqual([['liberation-2023-09-29', true]]);
  });
});

describe('the real story', () => {
  it('names its region, kosovo-serbia, and keeps its names in the same order', () => {
    expect(STORY.meta.region).toBe('kosovo-serbia');
    expect(STORY.region.id).toBe('kosovo-serbia');
    const names = STORY.region.names;
    const place = (country: string, localLanguage: 'sq' | 'sr' | 'tr' | null) => ({
      name: { en: 'Zvečan', sq: 'Zveçan', 'sr-Latn': 'Zvečan', 'sr-Cyrl': 'Звечан' },
      country,
      localLanguage,
    });
    expect(namesInOrder(place('XK', 'sr'), 'local', names)).toEqual(['Zvečan', 'Zveçan']);
    expect(namesInOrder(place('XK', 'tr'), 'local', names)).toEqual(['Zveçan', 'Zvečan']);
    expect(namesInOrder(place('XK', 'sr'), 'sr-Cyrl', names)).toEqual(['Звечан', 'Zveçan']);
    expect(namesInOrder(place('RS', 'sr'), 'local', names)).toEqual(['Zvečan']);
    expect(namesInOrder(place('RS', 'sr'), 'sq', names)).toEqual(['Zveçan', 'Zvečan']);
    expect(namesInOrder(place('ME', null), 'sq', names)).toEqual(['Zvečan']);
  });

  it('is refused when it names a region that has no file', () => {
    const dir = changedCopy((d) =>
      editJson(join(d, 'story.json'), (story: object) => ({ ...story, region: 'atlantis' })),
    );
    expect(problemsOf(dir)).toMatch(
      /^story\.json: field region: no region "atlantis" \(no regions\/atlantis\.json\)$/m,
    );
  });
});

describe('a region file', () => {
  const text = readFileSync(join(REGIONS_DIR, 'kosovo-serbia.json'), 'utf8');
  const broken = (change: (region: Record<string, unknown>) => void) => {
    const region = JSON.parse(text) as Record<string, unknown>;
    change(region);
    return () => parseRegion(JSON.stringify(region), 'regions/kosovo-serbia.json');
  };

  it('names the field that is wrong', () => {
    expect(broken((r) => (r.maxBounds = [24, 40, 17, 45]))).toThrow(
      /regions\/kosovo-serbia\.json:\n {2}field maxBounds: expected \[west, south, east, north\]/,
    );
    expect(broken((r) => delete r.baseMapGaps)).toThrow(/field baseMapGaps: /);
    expect(
      broken(
        (r) => ((r.names as { countries: Record<string, { forms: string[] }> }).countries.XK.forms = ['tr']),
      ),
    ).toThrow(/field names\.countries\.XK\.forms\.0: "tr" is not one of names\.languages/);
    expect(broken((r) => (r.territoryColor = 'white'))).toThrow(RegionError);
  });

  it('is the one its name says', () => {
    expect(() => parseRegion(text, 'regions/north-macedonia.json', 'north-macedonia')).toThrow(
      /field id: "kosovo-serbia", but the file is asked for as "north-macedonia"/,
    );
  });
});

describe("the region's colours", () => {
  it('the territory fill and its legend swatch take the region’s territoryColor; other colours stay', async () => {
    const { inRegionColours } = await import('../../src/cartography/storyLayers');
    const { STORY_LAYERS } = await import('./helpers/story');
    const kosovo = STORY_LAYERS.filter((l) => l.kind === 'territory');
    expect(kosovo.length).toBeGreaterThan(0);
    const recoloured = inRegionColours(kosovo, '#eeddcc');
    const text = JSON.stringify(recoloured.map((l) => l.style));
    expect(text).toContain('"#eeddcc"');
    expect(text).not.toContain('"#fbfaf6"');
    expect(recoloured[0].style.legend[0].color).toBe('#eeddcc');
    expect(JSON.stringify(kosovo.map((l) => l.style)).replaceAll('#fbfaf6', '#eeddcc')).toBe(text);
  });
});
