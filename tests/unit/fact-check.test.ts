// The second fact-check (issue 24), one test per kind of error it found: each failed on the data of
// 793025c. Sources of the corrections are in the data itself (events.json, notes.json,
// geo/note-sources.json, geo/corrections.ts).
import { describe, expect, it } from 'vitest';
import { readSourceText } from '../../geo/lib/sourceFiles';
import { parseCsv } from '../../geo/lib/csv';
import { STORY, LINKS, CLAIMANTS } from './helpers/story';
import { SHIPPED_LAYER_IDS, shippedFeature, shippedLayer } from './helpers/shippedLayers';

const events = new Map(STORY.events.map((e) => [e.id, e]));
const features = SHIPPED_LAYER_IDS.flatMap((id) => shippedLayer(id));

describe('who says it', () => {
  it('every claimant the story defines speaks somewhere: in a link or an event', () => {
    const used = new Set([...LINKS.map((l) => l.claimant), ...STORY.events.flatMap((e) => e.reportedBy)]);
    expect(Object.keys(CLAIMANTS).filter((id) => !used.has(id))).toEqual([]);
  });

  it.each([
    ['banjska-attack', ['kosovo-prime-minister', 'serbian-president']],
    ['police-officers-arrested', ['kosovo-police', 'kosovo-prime-minister', 'serbian-president']],
  ])('%s, which the two sides tell differently, lists both', (id, sides) => {
    const event = events.get(id)!;
    expect(event.reportedBy).toEqual(expect.arrayContaining(sides));
    expect(event.note).toBeTruthy();
    expect(event.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('a phrase the article presents as what a speaker could not say is not that speaker’s claim', () => {
    const hedges = /(could not say whether|declined to comment on|did not say whether)[^.]*$/;
    for (const link of LINKS) {
      const passage = STORY.passages.find((p) => p.id === link.passageId)!.text;
      const before = passage.slice(0, passage.indexOf(link.phrase));
      if (hedges.test(before)) {
        expect(link.claimant, link.phrase).toBe('article');
        expect(link.note, link.phrase).toBeTruthy();
      }
    }
  });
});

describe('what the facts say', () => {
  it('the four mayors are not all called ethnic Albanians (North Mitrovica’s is a Bosniak)', () => {
    const text = [events.get('local-elections')!.note, ...STORY.notes.map((n) => n.text)].join(' ');
    expect(text).not.toMatch(/ethnic Albanian candidates won|The Albanian mayors/);
    expect(events.get('local-elections')!.note).toMatch(/Bosniak/);
  });

  it('North Mitrovica’s mayor took office on 19 May, the other three on 26 May', () => {
    const note = events.get('mayors-take-office')!.note!;
    expect(note).toMatch(/19 May/);
    expect(note).toMatch(/26 May/);
  });

  it('a source is credited to the agency its page names (the SCMP page is Bloomberg’s)', () => {
    const scmp = events.get('zvecan-clashes')!.sources.filter((s) => s.url.includes('scmp.com'));
    for (const s of scmp) expect(s.publisher).toMatch(/Bloomberg/);
  });

  it('the Ibar runs through Zubin Potok; Lake Gazivode’s Serbian part is its western end', () => {
    expect(shippedFeature('northKosovo', 'north-kosovo').properties.note).not.toMatch(/Zubin Potok west of/);
    const lake = shippedFeature('landmarks', 'lake-gazivode').properties.note!;
    expect(lake).not.toMatch(/northern arm/);
    expect(lake).toMatch(/western/);
  });

  it('the Ibar bridge is not said to be rebuilt by French KFOR in 2005, and the zone’s NATO page is not dated 19 April', () => {
    const bridge = shippedFeature('landmarks', 'ibar-bridge').properties;
    expect(bridge.note).toMatch(/June 2001/);
    expect(bridge.derivation).not.toMatch(/(?<!")rebuilt by French KFOR in 2005(?!")/);
    expect(shippedFeature('safetyZone', 'ground-safety-zone').properties.note).not.toMatch(/19 April 2001/);
  });
});

describe('a feature’s sources are about the feature', () => {
  const rows = parseCsv(readSourceText('points.csv'));
  it('a Wikipedia source is the article of the points.csv row the feature’s derivation names', () => {
    let checked = 0;
    for (const f of features)
      for (const s of f.properties.sources.filter((x) => x.id === 'wikipedia')) {
        const row = rows.find(
          (r) =>
            r.source_repo.endsWith('wikipedia.org') &&
            f.properties.derivation.includes(r.id) &&
            decodeURI(s.url) === `https://${r.source_repo}${r.source_path}`,
        );
        expect(row, `${f.properties.id}: ${s.url}`).toBeTruthy();
        checked++;
      }
    expect(checked).toBeGreaterThanOrEqual(4);
    expect(shippedFeature('landmarks', 'ibar-bridge').properties.sources[0].url).toBe(
      'https://ru.wikipedia.org/wiki/%D0%98%D0%B1%D0%B0%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%BE%D1%81%D1%82',
    );
  });
});
