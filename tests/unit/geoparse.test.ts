// The geoparser on the hard cases, one by one, and its command line's JSON contract.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { geoparse, type Mention } from '../../src/geoparse/geoparse';
import { tokenize } from '../../src/geoparse/text';
import { inflections } from '../../src/geoparse/inflect';
import { GAZETTEER_FILE, placeIndex, readGazetteer } from '../../scripts/geoparse/gazetteerFile';
import { STARTS_NPM_SCRIPT_MS } from './helpers/budgets';
import { PIPELINE_REGION, readRegion } from '../../scripts/region/readRegion';

const index = placeIndex();
const region = readRegion(PIPELINE_REGION).geoparser;
const parse = (text: string, options = {}) => geoparse(text, index, { region, ...options }).mentions;
const texts = (mentions: Mention[]) => mentions.map((m) => m.text);
const one = (text: string, surface: string, options = {}) => {
  const found = parse(text, options).filter((m) => m.text === surface);
  expect(found, `${surface} in “${text}”`).toHaveLength(1);
  return found[0];
};

describe('finding place names', () => {
  it('takes the longest name: Northern Kosovo over Kosovo, Banjska Monastery over Banjska', () => {
    expect(one('Troops moved into northern Kosovo.', 'northern Kosovo').place.featureId).toBe('north-kosovo');
    expect(one('They fled to the Banjska Monastery at dawn.', 'Banjska Monastery').place.featureId).toBe(
      'banjska-monastery',
    );
    expect(texts(parse('Traffic at the Kosovo–Serbia border was stopped.'))).toEqual([
      'Kosovo–Serbia border',
    ]);
  });

  it('keeps word boundaries: no place inside a longer word', () => {
    expect(parse('The Serbianisation of Kosovoish policies.')).toEqual([]);
  });

  it('leaves out names inside organisations by default, and reports them marked on request', () => {
    const text =
      'The Kosovo Police and the Serb List met at the University of Pristina. Kosovo Liberation Army veterans marched.';
    expect(parse(text)).toEqual([]);
    const withOrgs = parse(text, { organisations: true });
    expect(withOrgs.map((m) => [m.text, m.role])).toEqual([
      ['Kosovo', 'organisation'],
      ['Pristina', 'organisation'],
      ['Kosovo', 'organisation'],
    ]);
  });

  it('leaves out adjectives and peoples by default, and reports them marked on request', () => {
    const text = 'Serbian troops and Kosovo Serbs gathered near Zvečan.';
    expect(texts(parse(text))).toEqual(['Zvečan']);
    const withAdjectives = parse(text, { adjectives: true });
    expect(withAdjectives.filter((m) => m.role === 'adjective').map((m) => m.text)).toEqual([
      'Serbian',
      'Kosovo',
      'Serbs',
    ]);
  });

  it('does not take a person’s name for a place: Milan Radoičić, Jake Sullivan, a surname later', () => {
    expect(parse('Milan Radoičić said he had organised the group.')).toEqual([]);
    expect(parse('Adviser Jake Sullivan spoke with Albin Kurti.')).toEqual([]);
  });

  it('does not take a common word opening a sentence for a village, but takes it as a name inside one', () => {
    expect(parse('Bare shelves told their own story.')).toEqual([]);
    expect(one('Police reached the hamlet of Bare before dawn.', 'Bare').place.kind).toMatch(/village|town/);
  });

  it('reads Serbian Cyrillic, cases included: Звечану is Zvečan, Косова is Kosovo', () => {
    expect(one('У Звечану је повређено 30 војника.', 'Звечану').place.name).toBe('Zvečan');
    expect(one('Напетост на северу Косова.', 'Косова').place.featureId).toBe('kosovo');
    expect(one('Војска у Рашки.', 'Рашки').place.name).toBe('Raška');
  });

  it('reads Albanian definite and indefinite forms: Mitrovicë, Mitrovica, Zveçanit, Leposaviq, Kosova', () => {
    expect(one('Police in Mitrovicë said so.', 'Mitrovicë').place.lat).toBeCloseTo(42.88, 1);
    expect(one('in the municipality of Zveçanit today', 'Zveçanit').place.featureId).toBe(
      'municipality-zvecan',
    );
    expect(one('Units were sent to Leposaviq.', 'Leposaviq').place.name).toBe('Leposavić');
    expect(one('Kosova declared independence in 2008.', 'Kosova').place.featureId).toBe('kosovo');
  });

  it('reads names without diacritics: Zvecan, Leposavic, Raska, Nis', () => {
    for (const [surface, name] of [
      ['Zvecan', 'Zvečan'],
      ['Leposavic', 'Leposavić'],
      ['Raska', 'Raška'],
      ['Nis', 'Niš'],
    ])
      expect(one(`Reporters went to ${surface} on Friday.`, surface).place.name).toBe(name);
  });

  it('generates the case forms of a name, by the language its letters show', () => {
    expect(inflections('Mitrovicë')).toEqual(expect.arrayContaining(['Mitrovica', 'Mitrovicës']));
    expect(inflections('Zveçan')).toEqual(expect.arrayContaining(['Zveçani', 'Zveçanit']));
    expect(inflections('Raška')).toEqual(expect.arrayContaining(['Raške', 'Rašku']));
    expect(inflections('Zubin Potok')).toEqual(expect.arrayContaining(['Zubin Potoku']));
  });
});

describe('resolving places', () => {
  it('prefers the story’s feature, and the municipality when the text says municipality', () => {
    expect(one('Clashes broke out in Zvečan.', 'Zvečan').place.featureId).toBe('town-zvecan');
    expect(one('The municipality of Zvečan has 17,000 inhabitants.', 'Zvečan').place.featureId).toBe(
      'municipality-zvecan',
    );
  });

  it('places an ambiguous name by the places around it: the Banjska near Vushtrri, Gračanica in Kosovo', () => {
    const near = one('Residents of Banjska, a village near Vushtrri, saw nothing.', 'Banjska');
    expect(near.place.geonamesId).toBe(792911);
    const gracanica = one('A convoy travelled from Peć to Gračanica, in Kosovo.', 'Gračanica');
    expect(gracanica.place.country).toBe('XK');
  });

  it('takes a country over a city of the same name, and places it inside the country', () => {
    expect(one('Officials from Mexico arrived.', 'Mexico').place.kind).toBe('country');
    const russia = one('Russia objected.', 'Russia').place;
    expect(russia.country).toBe('RU');
  });

  it('marks low-confidence mentions as proposals', () => {
    for (const m of parse(
      readFileSync(resolve(import.meta.dirname, '../geoparse/gold/ambiguous.txt'), 'utf8'),
    ))
      expect(Boolean(m.lowConfidence)).toBe(m.confidence < 0.5);
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets into the text, past emoji and Cyrillic, and the slice is the mention’s text', () => {
    const text = '🇽🇰 Вести: “Serbia’s troops” left Звечан for Raška.';
    const mentions = parse(text);
    expect(texts(mentions)).toEqual(['Serbia', 'Звечан', 'Raška']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('tokenises possessives without the ’s', () => {
    expect(tokenize('Kosovo’s north').map((t) => t.text)).toEqual(['Kosovo', 'north']);
  });
});

describe('the gazetteer', () => {
  const gazetteer = readGazetteer();

  it('is valid, holds the shipped features that are named places, and stays within 300 kB gzipped', () => {
    const ids = new Set(gazetteer.places.map((p) => p.featureId));
    for (const id of [
      'kosovo-serbia-border',
      'north-kosovo',
      'municipality-zvecan',
      'banjska-monastery',
      'village-banjska',
    ])
      expect(ids.has(id), id).toBe(true);
    expect(gzipSync(readFileSync(GAZETTEER_FILE)).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('keeps one place per GeoNames record that is a shipped feature (merged, not doubled)', () => {
    const zvecan = gazetteer.places.filter((p) => p.geonamesId === 783770);
    expect(zvecan.map((p) => p.id)).toEqual(['f:town-zvecan']);
  });
});

describe('npm run geoparse -- <file> --json', () => {
  it(
    'prints one JSON object whose mentions slice the file’s text exactly, with valid coordinates',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'geoparse-'));
      try {
        const file = join(dir, 'text.txt');
        const text = 'Émigrés 🇷🇸 in Београд and Mitrovicë watched northern Kosovo.\n';
        writeFileSync(file, text);
        const out = execFileSync('npm', ['run', '--silent', 'geoparse', '--', file, '--json'], {
          encoding: 'utf8',
        });
        const parsed = JSON.parse(out) as { mentions: Mention[] };
        expect(Object.keys(parsed)).toEqual(['mentions']);
        expect(parsed.mentions.map((m) => m.text)).toEqual(['Београд', 'Mitrovicë', 'northern Kosovo']);
        for (const m of parsed.mentions) {
          // The contract's keys, in its order; the library's review data (candidates, doubts) stay out.
          expect(Object.keys(m).filter((k) => k !== 'role' && k !== 'lowConfidence')).toEqual([
            'start',
            'end',
            'text',
            'place',
            'confidence',
          ]);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(Math.abs(m.place.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(m.place.lon)).toBeLessThanOrEqual(180);
          expect(m.confidence).toBeGreaterThan(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          expect(Object.keys(m.place).sort()).toEqual(
            ['country', 'featureId', 'geonamesId', 'kind', 'lat', 'lon', 'name'].sort(),
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx: see helpers/budgets.ts
});
