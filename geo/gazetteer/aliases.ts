// Curated names the sources lack or give for another place, one row per place with the reason and a
// source. The forms generated for every name (Albanian definite and indefinite forms, Serbian cases,
// the other Serbian script, forms without diacritics) are the geoparser's, not rows here.
export interface AliasRow {
  /** A gazetteer id: `f:<feature id>`, `gn:<GeoNames id>`, `c:<ISO alpha-2>`, `d:<name>`. */
  place: string;
  names: string[];
  reason: string;
  source: string;
}

export const ALIASES: AliasRow[] = [
  {
    place: 'f:kosovo',
    names: [
      'Kosova',
      'Kosovë',
      'Republic of Kosovo',
      'Republika e Kosovës',
      'Kosovo and Metohija',
      'Kosovo i Metohija',
      'Kosmet',
      'Косово',
      'Косово и Метохија',
    ],
    reason:
      'Albanian indefinite and definite forms, the official names, and the Serbian constitutional name (Kosovo and Metohija, short Kosmet).',
    source: 'Constitution of the Republic of Kosovo (2008), art. 1; Constitution of Serbia (2006), preamble',
  },
  {
    place: 'f:serbia',
    names: ['Republic of Serbia', 'Srbija', 'Србија', 'Serbia', 'Serbi', 'Republika e Serbisë'],
    reason: 'The official name and the Serbian and Albanian forms.',
    source: 'Constitution of Serbia (2006), art. 1',
  },
  {
    place: 'f:north-kosovo',
    names: [
      'Northern Kosovo',
      'North Kosovo',
      'Kosovo’s north',
      'Veriu i Kosovës',
      'Sever Kosova',
      'Север Косова',
    ],
    reason: 'The region the press calls northern or north Kosovo: the four Serb-majority municipalities.',
    source: 'OSCE Mission in Kosovo, municipal profiles (2018)',
  },
  {
    place: 'f:town-north-mitrovica',
    names: ['Mitrovica North', 'North Mitrovica', 'Kosovska Mitrovica', 'Косовска Митровица'],
    reason:
      'Kosovska Mitrovica, the city’s Serbian name before 1999, is what Serbian sources still call its northern, Serb-majority part.',
    source: 'OSCE Mission in Kosovo, North Mitrovica municipal profile (2018)',
  },
  {
    place: 'f:lake-gazivode',
    names: [
      'Lake Gazivode',
      'Gazivode Lake',
      'Gazivode reservoir',
      'Ujmani',
      'Liqeni i Ujmanit',
      'Lake Ujman',
    ],
    reason: 'The reservoir’s English and Albanian names (Ujman); GeoNames gives only Gazivodsko Jezero.',
    source: 'Wikipedia, Lake Gazivoda (Ujmani)',
  },
  {
    place: 'f:river-ibar',
    names: ['Ibar', 'Ibër', 'Ibri', 'Ибар', 'Ibar River', 'River Ibar'],
    reason: 'The river’s Albanian indefinite and definite forms and the Serbian Cyrillic name.',
    source:
      'Law No. 03/L-041 on Administrative Municipal Boundaries (river names in the annexes); Wikipedia, Ibar',
  },
  {
    place: 'f:banjska-monastery',
    names: [
      'Banjska Monastery',
      'Monastery of Banjska',
      'Manastir Banjska',
      'Manastiri i Banjskës',
      'Манастир Бањска',
    ],
    reason: 'The monastery’s names in English, Serbian and Albanian.',
    source: 'Wikipedia, Banjska Monastery',
  },
  {
    place: 'f:banjska-area',
    names: [
      'Banjska attack',
      'Banjska siege',
      'Banjska',
      'Banjskë',
      'Бањска',
      'sulmi në Banjskë',
      'napad u Banjskoj',
    ],
    reason:
      'The attack and siege of 24 September 2023 go by the village’s name (the Banjska attack; “the next Banjska”); the area’s own names are descriptions the gazetteer cannot use.',
    source: 'Wikipedia, 2023 Banjska attack',
  },
  {
    place: 'f:crossing-jarinje',
    names: ['Jarinje', 'Jarinjë', 'Јариње', 'Jarinje crossing', 'Jarinje border crossing'],
    reason: 'The crossing is named after the villages of Donje and Gornje Jarinje beside it.',
    source: 'German Wikipedia, Grenzübergang Jarinje',
  },
  {
    place: 'f:crossing-brnjak',
    names: ['Brnjak', 'Bërnjak', 'Брњак', 'Brnjak crossing', 'Brnjak border crossing'],
    reason: 'The crossing is named after the village of Brnjak (Bërnjak) beside it.',
    source: 'Wikipedia, Brnjak',
  },
  {
    place: 'c:US',
    names: ['United States', 'United States of America', 'USA', 'U.S.', 'US'],
    reason: 'English names and abbreviations of the United States.',
    source: 'ISO 3166-1; i18n-iso-countries',
  },
  {
    place: 'c:GB',
    names: ['United Kingdom', 'UK', 'Britain', 'Great Britain'],
    reason: 'English names of the United Kingdom.',
    source: 'ISO 3166-1',
  },
];
