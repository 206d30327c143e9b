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

/**
 * Before a name, in any case, a title or a role: the name that follows is a person's (spokesman
 * Kamenica, Mr Morina, Sergeant Dren, Judge Violeta Morina). Never an adjective before a place name.
 */
export const PERSON_ROLES = new Set(
  (
    'mr mrs ms miss dr sgt capt col lt gen prof sir dame madam monsieur herr ' +
    'president premier minister spokesman spokeswoman spokesperson secretary envoy ambassador chancellor ' +
    'advisor adviser commander colonel captain sergeant lieutenant corporal admiral officer inspector ' +
    'patriarch bishop archbishop abbot pope senator representative judge prosecutor lawyer attorney ' +
    'mayor governor deputy director chairman chairwoman chairperson councillor councilor mp mep ' +
    'reporter correspondent journalist analyst professor dean rector coach ' +
    'portparol predsednik predsednica ministar ministarka gradonačelnik gradonacelnik sudija tužilac ' +
    'zëdhënësi zedhenesi kryetari ministri gjyqtari prokurori'
  ).split(' '),
);

/**
 * Titles that mark a person only when capitalised (General Kamenica, Father Sava): in lower case they
 * are ordinary words before a place (a major Belgrade daily, the general Mitrovica area).
 */
export const CAPITALISED_TITLES = new Set(
  'general major chief head leader father sister brother king queen prince princess imam sheikh'.split(' '),
);

/** Right after a name, a verb of saying: the name is a person's (Kamenica said), unless a place speaks. */
export const SAYING_VERBS = new Set(
  (
    'said says told tells added adds stated explained wrote writes tweeted posted argued argues insisted ' +
    'noted warned warns claimed claims denied confirmed replied answered recalled declared stressed ' +
    'admitted acknowledged complained testified continued concluded commented emphasised emphasized ' +
    'suggested believes thinks asked urged recounted remembered ' +
    'rekao rekla izjavio izjavila kazao kazala naveo navela dodao dodala istakao istakla poručio poručila ' +
    'tha deklaroi shtoi theksoi'
  ).split(' '),
);

/** Words before a name that say it is a place (in Kamenica, the village of Morina): never a person then. */
export const LOCATIVE_WORDS = new Set(
  (
    'in at near outside around towards toward to into across through via from between beyond inside ' +
    'u iz kod na ka preko blizu oko në nga te pranë afër'
  ).split(' '),
);

/** "<noun> of X": X is a place (the village of Morina, the mayor of Zvečan, residents of Gjilan). */
export const PLACE_NOUNS = new Set(
  (
    'village villages town towns city cities municipality municipalities region district area outskirts ' +
    'centre center north south east west residents people inhabitants mayor mayors streets hills ' +
    'valley border shores'
  ).split(' '),
);

/**
 * Capitalised words before a name that belong to a place's name or describe the place, not given
 * names: Lake, Upper, Greater, Gornja, Donje…
 */
export const PLACE_PREFIXES = new Set(
  (
    'lake mount mountain mountains river camp fort port cape gulf bay sea valley upper lower greater ' +
    'old new great little north south east west northern southern eastern western central saint st sveti ' +
    'gornja gornje gornji donja donje donji velika veliko veliki mala malo mali stari stara staro novi ' +
    'nova novo kosovska severna južna juzna republic republika'
  ).split(' '),
);

/**
 * The generic words of features' names (Lake Gazivode, Jarinje crossing, Banjska Monastery): written in
 * lower case or capitalised alike, and the name without them (Gazivode) still names the feature.
 */
export const GENERIC_HEADS = new Set(
  (
    'lake reservoir dam river crossing border monastery bridge mount mountain valley ' +
    'jezero manastir reka most liqeni manastiri lumi ura'
  ).split(' '),
);

/** Words of an attack (issue 27: "the next Banjska" is the attack, not the village). */
export const ATTACK_WORDS = new Set(
  (
    'attack attacks attacked attackers attacker siege besieged gunmen gunman gunfight shootout ambush ' +
    'ambushed assault terrorist terrorists terrorism paramilitary paramilitaries commando ' +
    'napad napada napadu napadači sulm sulmi sulmit sulmin sulmuesit'
  ).split(' '),
);

/** Right before a name, a word that makes it an event: the next Banjska, another Banjska, since Banjska. */
export const EVENT_WORDS = new Set('next another second new since after before repeat'.split(' '));

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
