// Words the geoparser needs to tell a place name from a name that only contains one. Plain lists,
// general to English news writing about any region: none names a place of our story.

/** Words that join the parts of a place name and stay lower case: Bosnia and Herzegovina, Mitrovica e Veriut. */
export const CONNECTORS = new Set([
  'and',
  'of',
  'the',
  'on',
  'upon',
  'e',
  'i',
  'dhe',
  'na',
  'de',
  'del',
  'la',
  'le',
]);

/** A lower-case direction before a name may belong to it when the gazetteer has the whole: northern Kosovo. */
export const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
]);

/**
 * After a place name, a word that makes the whole an organisation's or an institution's name:
 * Kosovo Police, Serb List, Belgrade Centre for Security Policy.
 */
export const ORGANISATION_WORDS = new Set([
  'police',
  'army',
  'force',
  'forces',
  'list',
  'lista',
  'party',
  'government',
  'assembly',
  'parliament',
  'council',
  'ministry',
  'television',
  'radio',
  'tv',
  'times',
  'post',
  'online',
  'press',
  'news',
  'agency',
  'university',
  'institute',
  'centre',
  'center',
  'foundation',
  'church',
  'orthodox',
  'diocese',
  'eparchy',
  'railways',
  'airlines',
  'airways',
  'telecom',
  'bank',
  'chamber',
  'committee',
  'commission',
  'mission',
  'office',
]);

/** Two words after a place name that make an organisation's name: Kosovo Liberation Army, Kosovo Security Force. */
export const ORGANISATION_PHRASES = new Set([
  'liberation army',
  'security force',
  'security forces',
  'security council',
  'armed forces',
  'special forces',
  'national security',
  'national assembly',
  'national council',
  'national bank',
  'national theatre',
  'federal reserve',
]);

/** Words of an organisation before "of": University of Pristina, Radio Television of Serbia. */
export const ORGANISATION_HEADS = new Set([
  'university',
  'bank',
  'television',
  'radio',
  'ministry',
  'embassy',
  'consulate',
  'government',
  'parliament',
  'assembly',
  'academy',
  'institute',
  'museum',
  'church',
  'diocese',
  'eparchy',
  'council',
  'court',
  'office',
  'chamber',
  'patriarch',
  'patriarchate',
  'bishop',
]);

/** The words exempted above that still make "<place> …" a place: a border is a place. */
export const PLACE_HEADS = new Set(['border', 'boundary', 'crossing', 'region', 'valley', 'river', 'lake']);

/** After a place, a people or its members: the place is then an adjective (Kosovo Serbs). */
export const PEOPLE_WORDS = new Set([
  'serb',
  'serbs',
  'albanian',
  'albanians',
  'bosniak',
  'bosniaks',
  'turk',
  'turks',
  'roma',
  'gorani',
  'muslims',
  'christians',
  'residents',
  'officials',
  'authorities',
  'leaders',
  'leader',
  'president',
  'prime',
  'minister',
  'officers',
  'officer',
  'troops',
  'soldiers',
]);

/** Before a name, a title or role: the name that follows is a person's (President Aleksandar Vučić). */
export const PERSON_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'minister',
  'premier',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'general',
  'envoy',
  'ambassador',
  'chancellor',
  'advisor',
  'adviser',
  'chief',
  'commander',
  'colonel',
  'major',
  'captain',
  'sergeant',
  'officer',
  'patriarch',
  'bishop',
  'pope',
  'king',
  'queen',
  'prince',
  'senator',
  'representative',
  'judge',
  'prosecutor',
  'mayor',
  'leader',
  'deputy',
  'director',
  'head',
  'chair',
  'chairman',
  'vice-president',
  'said',
  'told',
]);

/** Given names common in the region's and the world's news: a capitalised word after one is a surname. */
export const GIVEN_NAMES = new Set(
  (
    'Aleksandar Albin Antony Jake John Jens Josep Miroslav Olaf Emmanuel Giorgia Joe Donald Vladimir Xi ' +
    'Ursula Charles Rishi Keir Boris Kamala Hillary Barack Angela Milan Ivica Ana Vjosa Hashim Ramush ' +
    'Xhelal Goran Marko Nikola Petar Dragan Zoran Slobodan Vojislav Boris Ivan Igor Dejan Srđan Srdjan ' +
    'Aleksandra Jelena Milica Marija Dušan Dusan Vučić Isa Kadri Fatmir Agim Besnik Driton Enver Edi ' +
    'Bujar Shpend Donika Glauk Lutfi Avdullah Behgjet Ibrahim Hakan Recep Tayyip Sergei Sergey Dmitry ' +
    'Maria Anna Peter Paul Michael David James Robert William Richard Thomas Mark Daniel Matthew ' +
    'Andrew George Edward Steven Kevin Brian Gabriel Miroslav Gabriel Jeffrey Philip Derek Gabriele ' +
    'Josip Andrej Zlatko Nebojša Nebojsa Miloš Milos Radoslav Vuk Ivana Tanja Nataša Natasa Branko ' +
    'Milorad Dalibor Rade Zvonko Stefan Luka Lazar Mladen Jadranka Sanja Ljubomir Uroš Uros Jovan'
  ).split(' '),
);

/**
 * Common English words that are also place names somewhere: at the start of a sentence, where every
 * word is capitalised, they are not taken for places (Bare shelves…, Most residents…).
 */
export const COMMON_WORDS = new Set(
  (
    'a about after again against all also an and another any are as at back bad bare be because been ' +
    'before being best better between big both but by can come could day days did do does down during ' +
    'each early even ever every few first for from further get go good great had has have he her here ' +
    'high his how however i if in into is it its just last late least less like little long made many ' +
    'may me more most much must my near never new next no none nor not now of off old on once one only ' +
    'or other our out over own part per police rather same see she should since so some still such ' +
    'than that the their them then there these they this those though three through to too two under ' +
    'until up upon very was we well were what when where which while who whom whose why will with ' +
    'within without would yet you young your today yesterday tomorrow monday tuesday wednesday thursday ' +
    'friday saturday sunday march may june august nice split bath reading mobile orange victoria ' +
    'florence lincoln independence liberty union hope paradise eden globe center centre central ' +
    'general grand hull mercy justice peace unity victory freedom deal bar brest gap most reka selo ' +
    'polje banja brod'
  ).split(' '),
);

/** Words for peoples and adjectives of places: reported only on request, marked as adjectives. */
export const DEMONYMS: Record<string, string> = {
  Serbian: 'f:serbia',
  Serb: 'f:serbia',
  Serbs: 'f:serbia',
  Kosovar: 'f:kosovo',
  Kosovars: 'f:kosovo',
  Kosovan: 'f:kosovo',
  Albanian: 'f:albania',
  Albanians: 'f:albania',
  American: 'c:US',
  Americans: 'c:US',
  British: 'c:GB',
  Russian: 'c:RU',
  Chinese: 'c:CN',
  French: 'c:FR',
  German: 'c:DE',
  Italian: 'c:IT',
  Hungarian: 'c:HU',
  Montenegrin: 'f:montenegro',
  Macedonian: 'f:north-macedonia',
  Bosnian: 'f:bosnia-and-herzegovina',
  Croatian: 'f:croatia',
  Bulgarian: 'f:bulgaria',
  Greek: 'f:greece',
  Romanian: 'f:romania',
  Turkish: 'c:TR',
  Ukrainian: 'c:UA',
  Balkan: 'd:balkans',
};

/** Words before a name that mean "the municipality of": the municipality, not its seat. */
export const MUNICIPALITY_WORDS = new Set([
  'municipality',
  'municipalities',
  'commune',
  'komuna',
  'komunës',
  'opština',
  'opstina',
  'општина',
  'district',
]);
