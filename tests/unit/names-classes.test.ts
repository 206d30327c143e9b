// The classes of name error the second fact-check found in the villages of the north (issue 24), one
// test each; each failed on the names of 793025c. The correction rows, with their sources, are in
// geo/corrections.ts.
import { describe, expect, it } from 'vitest';
import { SHIPPED_LAYER_IDS, shippedLayer } from './helpers/shippedLayers';

const inKosovo = SHIPPED_LAYER_IDS.flatMap((id) => shippedLayer(id)).filter(
  (f) => f.properties.country === 'XK',
);
const named = inKosovo.filter((f) => f.properties.name.sq && f.properties.name['sr-Latn']);
const count = (text: string, part: string) => text.toLowerCase().split(part).length - 1;

/** Villages whose Albanian and Serbian names are different words, not spellings of one (by their sources). */
const DIFFERENT_NAMES: Record<string, string> = {
  // GeoNames gives the Albanian spelling of the other Serbian name of the hamlet, Živodere.
  'geonames-830040': 'Zhivodere / Vukadinovići',
};

/** Albanian forms left empty on purpose, with why. */
const NO_SECOND_SOURCE: Record<string, string> = {
  'station-donje-jarinje':
    'the village’s GeoNames form "Jarinja e Poshtëme" is itself doubtful (the qualifier is "e Poshtme") and no second source gives one',
};

describe('names of the shipped places in Kosovo', () => {
  it('a place named like another keeps that place’s Albanian name (a station, a crossing)', () => {
    const albanianOf = new Map(
      inKosovo
        .filter((f) => f.properties.name.sq)
        .map((f) => [f.properties.name['sr-Latn'], f.properties.name.sq]),
    );
    const missing = inKosovo
      .filter((f) => !f.properties.name.sq && albanianOf.has(f.properties.name['sr-Latn']))
      .map((f) => f.properties.id)
      .filter((id) => !NO_SECOND_SOURCE[id]);
    expect(missing).toEqual([]);
  });

  it('the Albanian qualifiers keep their ë (i Epërm, e Epërme, i Poshtëm, i Ulët, i Vogël)', () => {
    const lost = named
      .map((f) => f.properties.name.sq!)
      .filter((sq) => /(?<!\p{L})(Eperm|Epermë|Eperme|Epërmë|Poshtem|Ulet|Vogel)(?!\p{L})/u.test(sq));
    expect(lost).toEqual([]);
  });

  it('an Albanian name keeps the ç of a Serbian č at its start (Çabër, not Cabrë), and Ç is Č, Q is Ć', () => {
    const wrong = named.filter(({ properties: { name } }) => {
      const [sq, sr] = [name.sq![0], name['sr-Latn']![0]];
      return (
        (sr === 'Č' && sq !== 'Ç') ||
        (sq === 'Ç' && sr !== 'Č') ||
        (sq === 'Q' && sr !== 'Ć') ||
        (sr === 'Ć' && sq !== 'Q')
      );
    });
    expect(wrong.map((f) => `${f.properties.name.sq} / ${f.properties.name['sr-Latn']}`)).toEqual([]);
  });

  it('no letter of a Serbian ž is dropped from the Albanian zh: Zhazhë / Žaža, not Zhahë', () => {
    // "Južna" (south) is a qualifier that Albanian says with another word (e Jugut).
    const garbled = named.filter(({ properties: { id, name } }) => {
      if (DIFFERENT_NAMES[id]) return false;
      const [sq, sr] = [name.sq!, name['sr-Latn']!.replace(/^Južna /, '')];
      return count(sr, 'ž') !== count(sq, 'zh');
    });
    expect(garbled.map((f) => `${f.properties.name.sq} / ${f.properties.name['sr-Latn']}`)).toEqual([]);
  });

  it('no vowel but ë breaks the Serbian name’s first consonant cluster: Sllatinë / Slatina, not Silatinë (issue 35)', () => {
    // Albanian breaks a cluster with ë (Kërligatë, Rëvatskë, Sërboc); an i there is a letter misread.
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const vowel = /[aeiouy]/;
    const misread = named.filter(({ properties: { name } }) => {
      const [sr, sq] = [fold(name['sr-Latn']!), fold(name.sq!)];
      return (
        !vowel.test(sr[0]) && !vowel.test(sr[1]) && sq[0] === sr[0] && /[aiou]/.test(sq[1]) && sq[2] === sr[1]
      );
    });
    expect(misread.map((f) => `${f.properties.name.sq} / ${f.properties.name['sr-Latn']}`)).toEqual([]);
  });
});
