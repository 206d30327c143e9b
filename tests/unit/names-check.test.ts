// The fact-check of names, as tests of each kind of error (issue 12), on the shipped layer files. The
// reference list of the 38 municipalities is written here, not imported from the pipeline, so that a
// wrong inference or a wrong correction fails.
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Point } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { shippedLayer, SHIPPED_LAYER_IDS } from './helpers/shippedLayers';
import { serbianCyrillicToLatin } from '../../geo/lib/names';
import { serbianLatinToCyrillic } from '../../geo/lib/cyrillic';
import { applyCorrections, CORRECTIONS } from '../../geo/corrections';
import { CLAIMANTS, LINKS } from './helpers/story';

type Claimant = keyof typeof CLAIMANTS;

const all: SituationFeature[] = SHIPPED_LAYER_IDS.flatMap((id) => shippedLayer(id));
const label = (f: SituationFeature) => `${f.properties.id} ${JSON.stringify(f.properties.name)}`;

// Albanian has no č ć đ dž š ž; Serbian no ë ç. Exceptions, each with its reason.
const LETTER_EXCEPTIONS: Record<string, string> = {};

describe('names: letters of each language', () => {
  it('no Albanian name has letters only Serbian uses (č ć đ dž š ž)', () => {
    const wrong = all.filter((f) => f.properties.name.sq && /[čćđšžČĆĐŠŽ]|dž/i.test(f.properties.name.sq));
    expect(wrong.filter((f) => !LETTER_EXCEPTIONS[f.properties.id]).map(label)).toEqual([]);
  });

  it('no Serbian name has letters only Albanian uses (ë ç)', () => {
    const wrong = all.filter(
      (f) => f.properties.name['sr-Latn'] && /[ëçËÇ]/.test(f.properties.name['sr-Latn']),
    );
    expect(wrong.filter((f) => !LETTER_EXCEPTIONS[f.properties.id]).map(label)).toEqual([]);
  });

  it('uses no character outside the expected scripts (no Icelandic eth for Đ, no mojibake)', () => {
    const allowed = /^[A-Za-z0-9čćđšžČĆĐŠŽëçËÇ\u0400-\u045F\s'’.,:()–-]+$/u;
    const mojibake = /[ÃÂÐðÅ]/;
    const wrong = all.flatMap((f) =>
      Object.values(f.properties.name)
        .filter((n): n is string => typeof n === 'string')
        .filter((n) => !allowed.test(n) || mojibake.test(n))
        .map((n) => `${f.properties.id}: ${n}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('names: both official forms in Kosovo', () => {
  const inKosovo = all.filter((f) => f.properties.country === 'XK');

  it('knows where every feature is: Kosovo, Serbia or elsewhere', () => {
    expect(inKosovo.length).toBeGreaterThan(300);
    expect(all.find((f) => f.properties.id === 'town-novi-pazar')!.properties.country).toBe('RS');
    expect(all.find((f) => f.properties.id === 'municipality-zvecan')!.properties.localLanguage).toBe('sr');
    expect(all.find((f) => f.properties.id === 'municipality-pristina')!.properties.localLanguage).toBe('sq');
  });

  it('every feature in Kosovo has both forms, unless no source has one (and its derivation says so)', () => {
    const missing = inKosovo.filter((f) => !f.properties.name.sq || !f.properties.name['sr-Latn']);
    for (const f of missing) {
      if (!f.properties.name.sq) expect(f.properties.derivation, label(f)).toMatch(/No Albanian form/);
      if (!f.properties.name['sr-Latn']) expect(f.properties.derivation, label(f)).toMatch(/No Serbian form/);
    }
    // The municipalities, towns and situation features all have both; only villages lack one: 55
    // hamlets of the north whose GeoNames entries have Serbian forms only ("Gornje Jarinje", "Đukići")
    // and one with an Albanian form only (Banovdë). A rise means the inference lost forms.
    // Stations and terrain names have one form where their sources (OSM tags, GeoNames) give one.
    const oneSourced = new Set(['village', 'station', 'mountain']);
    expect(missing.filter((f) => !oneSourced.has(f.properties.kind)).map(label)).toEqual([]);
    expect(missing.filter((f) => f.properties.kind === 'village').length).toBeLessThanOrEqual(56);
  });

  it('every Serbian Latin form has its Cyrillic, and the two transliterate to each other', () => {
    const withSr = all.filter((f) => f.properties.name['sr-Latn'] && f.properties.country === 'XK');
    const wrong = withSr.filter((f) => {
      const { 'sr-Latn': sr, 'sr-Cyrl': srCyrl } = f.properties.name;
      return !srCyrl || serbianCyrillicToLatin(srCyrl) !== sr || serbianLatinToCyrillic(sr!) !== srCyrl;
    });
    expect(wrong.map(label)).toEqual([]);
  });
});

describe('names: duplicates and borrowed names', () => {
  it('no two features of one layer share a name within 1 km', () => {
    const dupes: string[] = [];
    for (const id of SHIPPED_LAYER_IDS) {
      const points = shippedLayer(id).filter((f) => f.geometry.type === 'Point');
      for (let i = 0; i < points.length; i++)
        for (let j = i + 1; j < points.length; j++) {
          const [a, b] = [points[i], points[j]];
          if (
            a.properties.name.en === b.properties.name.en &&
            turf.distance(a.geometry as Point, b.geometry as Point) < 1
          )
            dupes.push(`${a.properties.id} ~ ${b.properties.id} (${a.properties.name.en})`);
        }
    }
    expect(dupes).toEqual([]);
  });

  it('no village carries the exact name of a different town within 10 km', () => {
    const towns = shippedLayer('places').filter((f) => f.properties.kind === 'town');
    const villages = shippedLayer('places').filter((f) => f.properties.kind === 'village');
    const borrowed = villages.flatMap((v) =>
      towns
        .filter((t) => turf.distance(v.geometry as Point, t.geometry as Point) < 10)
        .filter((t) =>
          (['sq', 'sr-Latn'] as const).some(
            (k) => v.properties.name[k] && v.properties.name[k] === t.properties.name[k],
          ),
        )
        .map((t) => `${label(v)} ~ ${t.properties.id}`),
    );
    expect(borrowed).toEqual([]);
  });
});

// The 38 municipalities: Albanian, Serbian Latin, Serbian Cyrillic, English, majority language. Source:
// Law No. 03/L-041 on Administrative Municipal Boundaries (Kosovo, 2008) and the OSCE Mission in
// Kosovo's municipal profiles ("Albanian/Serbian" forms); majority language: see
// geo/lib/majorityLanguage.ts (the ten Serb-majority municipalities of the 2013 Brussels agreement;
// Mamusha Turkish).
const MUNICIPALITIES: [string, string, string, string, string, 'sq' | 'sr' | 'tr'][] = [
  ['decan', 'Deçan', 'Dečani', 'Дечани', 'Deçan', 'sq'],
  ['dragash', 'Dragash', 'Dragaš', 'Драгаш', 'Dragash', 'sq'],
  ['drenas', 'Drenas', 'Glogovac', 'Глоговац', 'Drenas', 'sq'],
  ['ferizaj', 'Ferizaj', 'Uroševac', 'Урошевац', 'Ferizaj', 'sq'],
  ['fushe-kosove', 'Fushë Kosovë', 'Kosovo Polje', 'Косово Поље', 'Fushë Kosovë', 'sq'],
  ['gjakova', 'Gjakovë', 'Đakovica', 'Ђаковица', 'Gjakova', 'sq'],
  ['gjilan', 'Gjilan', 'Gnjilane', 'Гњилане', 'Gjilan', 'sq'],
  ['gracanica', 'Graçanicë', 'Gračanica', 'Грачаница', 'Gracanica', 'sr'],
  ['han-i-elezit', 'Hani i Elezit', 'Elez Han', 'Елез Хан', 'Han i Elezit', 'sq'],
  ['istog', 'Istog', 'Istok', 'Исток', 'Istog', 'sq'],
  ['junik', 'Junik', 'Junik', 'Јуник', 'Junik', 'sq'],
  ['kacanik', 'Kaçanik', 'Kačanik', 'Качаник', 'Kaçanik', 'sq'],
  ['kamenica', 'Kamenicë', 'Kamenica', 'Каменица', 'Kamenica', 'sq'],
  ['klina', 'Klinë', 'Klina', 'Клина', 'Klina', 'sq'],
  ['kllokot', 'Kllokot', 'Klokot', 'Клокот', 'Kllokot', 'sr'],
  ['leposavic', 'Leposaviq', 'Leposavić', 'Лепосавић', 'Leposavić', 'sr'],
  ['lipjan', 'Lipjan', 'Lipljan', 'Липљан', 'Lipjan', 'sq'],
  ['malisheva', 'Malishevë', 'Mališevo', 'Малишево', 'Malisheva', 'sq'],
  ['mamusha', 'Mamushë', 'Mamuša', 'Мамуша', 'Mamusha', 'tr'],
  ['mitrovica', 'Mitrovica e Jugut', 'Južna Mitrovica', 'Јужна Митровица', 'South Mitrovica', 'sq'],
  [
    'north-mitrovica',
    'Mitrovica e Veriut',
    'Severna Mitrovica',
    'Северна Митровица',
    'North Mitrovica',
    'sr',
  ],
  ['novoberde', 'Novobërdë', 'Novo Brdo', 'Ново Брдо', 'Novobërdë', 'sr'],
  ['obiliq', 'Obiliq', 'Obilić', 'Обилић', 'Obiliq', 'sq'],
  ['partesh', 'Partesh', 'Parteš', 'Партеш', 'Partesh', 'sr'],
  ['peja', 'Pejë', 'Peć', 'Пећ', 'Peja', 'sq'],
  ['podujeva', 'Podujevë', 'Podujevo', 'Подујево', 'Podujeva', 'sq'],
  ['pristina', 'Prishtinë', 'Priština', 'Приштина', 'Pristina', 'sq'],
  ['prizren', 'Prizren', 'Prizren', 'Призрен', 'Prizren', 'sq'],
  ['rahovec', 'Rahovec', 'Orahovac', 'Ораховац', 'Rahovec', 'sq'],
  ['ranillug', 'Ranillug', 'Ranilug', 'Ранилуг', 'Ranillug', 'sr'],
  ['shterpce', 'Shtërpcë', 'Štrpce', 'Штрпце', 'Shtërpcë', 'sr'],
  ['shtime', 'Shtime', 'Štimlje', 'Штимље', 'Shtime', 'sq'],
  ['skenderaj', 'Skenderaj', 'Srbica', 'Србица', 'Skenderaj', 'sq'],
  ['suhareka', 'Suharekë', 'Suva Reka', 'Сува Река', 'Suhareka', 'sq'],
  ['viti', 'Viti', 'Vitina', 'Витина', 'Viti', 'sq'],
  ['vushtrri', 'Vushtrri', 'Vučitrn', 'Вучитрн', 'Vushtrri', 'sq'],
  ['zubin-potok', 'Zubin Potok', 'Zubin Potok', 'Зубин Поток', 'Zubin Potok', 'sr'],
  ['zvecan', 'Zveçan', 'Zvečan', 'Звечан', 'Zvečan', 'sr'],
];

describe('the 38 municipalities', () => {
  const shipped = [...shippedLayer('municipalities'), ...shippedLayer('kosovoMunicipalities')];

  it('are all shipped, once', () => {
    expect(shipped.map((f) => f.properties.id).sort()).toEqual(
      MUNICIPALITIES.map(([id]) => `municipality-${id}`).sort(),
    );
  });

  it.each(MUNICIPALITIES)('%s: %s / %s / %s (%s), majority %s', (id, sq, sr, srCyrl, en, majority) => {
    const f = shipped.find((m) => m.properties.id === `municipality-${id}`)!;
    expect(f.properties.name).toEqual({ en, sq, 'sr-Latn': sr, 'sr-Cyrl': srCyrl });
    expect(f.properties.localLanguage).toBe(majority);
  });
});

describe('corrections to the raw sources', () => {
  it('each row states a reason and a source', () => {
    for (const row of CORRECTIONS) {
      expect(row.reason.length, row.featureId).toBeGreaterThan(10);
      expect(row.source.length, row.featureId).toBeGreaterThan(10);
    }
  });

  it('a row whose raw value has changed upstream stops the pipeline, naming the row', () => {
    const zvecan = structuredClone(
      shippedLayer('municipalities').find((f) => f.properties.id === 'municipality-zvecan')!,
    );
    const stale = {
      featureId: 'municipality-zvecan',
      sourceRow: 'test row',
      field: 'name.sr-Latn' as const,
      old: 'Zvecan',
      new: 'Zvečan',
      reason: 'a test of a row that no longer applies',
      source: 'this test',
    };
    expect(() => applyCorrections([zvecan], [stale])).toThrow(
      /municipality-zvecan name.sr-Latn no longer applies/,
    );
    const { features, applied } = applyCorrections([zvecan], [{ ...stale, old: 'Zvečan', new: 'Zvečan!' }]);
    expect(applied).toHaveLength(1);
    expect(features[0].properties.name['sr-Latn']).toBe('Zvečan!');
    expect(features[0].properties.derivation).toMatch(/Corrected: name.sr-Latn/);
  });

  it('every row is applied to the shipped data: its new value is what ships, and the derivation says so', () => {
    for (const row of CORRECTIONS) {
      const f = all.find((x) => x.properties.id === row.featureId)!;
      expect(f, row.featureId).toBeDefined();
      const value =
        row.field === 'point'
          ? (f.geometry as Point).coordinates
          : f.properties.name[row.field.slice(5) as 'sq'];
      expect(value, `${row.featureId} ${row.field}`).toEqual(row.new);
      expect(f.properties.derivation).toContain(`${row.field} ${JSON.stringify(row.old)}`);
    }
  });
});

// Who makes each claim, for the passages with attributed speech: the words and the claimant expected.
const CLAIMS: [string, Claimant][] = [
  ['“Serbia to withdraw troops gathered on the border with Kosovo.”', 'us-government'],
  [
    '“We are witnessing a significant Serbian military operation along the border with Kosovo,”',
    'us-nsc-spokesman',
  ],
  ['will “increase its presence” in the north of the territory', 'us-nsc-spokesman'],
  ['made available to the Kfor in case of need in Kosovo', 'uk-ministry-of-defence'],
  ['all people living in Kosovo', 'nato-secretary-general'],
  ['NATO is ready to reinforce its troops on site', 'nato'],
  ['killed while on patrol near the border with Serbia', 'article'],
  ['He was moving near a road that was reportedly blocked', 'article'],
  ['“came under attack from various positions with heavy weapons, including grenades.”', 'kosovo-police'],
  ['barricaded themselves in a monastery', 'article'],
];

describe('who makes each claim', () => {
  it.each(CLAIMS)('“%s” is attributed to %s', (phrase, claimant) => {
    const links = LINKS.filter((l) => l.phrase === phrase);
    expect(links.length, phrase).toBeGreaterThan(0);
    for (const l of links) expect(l.claimant, `${l.featureId}`).toBe(claimant);
  });
});
