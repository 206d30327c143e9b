// Proposals an editor can trust (issue 27): a person's name is not a place, the map's own feature
// beats a gazetteer point of the same name, and a proposal says why it is doubtful.
import { describe, expect, it } from 'vitest';
import { geoparse, type Mention } from '../../src/geoparse/geoparse';
import { placeIndex } from '../../scripts/geoparse/gazetteerFile';
import { PIPELINE_REGION, readRegion } from '../../scripts/region/readRegion';

const index = placeIndex();
const region = readRegion(PIPELINE_REGION).geoparser;
const parse = (text: string) => geoparse(text, index, { region }).mentions;
const texts = (mentions: Mention[]) => mentions.map((m) => m.text);
const one = (text: string, surface: string) => {
  const found = parse(text).filter((m) => m.text === surface);
  expect(found, `${surface} in “${text}”`).toHaveLength(1);
  return found[0];
};

describe('a person’s name is not a place', () => {
  it('after an Albanian or a Serbian given name: Afrim Bunjaku, Arben Morina, Dragana Kamenica, Dren Gashi', () => {
    expect(texts(parse('Sergeant Afrim Bunjaku was killed near Banjska.'))).toEqual(['Banjska']);
    expect(texts(parse('Arben Morina met Dragana Kamenica in Gjilan on Monday.'))).toEqual(['Gjilan']);
    expect(texts(parse('The officer, Dren Gashi, was wounded in Zvečan.'))).toEqual(['Zvečan']);
    expect(texts(parse('Judge Violeta Berisha read the verdict in Prizren.'))).toEqual(['Prizren']);
    expect(texts(parse('Драгана Каменица је адвокат у Гњилану.'))).toEqual(['Гњилану']);
  });

  it('after a title or a role: spokesman Kamenica, Sergeant Dren, Mr Morina, Ms. Berisha, the mayor Kastrati', () => {
    for (const text of [
      'Police spokesman Kamenica confirmed the arrests.',
      'Sergeant Dren was on patrol that night.',
      'Mr Morina declined to comment.',
      'Ms. Berisha left the court.',
      'The minister, Gashi, was not there; the mayor Kastrati was.',
    ])
      expect(parse(text), text).toEqual([]);
  });

  it('before a verb of saying, unless the place can speak for a government: Kamenica said, Belgrade said', () => {
    expect(parse('“We heard shots,” Kamenica said.')).toEqual([]);
    expect(parse('Morina told reporters that the road was open.')).toEqual([]);
    expect(parse('“It is calm,” said Berisha.')).toEqual([]);
    expect(texts(parse('Belgrade said the report was false, and Serbia denied it.'))).toEqual([
      'Belgrade',
      'Serbia',
    ]);
    expect(texts(parse('Officials said Kamenica was calm.'))).toEqual(['Kamenica']);
  });

  it('once a surname, throughout the text, but not after a word of place: Kamenica the lawyer, Kamenica the town', () => {
    const text =
      'The lawyer, Ilir Kamenica, said his client would appeal. Kamenica’s office is in Gjilan. ' +
      'The contracts were signed by the assembly in Kamenica, Kamenica told reporters. ' +
      'Kamenica municipality officials agreed.';
    const found = parse(text);
    expect(texts(found)).toEqual(['Gjilan', 'Kamenica', 'Kamenica']);
    expect(found[1].start).toBe(text.indexOf('in Kamenica') + 3);
    expect(found[2].start).toBe(text.indexOf('Kamenica municipality'));
  });

  it('is not found in a hyphenated or compound word: Vice-president, Vice President, Mitrovica-based, pro-Kosovo', () => {
    expect(parse('The Vice-president of the party resigned.')).toEqual([]);
    expect(parse('The Vice President of the Commission spoke.')).toEqual([]);
    expect(parse('A Mitrovica-based group and a pro-Kosovo lobby met.')).toEqual([]);
    // Two places joined by a dash stay two places.
    expect(texts(parse('The Belgrade-Pristina talks resumed.'))).toEqual(['Belgrade', 'Pristina']);
  });
});

describe('a feature of the story’s map beats a gazetteer point of the same name', () => {
  it('the lake under every name the text gives it, the village when the text says village', () => {
    for (const [text, surface] of [
      ['Engineers inspected the dam at Gazivode on Monday.', 'Gazivode'],
      ['Gazivode lake is the largest reservoir in Kosovo.', 'Gazivode lake'],
      ['The level of Lake Gazivode fell.', 'Lake Gazivode'],
      ['Water from the Gazivode reservoir cools the plant.', 'Gazivode reservoir'],
      ['Albanians call the reservoir Ujmani.', 'Ujmani'],
    ])
      expect(one(text, surface).place.featureId, text).toBe('lake-gazivode');
    expect(one('The old village of Gazivode was flooded in 1977.', 'Gazivode').place.featureId).toBe(
      'geonames-790752',
    );
  });

  it('the attack’s area for “the next Banjska” when the text speaks of the attack; the monastery and the village otherwise', () => {
    const attack = 'A year after the attack, officials warned that Serbia was preparing the next Banjska.';
    expect(one(attack, 'Banjska').place.featureId).toBe('banjska-area');
    expect(one('The monks of the monastery at Banjska held a service.', 'Banjska').place.featureId).toBe(
      'banjska-monastery',
    );
    expect(one('Residents of the village of Banjska saw nothing.', 'Banjska').place.featureId).toBe(
      'village-banjska',
    );
  });

  it('the crossing: the Jarinje crossing, Jarinje Crossing, “crossed at Brnjak”', () => {
    expect(one('Trucks queued at the Jarinje crossing.', 'Jarinje crossing').place.featureId).toBe(
      'crossing-jarinje',
    );
    expect(one('Trucks queued at Jarinje Crossing.', 'Jarinje Crossing').place.featureId).toBe(
      'crossing-jarinje',
    );
    expect(one('The convoy crossed at Brnjak after midnight.', 'Brnjak').place.featureId).toBe(
      'crossing-brnjak',
    );
  });
});

describe('a proposal says how sure it is and why it doubts', () => {
  it('lists the candidates it weighed, best first, with their shares', () => {
    const m = one('Clashes broke out in Kamenica.', 'Kamenica');
    expect(m.candidates.length).toBeGreaterThan(1);
    expect(m.candidates[0]).toMatchObject({ name: m.place.name, lat: m.place.lat, lon: m.place.lon });
    for (let i = 1; i < m.candidates.length; i++)
      expect(m.candidates[i].score).toBeLessThanOrEqual(m.candidates[i - 1].score);
    expect(m.candidates.reduce((sum, c) => sum + c.score, 0)).toBeCloseTo(1, 2);
  });

  it('gives its reasons as codes: a close second, a person-like context, a common word, a case form', () => {
    const close = one('Clashes broke out in Kamenica.', 'Kamenica');
    expect(close.doubts.map((d) => d.reason)).toContain('close-second');
    expect(close.doubts.find((d) => d.reason === 'close-second')?.other?.name).toBe(close.candidates[1].name);
    const person = one('The statement was signed by Krasniqi and Morina.', 'Morina');
    expect(person.doubts.map((d) => d.reason)).toContain('person-like');
    expect(one('Troops moved into northern Kosovo.', 'northern Kosovo').doubts).toEqual([]);
  });

  it('flags every proposal under 0.5, and never one with a doubt at 0.8 or more', () => {
    const text =
      'Clashes broke out in Kamenica and Bare. The statement was signed by Krasniqi and Morina. ' +
      'Troops moved from Belgrade to Raška and into northern Kosovo near Zvečan.';
    for (const m of parse(text)) {
      expect(Boolean(m.lowConfidence), m.text).toBe(m.confidence < 0.5);
      if (m.doubts.length) expect(m.confidence, m.text).toBeLessThan(0.8);
      if (m.confidence < 0.5) expect(m.doubts.length, m.text).toBeGreaterThan(0);
    }
  });
});
