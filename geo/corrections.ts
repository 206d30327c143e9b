// Corrections to the raw sources, one row per field: what the pipeline would otherwise ship (`old`),
// what it ships instead (`new`), why, and the source of the correct value. ../shared/geo-sources stays
// as it is. A row whose `old` value is no longer what the pipeline computes stops the build: the raw
// source (or the inference) has changed, and the row must be checked again rather than applied blind.
import type { Position } from 'geojson';
import type { SituationFeature } from '../src/data/schema';

export type CorrectedField = 'name.en' | 'name.sq' | 'name.sr-Latn' | 'name.sr-Cyrl' | 'point';
type Value = string | null | Position;

export interface Correction {
  featureId: string;
  /** Where the raw value comes from: a source and its row. */
  sourceRow: string;
  field: CorrectedField;
  old: Value;
  new: Value;
  reason: string;
  source: string;
}

const LAW =
  'Law No. 03/L-041 on Administrative Municipal Boundaries (Kosovo, 2008), and the OSCE Mission in Kosovo municipal profiles, which give each municipality as "Albanian/Serbian" (https://www.osce.org/mission-in-kosovo)';
const ALBANIAN_OFFICIAL =
  'the official Albanian name is the indefinite form; geoBoundaries has the definite or ASCII form';
const SERBIAN_OFFICIAL =
  'the official Serbian name, missing or wrong in GeoNames (Cyrillic twin by the official transliteration)';

/** Rows for a municipality's official names where the sources fall short. */
function municipality(
  id: string,
  sourceRow: string,
  fields: Partial<Record<'sq' | 'sr-Latn' | 'sr-Cyrl', [Value, Value, string?]>>,
): Correction[] {
  return Object.entries(fields).map(([field, [old, value, reason]]) => ({
    featureId: `municipality-${id}`,
    sourceRow,
    field: `name.${field}` as CorrectedField,
    old,
    new: value,
    reason: reason ?? (field === 'sq' ? ALBANIAN_OFFICIAL : SERBIAN_OFFICIAL),
    source: LAW,
  }));
}

export const CORRECTIONS: Correction[] = [
  ...municipality('decan', 'GeoNames 791580 (first Cyrillic alternate "Декан")', {
    'sr-Latn': [
      'Dekan',
      'Dečani',
      'GeoNames has only "Декан"/"Dekan", a misspelling; the Serbian name is Dečani',
    ],
    'sr-Cyrl': ['Декан', 'Дечани', 'GeoNames has only "Декан", a misspelling; the Serbian name is Дечани'],
  }),
  ...municipality('fushe-kosove', 'geoBoundaries "Municipality of Fushë Kosovë" (no GeoNames seat matched)', {
    'sr-Latn': [null, 'Kosovo Polje'],
    'sr-Cyrl': [null, 'Косово Поље'],
  }),
  ...municipality('gjakova', 'GeoNames 791646 (no Cyrillic alternate)', {
    'sr-Latn': [null, 'Đakovica'],
    'sr-Cyrl': [null, 'Ђаковица'],
  }),
  ...municipality('gracanica', 'geoBoundaries "Municipality of Gracanica"; GeoNames 790265', {
    sq: ['Gracanicë', 'Graçanicë', 'the GeoNames alternate drops the ç of the official Albanian form'],
  }),
  ...municipality('han-i-elezit', 'GeoNames 791539 (Cyrillic alternate "Ђенерал Јанковић")', {
    'sr-Latn': [
      'Đeneral Janković',
      'Elez Han',
      'Kosovo\'s official Serbian form is Elez Han; "Đeneral Janković" is the name used in Serbia',
    ],
    'sr-Cyrl': ['Ђенерал Јанковић', 'Елез Хан', "Kosovo's official Serbian form (Serbia: Ђенерал Јанковић)"],
  }),
  ...municipality('istog', 'GeoNames 789996 (the seat\'s main name is the Serbian "Istok")', {
    sq: ['Istok', 'Istog', "the seat's GeoNames name is Serbian; the Albanian name is Istog"],
  }),
  ...municipality('malisheva', 'geoBoundaries "Municipality of Malisheva" (no GeoNames seat matched)', {
    sq: ['Malisheva', 'Malishevë'],
    'sr-Latn': [null, 'Mališevo'],
    'sr-Cyrl': [null, 'Малишево'],
  }),
  {
    featureId: 'municipality-mitrovica',
    sourceRow: 'geoBoundaries "Municipality of Mitrovica"',
    field: 'name.en',
    old: 'Mitrovica',
    new: 'South Mitrovica',
    reason:
      'the municipality south of the Ibar, not the whole city of Mitrovica (North Mitrovica is a municipality of its own)',
    source: LAW,
  },
  ...municipality('mitrovica', 'GeoNames 789225 (the city of Mitrovica: "Kosovska Mitrovica")', {
    sq: ['Mitrovicë', 'Mitrovica e Jugut', 'the municipality is South Mitrovica, not the whole city'],
    'sr-Latn': [
      'Kosovska Mitrovica',
      'Južna Mitrovica',
      'Serbs call the whole city Kosovska Mitrovica; the municipality south of the Ibar is Južna Mitrovica',
    ],
    'sr-Cyrl': ['Косовска Митровица', 'Јужна Митровица', 'the municipality, not the city (see name.sr-Latn)'],
  }),
  ...municipality('novoberde', 'GeoNames 787589 (alternate "Novobërda", definite)', {
    sq: ['Novobërda', 'Novobërdë'],
  }),
  ...municipality(
    'podujeva',
    'GeoNames 786950 (no Cyrillic alternate; its main name "Podujeva" is spelled alike)',
    {
      'sr-Latn': [
        'Podujeva',
        'Podujevo',
        'GeoNames has no Serbian form: its main name is the Albanian definite form; the Serbian name is Podujevo',
      ],
      'sr-Cyrl': [null, 'Подујево', 'see name.sr-Latn'],
    },
  ),
  ...municipality('prizren', 'GeoNames 786712 (alternate "Përzeren", a historical form)', {
    sq: ['Përzeren', 'Prizren', '"Përzeren" is a historical form; the official Albanian name is Prizren'],
  }),
  ...municipality('rahovec', 'GeoNames 787456 (the seat\'s main name is the Serbian "Orahovac")', {
    sq: ['Orahovac', 'Rahovec', "the seat's GeoNames name is Serbian; the Albanian name is Rahovec"],
  }),
  ...municipality('ferizaj', 'GeoNames 784759 (alternate "Uroshevac", Serbian in Albanian spelling)', {
    sq: [
      'Uroshevac',
      'Ferizaj',
      '"Uroshevac" is the Serbian name in Albanian spelling; the Albanian name is Ferizaj',
    ],
  }),
  ...municipality('drenas', 'GeoNames 790701 (alternate "Gllogoc", the former Albanian name)', {
    sq: [
      'Gllogoc',
      'Drenas',
      'the municipality was renamed Drenas (geoBoundaries uses it); Gllogoc is the former name',
    ],
  }),
  ...municipality('skenderaj', 'GeoNames 785642 (alternate "Skënderaj")', {
    sq: ['Skënderaj', 'Skenderaj', 'the official form is written without ë'],
  }),
  ...municipality('viti', 'GeoNames 784372 (the seat\'s main name is the Serbian "Vitina")', {
    sq: ['Vitina', 'Viti', "the seat's GeoNames name is Serbian; the Albanian name is Viti"],
  }),
  ...municipality(
    'vushtrri',
    'GeoNames 784097 (alternate "Vuçitërn", the Serbian name in Albanian spelling)',
    {
      sq: [
        'Vuçitërn',
        'Vushtrri',
        '"Vuçitërn" renders the Serbian name; the official Albanian name is Vushtrri',
      ],
    },
  ),
  ...municipality('north-mitrovica', 'points.csv north_mitrovica_centre ("Severna Kosovska Mitrovica")', {
    'sr-Latn': [
      'Severna Kosovska Mitrovica',
      'Severna Mitrovica',
      'the municipality\'s official Serbian form in Kosovo; "Kosovska Mitrovica" is the whole city in Serbian usage',
    ],
    'sr-Cyrl': ['Северна Косовска Митровица', 'Северна Митровица', 'see name.sr-Latn'],
  }),
  {
    featureId: 'village-banjska',
    sourceRow: 'points.csv banjska_village (name_sq "Bajskë / Banjskë")',
    field: 'name.sq',
    old: 'Bajskë / Banjskë',
    new: 'Banjskë',
    reason:
      'one Albanian form, not two; "Bajskë" is a variant of GeoNames 792910, the standard form is Banjskë',
    source:
      'GeoNames 792910 alternate names (Banjskë) and the Kosovo Police statements of 24 September 2023, which write "Banjskë"',
  },
  {
    featureId: 'crossing-jarinje',
    sourceRow: 'points.csv jarinje_crossing (the village point, snapped to the border line)',
    field: 'point',
    old: [20.68763, 43.21329],
    new: [20.6917, 43.2186],
    reason:
      'the checkpoint stands on the main road north-west of the village, not where the line is nearest to the village point (about 0.7 km away); the OSM railway station Jarinje (43.2119 N 20.6970 E, in ../shared/geo-sources/osm-rail-stations-north-kosovo.geojson) agrees within a kilometre',
    source:
      'German Wikipedia, "Grenzübergang Jarinje": 43°13′7″ N 20°41′30″ E (https://de.wikipedia.org/wiki/Grenz%C3%BCbergang_Jarinje)',
  },
];

function read(f: SituationFeature, field: CorrectedField): Value {
  if (field === 'point') return f.geometry.type === 'Point' ? f.geometry.coordinates : null;
  return f.properties.name[field.slice(5) as 'en' | 'sq' | 'sr-Latn' | 'sr-Cyrl'];
}

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies the rows that concern these features. A row whose feature is here but whose `old` value is
 * not what the pipeline computed throws, naming the row.
 */
export function applyCorrections(
  features: SituationFeature[],
  rows: Correction[] = CORRECTIONS,
): { features: SituationFeature[]; applied: Correction[] } {
  const applied: Correction[] = [];
  const out = features.map((f) => {
    const mine = rows.filter((r) => r.featureId === f.properties.id);
    if (!mine.length) return f;
    const next = structuredClone(f);
    for (const row of mine) {
      const current = read(next, row.field);
      if (!same(current, row.old))
        throw new Error(
          `correction ${row.featureId} ${row.field} no longer applies: expected ${JSON.stringify(row.old)} in ${row.sourceRow}, found ${JSON.stringify(current)}. Check the source and update or remove the row.`,
        );
      if (row.field === 'point') {
        next.geometry = { type: 'Point', coordinates: row.new as [number, number] };
        next.properties.labelPoint = row.new as [number, number];
      } else
        next.properties.name[row.field.slice(5) as 'sq' | 'sr-Latn' | 'sr-Cyrl'] = row.new as string | null;
      applied.push(row);
    }
    // What was corrected is part of how the feature was made: the reader sees it with the sources.
    next.properties.derivation += ` Corrected: ${mine
      .map(
        (r) =>
          `${r.field} ${JSON.stringify(r.old)} → ${JSON.stringify(r.new)} (${r.reason}; source: ${r.source})`,
      )
      .join('; ')}.`;
    return next;
  });
  return { features: out, applied };
}
