// The desk's place search: letters folded, best matches first, nothing but what matches.
import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../src/ui/placeSearch';

const options = [
  { id: 'station-donje-jarinje', label: 'Donje Jarinje', detail: 'Railway station, XK' },
  { id: 'crossing-jarinje', label: 'Jarinje / Jarinjë (Jarinje crossing)', detail: 'Border crossing, XK' },
  { id: 'town-zvecan', label: 'Zvečan / Zveçan', detail: 'Town, XK' },
  { id: 'town-mitrovica-south', label: 'Mitrovicë / Mitrovica', detail: 'Town, XK' },
  { id: 'village-gornje-jarinje', label: 'Gornje Jarinje', detail: 'Village, XK' },
];
const ids = (query: string) => searchPlaces(options, query, 10).map((o) => o.id);

describe('the desk’s place search', () => {
  it('puts a name that starts with the words typed before one that only contains them', () => {
    expect(ids('Jarinje')).toEqual(['crossing-jarinje', 'station-donje-jarinje', 'village-gornje-jarinje']);
  });
  it('folds letters: Zvecan finds Zvečan, mitrovice finds Mitrovicë', () => {
    expect(ids('Zvecan')).toEqual(['town-zvecan']);
    expect(ids('mitrovice')).toEqual(['town-mitrovica-south']);
  });
  it('finds by kind or id only after names, and lists nothing that does not match', () => {
    expect(ids('crossing')).toEqual(['crossing-jarinje']);
    expect(ids('railway')).toEqual(['station-donje-jarinje']);
    expect(ids('Belgrade')).toEqual([]);
  });
  it('keeps the options’ own order when nothing is typed, up to the limit', () => {
    expect(searchPlaces(options, '  ', 2).map((o) => o.id)).toEqual([
      'station-donje-jarinje',
      'crossing-jarinje',
    ]);
  });
});
