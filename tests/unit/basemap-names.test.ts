// Names in the base map's tiles (issue 36 §4): OSM's one `name` split into the Albanian, Serbian Latin
// and Serbian Cyrillic forms by the letters of geo/lib/names.ts, the Latin form for `names=en`, and
// `shipped_id` on labels that stand for a feature the story's layers already draw.
import { describe, expect, it } from 'vitest';
import { splitOsmName } from '../../geo/basemap/tileNames';
import { ShippedIndex } from '../../geo/basemap/shippedIds';
import { tileFeatures } from './helpers/basemap';

describe('splitting an OSM name', () => {
  it('splits Kosovo’s two-language names into their forms, whichever comes first', () => {
    expect(splitOsmName('Banjë - Banja', 'XK', 'sq')).toEqual({
      name_sq: 'Banjë',
      name_sr: 'Banja',
      name_sr_cyrl: 'Бања',
      name_latin: 'Banjë',
    });
    expect(splitOsmName('Goraždevac - Gorazhdec', 'XK', 'sq')).toMatchObject({
      name_sq: 'Gorazhdec',
      name_sr: 'Goraždevac',
    });
    expect(splitOsmName('Severna Kosovska Mitrovica - Mitrovicë Veriore', 'XK', 'sr')).toEqual({
      name_sq: 'Mitrovicë Veriore',
      name_sr: 'Severna Kosovska Mitrovica',
      name_sr_cyrl: 'Северна Косовска Митровица',
      name_latin: 'Severna Kosovska Mitrovica',
    });
    // Two Albanian forms (a new and an old name): the first; no Serbian form is invented.
    expect(splitOsmName('Orobërdë / Arbanë', 'XK', 'sq')).toEqual({
      name_sq: 'Orobërdë',
      name_latin: 'Orobërdë',
    });
    expect(splitOsmName('Shqiponjë (Jabllanicë)', 'XK', 'sq')).toEqual({
      name_sq: 'Shqiponjë',
      name_latin: 'Shqiponjë',
    });
    expect(splitOsmName('Језеро Газиводе / Liqeni i Ujmanit', 'RS')).toEqual({
      name_sq: 'Liqeni i Ujmanit',
      name_sr: 'Jezero Gazivode',
      name_sr_cyrl: 'Језеро Газиводе',
      name_latin: 'Jezero Gazivode',
    });
  });

  it('reads one form by its letters: Cyrillic and Serbian Latin are Serbian, ë ç and q x y Albanian', () => {
    expect(splitOsmName('Ибар', 'RS')).toEqual({ name_sr: 'Ibar', name_sr_cyrl: 'Ибар', name_latin: 'Ibar' });
    expect(splitOsmName('Ibër', 'XK', 'sr')).toEqual({ name_sq: 'Ibër', name_latin: 'Ibër' });
    expect(splitOsmName('Dobroševina', 'XK', 'sr')).toEqual({
      name_sr: 'Dobroševina',
      name_sr_cyrl: 'Доброшевина',
      name_latin: 'Dobroševina',
    });
    // Spelled alike in both languages in Kosovo (names.ts's rule); in Serbia only Serbian.
    expect(splitOsmName('Zubin Potok', 'XK', 'sr')).toEqual({
      name_sq: 'Zubin Potok',
      name_sr: 'Zubin Potok',
      name_sr_cyrl: 'Зубин Поток',
      name_latin: 'Zubin Potok',
    });
    expect(splitOsmName('Novi Pazar', 'RS')).toEqual({
      name_sr: 'Novi Pazar',
      name_sr_cyrl: 'Нови Пазар',
      name_latin: 'Novi Pazar',
    });
    // Outside Kosovo, another language beside the Serbian is never read as Albanian.
    expect(splitOsmName('Дунав - Dunărea', 'RS')).toEqual({
      name_sr: 'Dunav',
      name_sr_cyrl: 'Дунав',
      name_latin: 'Dunav',
    });
    expect(splitOsmName('Vladimir - Katërkollë', 'ME')).toMatchObject({
      name_sq: 'Katërkollë',
      name_sr: 'Vladimir',
    });
    expect(splitOsmName('Варварин (село)', 'RS')).toMatchObject({
      name_sr_cyrl: 'Варварин',
      name_sr: 'Varvarin',
    });
  });

  it('gives no form when the letters cannot tell two Kosovo forms apart, and shows OSM’s whole name', () => {
    expect(splitOsmName('Lepina - Lepi', 'XK', 'sq')).toEqual({ name_latin: 'Lepina - Lepi' });
    expect(splitOsmName(undefined, 'XK', 'sq')).toEqual({});
  });

  it('shows the majority language’s Latin form for names=en in Kosovo, the Serbian elsewhere', () => {
    expect(splitOsmName('Zveçan - Zvečan', 'XK', 'sr').name_latin).toBe('Zvečan');
    expect(splitOsmName('Vushtrri - Vučitrn', 'XK', 'sq').name_latin).toBe('Vushtrri');
    expect(splitOsmName('Mamuşa - Mamushë', 'XK', 'tr').name_latin).toBe('Mamushë');
    expect(splitOsmName('Рашка', 'RS').name_latin).toBe('Raška');
  });
});

describe('shipped_id', () => {
  const index = new ShippedIndex([
    {
      id: 'town-zvecan',
      layer: 'places',
      names: ['Zvečan', 'Zveçan', 'Звечан'],
      geometry: { type: 'Point', coordinates: [20.84, 42.91] },
    },
    {
      id: 'river-ibar',
      layer: 'rivers',
      names: ['Ibar', 'Ibri', 'Ibër'],
      geometry: {
        type: 'LineString',
        coordinates: [
          [20.8, 42.9],
          [20.8, 43.0],
        ],
      },
    },
    {
      id: 'lake-gazivode',
      layer: 'landmarks',
      names: ['Liqeni i Ujmanit', 'Газиводско језеро'],
      geometry: { type: 'Point', coordinates: [20.6, 42.95] },
    },
  ]);

  it('matches the same place by a name form and the distance its kind allows', () => {
    expect(index.match('place', 'town', ['Звечан'], [20.85, 42.905])).toBe('town-zvecan');
    expect(index.match('place', 'town', ['Zvecan'], [20.85, 42.905])).toBe('town-zvecan');
    expect(index.match('waterway', 'river', ['Ibër'], [20.805, 42.95])).toBe('river-ibar');
    expect(index.match('water_name', 'lake', ['Liqeni i Ujmanit'], [20.61, 42.955])).toBe('lake-gazivode');
  });

  it('does not match a place of the same name far away, another name nearby, or another kind of feature', () => {
    expect(index.match('place', 'village', ['Zvečan'], [21.2, 42.6])).toBeUndefined();
    expect(index.match('place', 'village', ['Lipa'], [20.84, 42.91])).toBeUndefined();
    // A village called like the river is not the river.
    expect(index.match('place', 'village', ['Ibar'], [20.8, 42.95])).toBeUndefined();
    expect(index.match('transportation_name', 'primary', ['Zvečan'], [20.84, 42.91])).toBeUndefined();
  });

  it('matches a place whose form is one letter off only within a kilometre, and never Donje for Gornje', () => {
    const villages = new ShippedIndex([
      {
        id: 'geonames-789024',
        layer: 'places',
        names: ['Krligate', 'Krligatë'],
        geometry: { type: 'Point', coordinates: [20.5, 42.9] },
      },
      {
        id: 'geonames-1',
        layer: 'places',
        names: ['Gornje Jarinje'],
        geometry: { type: 'Point', coordinates: [20.7, 43.2] },
      },
    ]);
    expect(villages.match('place', 'village', ['Kërligatë'], [20.503, 42.9])).toBe('geonames-789024');
    expect(villages.match('place', 'village', ['Kërligatë'], [20.515, 42.9])).toBeUndefined();
    expect(villages.match('place', 'village', ['Donje Jarinje'], [20.701, 43.2])).toBeUndefined();
    // A river too: OSM's Albanian "Sitnicë" for the shipped "Sitnica".
    const rivers = new ShippedIndex([
      {
        id: 'river-sitnica',
        layer: 'rivers',
        names: ['Sitnica', 'Ситница'],
        geometry: {
          type: 'LineString',
          coordinates: [
            [20.9, 42.8],
            [20.88, 42.88],
          ],
        },
      },
    ]);
    expect(rivers.match('waterway', 'river', ['Sitnicë'], [20.891, 42.84])).toBe('river-sitnica');
    expect(rivers.match('waterway', 'river', ['Sitnicë'], [20.95, 42.84])).toBeUndefined();
  });

  it('is written on the committed tiles: the towns, the lake, the Ibar and peaks of the story’s layers', () => {
    const ids = (path: string, layer: string) =>
      new Set(
        tileFeatures(path, layer)
          .map((p) => p.shipped_id)
          .filter(Boolean),
      );
    // z12 over Zvečan and Mitrovica: the towns and the Ibar.
    expect(ids('north/12/2285/1506.pbf', 'place')).toContain('town-zvecan');
    expect(ids('north/12/2285/1506.pbf', 'waterway')).toContain('river-ibar');
    // The Sitnica at its mouth in Mitrovica (z14), where OSM's line goes on a kilometre past EU-Hydro's.
    expect(ids('north/14/9141/6026.pbf', 'waterway')).toEqual(new Set(['river-ibar', 'river-sitnica']));
    // The lake's name (z14) and a peak the terrain layer names (z11).
    expect(ids('north/14/9122/6022.pbf', 'water_name')).toContain('lake-gazivode');
    expect(ids('north/11/1141/753.pbf', 'mountain_peak')).toContain('geonames-832187');
    // Raška, in Serbia, at z10.
    expect(ids('north/10/570/375.pbf', 'place')).toContain('town-raska');
  });
});
