// Corrections to the raw sources, one row per field: what the pipeline would otherwise ship (`old`),
// what it ships instead (`new`), why, and the source of the correct value. ../shared/geo-sources stays
// as it is. A row whose `old` value is no longer what the pipeline computes stops the build: the raw
// source (or the inference) has changed, and the row must be checked again rather than applied blind.
import type { Position } from 'geojson';
import type { SituationFeature } from '../src/domain/schema';

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

const DEFINITE =
  'a country is named in the definite form in Albanian running text and on maps; the ISO list has the indefinite form';

/** A row for a neighbour's Albanian name (countries.geojson) where the ISO list has another form. */
function countryAlbanian(
  id: string,
  code: string,
  old: string,
  value: string,
  title: string,
  reason = DEFINITE,
): Correction {
  return {
    featureId: id,
    sourceRow: `i18n-iso-countries 7.14.0, langs/sq.json "${code}"`,
    field: 'name.sq',
    old,
    new: value,
    reason,
    source: `the Albanian Wikipedia's article on the country, titled "${value}" (https://sq.wikipedia.org/wiki/${title})`,
  };
}

/** Rows for a village whose form OpenStreetMap's name corrects (a second source beside GeoNames). */
function osmNames(
  featureId: string,
  sourceRow: string,
  osmName: string,
  tile: string,
  rows: [CorrectedField, Value, Value, string][],
  also = '',
): Correction[] {
  return rows.map(([field, old, value, reason]) => ({
    featureId,
    sourceRow,
    field,
    old,
    new: value,
    reason,
    source: `OpenStreetMap, place "${osmName}" (the OpenMapTiles tile ${tile} of ../shared/osm-tiles/, OSM data of 6 August 2021; © OpenStreetMap contributors, ODbL)${also ? ` ${also}` : ''}`,
  }));
}

export const CORRECTIONS: Correction[] = [
  countryAlbanian('serbia', 'RS', 'Serbi', 'Serbia', 'Serbia'),
  countryAlbanian('albania', 'AL', 'Shqipëri', 'Shqipëria', 'Shqip%C3%ABria'),
  countryAlbanian(
    'north-macedonia',
    'MK',
    'Maqedoni',
    'Maqedonia e Veriut',
    'Maqedonia_e_Veriut',
    'the name since the Prespa agreement of 2018 (North Macedonia), in the definite form; the ISO list has "Maqedoni"',
  ),
  countryAlbanian(
    'bosnia-and-herzegovina',
    'BA',
    'Bosnjë & Hercegovinë',
    'Bosnja dhe Hercegovina',
    'Bosnja_dhe_Hercegovina',
    'the definite form, with "dhe" (and) written out; the ISO list has an abbreviated indefinite form',
  ),
  countryAlbanian('bulgaria', 'BG', 'Bullgari', 'Bullgaria', 'Bullgaria'),
  countryAlbanian('croatia', 'HR', 'Kroaci', 'Kroacia', 'Kroacia'),
  countryAlbanian('romania', 'RO', 'Rumani', 'Rumania', 'Rumania'),
  countryAlbanian('greece', 'GR', 'Greqi', 'Greqia', 'Greqia'),
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
  // Names of villages and stations checked against a second source (issue 24); the class of error in
  // brackets: a missing Albanian form, an OCR-like garble, a lost ç or ë, a Cyrillic form that is not
  // the Serbian Latin's twin, or another fault of GeoNames (a dropped word, the wrong village's name).
  {
    featureId: 'geonames-792079',
    sourceRow: 'GeoNames 792079',
    field: 'name.sq',
    old: 'Cabrë',
    new: 'Çabër',
    reason:
      'The Albanian name of Čabra begins with Ç; the shipped "Cabrë" lost the cedilla (indefinite form is Çabër, definite Çabra). [lost-diacritic]',
    source: 'German Wikipedia, "Çabra" (seen via de.wiki.li copy) — https://de.wikipedia.org/wiki/%C3%87abra',
  },
  {
    featureId: 'geonames-791189',
    sourceRow: 'GeoNames 791189',
    field: 'name.sq',
    old: 'Jasenoviku i Epërm',
    new: 'Jasenovik i Poshtëm',
    reason:
      'Donji (lower) Jasenovik was given the Albanian name of the upper village ("i Epërm"); the Albanian name of the lower village is Jasenovik i Poshtëm. [other]',
    source:
      'German Wikipedia, "Gemeinde Zubin Potok" (table "Orte: Albanisch | Serbisch | Einwohnerzahl (Schätzung 2009)"; seen via a proxy copy) — https://de.wikipedia.org/wiki/Gemeinde_Zubin_Potok',
  },
  {
    featureId: 'geonames-790352',
    sourceRow: 'GeoNames 790352',
    field: 'name.sq',
    old: 'Sternac i Epërm',
    new: 'Stërnac i Epërm',
    reason:
      'The ë after St- was lost ("Sternac"); the second source writes Stërnac i Epërm. [lost-diacritic]',
    source:
      'German Wikipedia, "Gemeinde Zubin Potok" (table "Orte: Albanisch | Serbisch | Einwohnerzahl (Schätzung 2009)"; seen via a proxy copy) — https://de.wikipedia.org/wiki/Gemeinde_Zubin_Potok',
  },
  {
    featureId: 'geonames-830571',
    sourceRow: 'GeoNames 830571',
    field: 'name.sq',
    old: 'Varagë e Epermë',
    new: 'Varragë e Epërme',
    reason:
      '"Varagë e Epermë" has the ë of Epërme misplaced; the second source gives Varraga e Epërme (definite form), whose indefinite Varragë e Epërme is also a GeoNames alternate of this feature. [lost-diacritic]',
    source:
      'German Wikipedia, "Gemeinde Zubin Potok" (table "Orte: Albanisch | Serbisch | Einwohnerzahl (Schätzung 2009)"; seen via a proxy copy) — https://de.wikipedia.org/wiki/Gemeinde_Zubin_Potok',
  },
  {
    featureId: 'geonames-784719',
    sourceRow: 'GeoNames 784719',
    field: 'name.sq',
    old: 'Varagë',
    new: 'Varragë e Poshtme',
    reason:
      'The shipped Albanian "Varagë" drops the "lower" qualifier of Donje Varage; the second source gives Varraga e Poshtme (definite), whose indefinite Varragë e Poshtme is a GeoNames alternate (English Wikipedia has "Varagë e Ulët" instead). [other]',
    source:
      'German Wikipedia, "Gemeinde Zubin Potok" (table "Orte: Albanisch | Serbisch | Einwohnerzahl (Schätzung 2009)"; seen via a proxy copy) — https://de.wikipedia.org/wiki/Gemeinde_Zubin_Potok',
  },
  {
    featureId: 'geonames-784719',
    sourceRow: 'GeoNames 784719',
    field: 'name.sr-Latn',
    old: 'Varage',
    new: 'Donje Varage',
    reason:
      'The settlement is Donje Varage (Gornje Varage is a separate feature); GeoNames\' main name "Varage" drops the qualifier. [other]',
    source:
      'English Wikipedia, "Zubin Potok" (Settlements section; stored copy) — https://en.wikipedia.org/wiki/Zubin_Potok',
  },
  {
    featureId: 'geonames-784719',
    sourceRow: 'GeoNames 784719',
    field: 'name.sr-Cyrl',
    old: 'Вараге',
    new: 'Доње Вараге',
    reason: 'Cyrillic twin of Donje Varage (also a GeoNames Cyrillic alternate of this feature). [other]',
    source:
      'English Wikipedia, "Zubin Potok" (Settlements section; stored copy) — https://en.wikipedia.org/wiki/Zubin_Potok',
  },
  {
    featureId: 'geonames-791062',
    sourceRow: 'GeoNames 791062',
    field: 'name.sq',
    old: 'Drenë',
    new: 'Dren',
    reason:
      'Both second sources give the Zubin Potok village as Dren in Albanian as in Serbian; "Drenë" is a GeoNames variant. [other]',
    source:
      'English Wikipedia, "Zubin Potok" (Settlements section; stored copy) — https://en.wikipedia.org/wiki/Zubin_Potok',
  },
  {
    featureId: 'geonames-789927',
    sourceRow: 'GeoNames 789927',
    field: 'name.sq',
    old: 'Jagnenicë',
    new: 'Jagnjenica',
    reason:
      'The shipped "Jagnenicë" drops the j of nj; both second sources give the Albanian name as Jagnjenica, the same as the Serbian. [ocr-garble]',
    source:
      'German Wikipedia, "Gemeinde Zubin Potok" (table "Orte: Albanisch | Serbisch | Einwohnerzahl (Schätzung 2009)"; seen via a proxy copy) — https://de.wikipedia.org/wiki/Gemeinde_Zubin_Potok',
  },
  {
    featureId: 'geonames-791955',
    sourceRow: 'GeoNames 791955',
    field: 'name.sr-Latn',
    old: 'Ćešanoviće',
    new: 'Češanoviće',
    reason:
      'The Serbian name begins with Č (Albanian Çeshanoviq agrees); "Ćešanoviće" was taken from the wrong GeoNames Cyrillic alternate "Ћешановиће". [other]',
    source:
      'English Wikipedia, "Zubin Potok" (Settlements section; stored copy) — https://en.wikipedia.org/wiki/Zubin_Potok',
  },
  {
    featureId: 'geonames-791955',
    sourceRow: 'GeoNames 791955',
    field: 'name.sr-Cyrl',
    old: 'Ћешановиће',
    new: 'Чешановиће',
    reason:
      'Cyrillic twin (official transliteration) of the corrected Latin Češanoviće; the shipped "Ћешановиће" starts with Ћ. [cyrillic-mismatch]',
    source:
      'English Wikipedia, "Zubin Potok" (Settlements section; stored copy) — https://en.wikipedia.org/wiki/Zubin_Potok',
  },
  {
    featureId: 'geonames-783978',
    sourceRow: 'GeoNames 783978',
    field: 'name.sq',
    old: 'Zhahë',
    new: 'Zhazhë',
    reason:
      '"Zhahë" has lost a z (Zha-hë for Zha-zhë); the second source names the village Zhazha (definite form), and Zhazhë is the GeoNames indefinite alternate. [ocr-garble]',
    source: 'German Wikipedia, "Boletin" (seen via de.wiki.li copy) — https://de.wikipedia.org/wiki/Boletin',
  },
  {
    featureId: 'geonames-830470',
    sourceRow: 'GeoNames 830470',
    field: 'name.sq',
    old: null,
    new: 'Boletin',
    reason:
      'The Albanian name is missing; the village (birthplace of Isa Boletini) is Boletin in Albanian. [missing-albanian]',
    source: 'German Wikipedia, "Boletin" (seen via de.wiki.li copy) — https://de.wikipedia.org/wiki/Boletin',
  },
  {
    featureId: 'geonames-834414',
    sourceRow: 'GeoNames 834414',
    field: 'name.sq',
    old: 'Jarinje',
    new: 'Jarinjë',
    reason:
      'The shipped Albanian form is the Serbian spelling Jarinje; Albanian-language sources write Jarinjë (genitive Jarinjës). [missing-albanian]',
    source:
      'Radio Evropa e Lirë (RFE/RL Albanian), "Kosova arreston një shtetas të Serbisë për sulm ndaj policëve në Jarinjë", 3 Oct 2025 — https://www.evropaelire.org/a/kosova-arrestim-sulm-police-jarinje-/33547908.html',
  },
  {
    featureId: 'station-jarinje',
    sourceRow: 'OSM railway station station-jarinje',
    field: 'name.sq',
    old: null,
    new: 'Jarinjë',
    reason:
      'No Albanian name was shipped for the Jarinje station; the place is Jarinjë in Albanian. [missing-albanian]',
    source:
      'Radio Evropa e Lirë (RFE/RL Albanian), "Kosova arreston një shtetas të Serbisë për sulm ndaj policëve në Jarinjë", 3 Oct 2025 — https://www.evropaelire.org/a/kosova-arrestim-sulm-police-jarinje-/33547908.html',
  },
  {
    featureId: 'station-leposavic',
    sourceRow: 'OSM railway station station-leposavic',
    field: 'name.sq',
    old: null,
    new: 'Leposaviq',
    reason:
      'No Albanian name was shipped for the Leposavić station; the town is Leposaviq in Albanian (as the shipped town feature already has). [missing-albanian]',
    source:
      'Radio Evropa e Lirë (RFE/RL Albanian), "Kosova arreston një shtetas të Serbisë për sulm ndaj policëve në Jarinjë", 3 Oct 2025 — https://www.evropaelire.org/a/kosova-arrestim-sulm-police-jarinje-/33547908.html',
  },
  {
    featureId: 'geonames-786868',
    sourceRow: 'GeoNames 786868',
    field: 'name.sq',
    old: 'Popovci',
    new: 'Popoc',
    reason:
      'The shipped Albanian form is the Serbian spelling; the Albanian name is Popoc. [missing-albanian]',
    source:
      'French Wikipedia, "Popovce (Leposavić)" (seen via the iiab.me Kiwix copy wikipedia_fr_all_maxi_2022-09) — https://fr.wikipedia.org/wiki/Popovce_(Leposavi%C4%87)',
  },
  {
    featureId: 'geonames-786868',
    sourceRow: 'GeoNames 786868',
    field: 'name.sr-Latn',
    old: 'Popovci',
    new: 'Popovce',
    reason: 'The settlement\'s Serbian name is Popovce; "Popovci" is GeoNames\' main name. [other]',
    source:
      'French Wikipedia, "Popovce (Leposavić)" (seen via the iiab.me Kiwix copy wikipedia_fr_all_maxi_2022-09) — https://fr.wikipedia.org/wiki/Popovce_(Leposavi%C4%87)',
  },
  {
    featureId: 'geonames-786868',
    sourceRow: 'GeoNames 786868',
    field: 'name.sr-Cyrl',
    old: 'Поповци',
    new: 'Поповце',
    reason: 'Cyrillic form of Popovce (given verbatim by the source; also a GeoNames alternate). [other]',
    source:
      'French Wikipedia, "Popovce (Leposavić)" (seen via the iiab.me Kiwix copy wikipedia_fr_all_maxi_2022-09) — https://fr.wikipedia.org/wiki/Popovce_(Leposavi%C4%87)',
  },
  {
    featureId: 'geonames-792588',
    sourceRow: 'GeoNames 792588',
    field: 'name.sr-Latn',
    old: 'Bistrica',
    new: 'Šaljska Bistrica',
    reason:
      'This is Šaljska Bistrica (Albanian Bistricë e Shalës), not the northern Bistrica (geonames-792587); shipping "Bistrica" gives the two villages the same Serbian name. [other]',
    source:
      'English Wikipedia, "Leposavić", Settlements list (older revision, seen via self.gutenberg.org copy) — http://www.self.gutenberg.org/articles/Leposavi%C4%87',
  },
  {
    featureId: 'geonames-792588',
    sourceRow: 'GeoNames 792588',
    field: 'name.sr-Cyrl',
    old: 'Бистрица',
    new: 'Шаљска Бистрица',
    reason: 'Cyrillic twin of Šaljska Bistrica (also a GeoNames Cyrillic alternate of this feature). [other]',
    source:
      'English Wikipedia, "Leposavić", Settlements list (older revision, seen via self.gutenberg.org copy) — http://www.self.gutenberg.org/articles/Leposavi%C4%87',
  },
  {
    featureId: 'geonames-786841',
    sourceRow: 'GeoNames 786841',
    field: 'name.sr-Latn',
    old: 'Postenje',
    new: 'Ibarsko Postenje',
    reason: 'The settlement is Ibarsko Postenje; "Postenje" drops the first word of the name. [other]',
    source:
      'English Wikipedia, "Leposavić", Settlements list (older revision, seen via self.gutenberg.org copy) — http://www.self.gutenberg.org/articles/Leposavi%C4%87',
  },
  {
    featureId: 'geonames-786841',
    sourceRow: 'GeoNames 786841',
    field: 'name.sr-Cyrl',
    old: 'Постење',
    new: 'Ибарско Постење',
    reason: 'Cyrillic twin of Ibarsko Postenje (also a GeoNames Cyrillic alternate of this feature). [other]',
    source:
      'English Wikipedia, "Leposavić", Settlements list (older revision, seen via self.gutenberg.org copy) — http://www.self.gutenberg.org/articles/Leposavi%C4%87',
  },
  {
    featureId: 'geonames-786841',
    sourceRow: 'GeoNames 786841',
    field: 'name.sq',
    old: 'Postenjë',
    new: 'Postenjë e Ibrit',
    reason:
      'The Albanian name carries the same qualifier ("of the Ibar"); the second source gives Postenja e Ibrit (definite), whose indefinite Postenjë e Ibrit is a GeoNames alternate. [other]',
    source:
      'memim.com "Leposavić" (English rendering of an older German Wikipedia "Leposavić", Gemeindegliederung) — http://memim.com/leposavic.html',
  },
  {
    featureId: 'geonames-784719',
    sourceRow: 'GeoNames 784719',
    field: 'name.en',
    old: 'Varage',
    new: 'Donje Varage',
    reason: 'the English label follows the Serbian name, which GeoNames gave short [other]',
    source:
      'English Wikipedia, "Zubin Potok" (Settlements section; stored copy) — https://en.wikipedia.org/wiki/Zubin_Potok',
  },
  {
    featureId: 'geonames-792588',
    sourceRow: 'GeoNames 792588',
    field: 'name.en',
    old: 'Bistrica',
    new: 'Šaljska Bistrica',
    reason: 'the English label follows the Serbian name, which GeoNames gave short [other]',
    source:
      'English Wikipedia, "Leposavić", Settlements list (older revision, seen via self.gutenberg.org copy) — http://www.self.gutenberg.org/articles/Leposavi%C4%87',
  },
  {
    featureId: 'geonames-786841',
    sourceRow: 'GeoNames 786841',
    field: 'name.en',
    old: 'Postenje',
    new: 'Ibarsko Postenje',
    reason: 'the English label follows the Serbian name, which GeoNames gave short [other]',
    source:
      'English Wikipedia, "Leposavić", Settlements list (older revision, seen via self.gutenberg.org copy) — http://www.self.gutenberg.org/articles/Leposavi%C4%87',
  },
  {
    featureId: 'geonames-786868',
    sourceRow: 'GeoNames 786868',
    field: 'name.en',
    old: 'Popovci',
    new: 'Popovce',
    reason: 'the English label follows the Serbian name, which GeoNames gave short [other]',
    source:
      'French Wikipedia, "Popovce (Leposavić)" (seen via the iiab.me Kiwix copy wikipedia_fr_all_maxi_2022-09) — https://fr.wikipedia.org/wiki/Popovce_(Leposavi%C4%87)',
  },
  {
    featureId: 'station-pridvorica',
    sourceRow: 'OSM railway station Pridvorica (no name:sq tag)',
    field: 'name.sq',
    old: null,
    new: 'Pridvoricë',
    reason:
      'the station is named after the village of Pridvorica 0.4 km away, whose Albanian form is Pridvoricë [missing-albanian]',
    source: 'GeoNames 786745 (Pridvorica, Leposavić), its Albanian alternate name Pridvoricë',
  },
  {
    featureId: 'station-dren',
    sourceRow: 'OSM railway station Dren (no name:sq tag)',
    field: 'name.sq',
    old: null,
    new: 'Dren',
    reason:
      'the station is named after the village of Dren 0.3 km away, Dren in Albanian as in Serbian [missing-albanian]',
    source: 'GeoNames 791061 (Dren, Leposavić), its Albanian alternate name Dren',
  },
  // Names checked against OpenStreetMap as a second source (issue 35; tests/unit/names-osm.test.ts):
  // OSM's `place` names in the OpenMapTiles tiles of ../shared/osm-tiles/ (OSM data of 6 August 2021,
  // © OpenStreetMap contributors, ODbL), the nearest place within 2 km of the village. The class in
  // brackets as above.
  ...osmNames(
    'geonames-789194',
    'GeoNames 789194',
    'Koshutovë',
    'kosovo/12/2285/1504',
    [
      [
        'name.sq',
        'Koshtovë',
        'Koshutovë',
        'the u of Koshutovë was dropped ("Koshtovë"); the Serbian name is Košutovo [ocr-garble]',
      ],
    ],
    'and memim.com "Leposavić" (an English rendering of an older German Wikipedia article), its list of localities: "Košutovo / Koshutovë" — http://memim.com/leposavic.html',
  ),
  ...osmNames('geonames-789024', 'GeoNames 789024', 'Kërligatë', 'kosovo/12/2283/1507', [
    [
      'name.sq',
      'Krligatë',
      'Kërligatë',
      'the ë Albanian puts into the cluster Kr- was lost ("Krligatë"; GeoNames also lists Kërligatë) [lost-diacritic]',
    ],
  ]),
  ...osmNames('geonames-786164', 'GeoNames 786164', 'Rvatska - Rëvatskë', 'kosovo/12/2283/1502', [
    [
      'name.sq',
      'Rvatskë',
      'Rëvatskë',
      'the ë of the cluster Rv- was lost ("Rvatskë"; GeoNames also lists Rëvatskë) [lost-diacritic]',
    ],
  ]),
  ...osmNames(
    'geonames-792898',
    'GeoNames 792898 (no Serbian form picked)',
    'Banov Do',
    'kosovo/12/2284/1506',
    [
      [
        'name.sr-Latn',
        null,
        'Banov Do',
        'the Serbian name was missing; OSM names the village Banov Do, also a GeoNames alternate of this feature [missing-serbian]',
      ],
      [
        'name.sr-Cyrl',
        null,
        'Банов До',
        'Cyrillic twin of Banov Do by the official transliteration [missing-serbian]',
      ],
      [
        'name.en',
        'Banovdë',
        'Banov Do',
        'the English label follows the Serbian name of a village of Serb-majority Zvečan, now given [other]',
      ],
    ],
  ),
  {
    featureId: 'geonames-785813',
    sourceRow: 'GeoNames 785813',
    field: 'name.sq',
    old: 'Silatinë',
    new: 'Sllatinë',
    reason:
      'an OCR-like garble: the first l of Sllatinë read as i ("Silatinë"); Albanian renders Slatina as Sllatinë, a GeoNames alternate of this feature too. OSM names the village only in Serbian (Slatina) [ocr-garble]',
    source:
      'GeoNames 785813 alternate names (Sllatinë), and the Albanian form of the same name for the village of Slatina in Vushtrri: Serbo-Croatian Wikipedia, "Slatina (Vučitrn)": "Slatina (alb. Sllatinë)" — https://sh.m.wikipedia.org/wiki/Slatina_(Vu%C4%8Ditrn)',
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
        (next.properties.name as Record<string, string | null>)[row.field.slice(5)] = row.new as
          string | null;
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
