// The links between the article and the map: each ties a feature to the exact words of a passage that
// refer to it, and says who makes the claim. Typed here (passage ids and claimants are checked by the
// compiler); linkSchema.ts holds the schema the tests validate every link with, so zod is not needed
// before the article can paint.
import type { PassageId } from './passages';

export const CLAIMANTS = {
  article: 'The article itself',
  'us-government': 'The United States (White House / National Security Council)',
  'us-nsc-spokesman': 'John Kirby, US National Security Council spokesman',
  'nato-secretary-general': 'Jens Stoltenberg, NATO Secretary General',
  'uk-ministry-of-defence': 'The British Ministry of Defence',
  'kosovo-police': 'The Kosovo police',
  'kosovo-government': 'Kosovo (the authorities)',
  'kosovo-prime-minister': 'Albin Kurti, Kosovo Prime Minister',
  'kosovo-interior-minister': 'Xhelal Sveçla, Kosovo Minister of Internal Affairs',
  nato: 'NATO (the Alliance)',
  'serbian-president': 'Aleksandar Vučić, Serbian President',
} as const;
export type Claimant = keyof typeof CLAIMANTS;

export interface ArticleLink {
  featureId: string;
  passageId: PassageId;
  /** The passage's exact words. */
  phrase: string;
  claimant: Claimant;
  /** The viewer's note when the article names no exact place, or implies what it does not say. */
  note: string | null;
  /**
   * false: clicking the phrase does not frame this feature, because the phrase also links a more
   * precise place (e.g. "near the border" when the place is Banjska, 12 km from the line).
   */
  framed?: false;
}

const BORDER_ONLY_APPROXIMATE =
  'The article names no exact place for the deployment: it is linked to the whole border line, not to any reported position.';

export const LINKS: ArticleLink[] = [
  {
    featureId: 'kosovo-serbia-border',
    passageId: 'subtitle',
    phrase: 'on the border with Kosovo Liberation',
    claimant: 'us-government',
    note: `${BORDER_ONLY_APPROXIMATE} "Liberation" is the name of the newspaper (Libération), fused into the subtitle by the translation.`,
  },
  {
    featureId: 'kosovo-serbia-border',
    passageId: 'lede',
    phrase: 'a “significant deployment” of Serbian troops on the border with Kosovo',
    claimant: 'us-government',
    note: BORDER_ONLY_APPROXIMATE,
  },
  {
    featureId: 'kosovo',
    passageId: 'lede',
    phrase: 'NATO is ready to reinforce its troops on site',
    claimant: 'nato',
    note: "KFOR, NATO's force, is stationed throughout Kosovo; the reinforcements are for the north (see below).",
  },
  {
    featureId: 'kosovo-serbia-border',
    passageId: 'kirby-deployment',
    phrase: '“Serbia to withdraw troops gathered on the border with Kosovo.”',
    claimant: 'us-government',
    note: BORDER_ONLY_APPROXIMATE,
  },
  {
    featureId: 'serbia',
    passageId: 'kirby-deployment',
    phrase: '“Serbia to withdraw troops gathered on the border with Kosovo.”',
    claimant: 'us-government',
    note: 'Serbia as the state asked to withdraw its troops from the border area.',
    framed: false,
  },
  {
    featureId: 'kosovo-serbia-border',
    passageId: 'kirby-deployment',
    phrase: '“We are witnessing a significant Serbian military operation along the border with Kosovo,”',
    claimant: 'us-nsc-spokesman',
    note: BORDER_ONLY_APPROXIMATE,
  },
  {
    featureId: 'kosovo',
    passageId: 'kfor-presence',
    phrase: 'a possible invasion of Kosovo',
    claimant: 'article',
    note: null,
  },
  {
    featureId: 'kosovo',
    passageId: 'kfor-presence',
    phrase: 'the force stationed by NATO in this former Serbian province',
    claimant: 'article',
    note: 'KFOR has been stationed in Kosovo since 1999. "Former Serbian province" is the article\'s wording; Serbia still regards Kosovo as its province.',
  },
  {
    featureId: 'north-kosovo',
    passageId: 'kfor-presence',
    phrase: 'will “increase its presence” in the north of the territory',
    claimant: 'us-nsc-spokesman',
    note: null,
  },
  {
    featureId: 'north-kosovo',
    passageId: 'kfor-presence',
    phrase: 'a redeployment of KFOR troops to northern Kosovo',
    claimant: 'us-nsc-spokesman',
    note: null,
  },
  {
    featureId: 'kosovo',
    passageId: 'nato-reinforcements',
    phrase: 'made available to the Kfor in case of need in Kosovo',
    claimant: 'uk-ministry-of-defence',
    note: null,
  },
  {
    featureId: 'kosovo',
    passageId: 'nato-reinforcements',
    phrase: 'all people living in Kosovo',
    claimant: 'nato-secretary-general',
    note: null,
  },
  {
    featureId: 'kosovo-serbia-border',
    passageId: 'banjska-attack',
    phrase: 'killed while on patrol near the border with Serbia',
    claimant: 'article',
    note: 'The officer was killed near the village of Banjska (Banjskë) in Zvečan, roughly 12 km from the border line; the article gives no exact place.',
    framed: false,
  },
  {
    featureId: 'banjska-area',
    passageId: 'banjska-attack',
    phrase: 'killed while on patrol near the border with Serbia',
    claimant: 'article',
    note: 'Placed from press reports: the patrol was attacked near Banjska village on 24 September 2023.',
  },
  {
    featureId: 'banjska-area',
    passageId: 'banjska-attack',
    phrase: 'He was moving near a road that was reportedly blocked',
    claimant: 'article',
    note: 'The article does not name the road. Press reports place the blockade at the entrance of Banjska village; the area drawn is approximate.',
  },
  {
    featureId: 'banjska-area',
    passageId: 'banjska-attack',
    phrase: '“came under attack from various positions with heavy weapons, including grenades.”',
    claimant: 'kosovo-police',
    note: null,
  },
  {
    featureId: 'banjska-monastery',
    passageId: 'banjska-attack',
    phrase: 'barricaded themselves in a monastery',
    claimant: 'article',
    note: 'The article does not name the monastery: it is the Banjska monastery in Zvečan municipality.',
  },
  {
    featureId: 'banjska-area',
    passageId: 'banjska-attack',
    phrase: 'barricaded themselves in a monastery',
    claimant: 'article',
    note: 'The siege took place at the monastery and around Banjska village (approximate area).',
  },
  {
    featureId: 'serbia',
    passageId: 'banjska-attack',
    phrase: 'several in Serbia are being treated in a hospital in the south of the country',
    claimant: 'kosovo-government',
    note: 'The hospital is not named in the article: the link goes to Serbia as a whole ("the south of the country" is southern Serbia), the article\'s own wording. For the hospital named in reports, see Novi Pazar.',
    framed: false,
  },
  {
    featureId: 'town-novi-pazar',
    passageId: 'banjska-attack',
    phrase: 'several in Serbia are being treated in a hospital in the south of the country',
    claimant: 'kosovo-interior-minister',
    note: "Not in the article. Kosovo's interior minister, Xhelal Sveçla, said that six wounded attackers were in the hospital in Novi Pazar (MIA, via Sloboden Pečat, 26 September 2023: https://www.slobodenpecat.mk/en/nekolkumina-povredeni-od-bolnicata-vo-novi-pazar-prefrleni-vo-pogolemi-ustanovi-vo-srbija/); the Beta news agency reported two men with gunshot wounds at Novi Pazar's general hospital (N1, 25 September 2023: https://n1info.rs/english/news/beta-2-men-with-gunshot-wounds-in-novi-pazar-hospital/). Novi Pazar's hospital is the nearest in Serbia to Banjska.",
  },
  {
    featureId: 'kosovo',
    passageId: 'background-conflict',
    phrase: 'refuses to recognize the independence declared in 2008 of its former province',
    claimant: 'article',
    note: null,
  },
  {
    featureId: 'serbia',
    passageId: 'background-conflict',
    phrase: 'Serbia, supported in particular by its Russian and Chinese allies',
    claimant: 'article',
    note: null,
    // Serbia as a state acting, not a place to look at.
    framed: false,
  },
  {
    featureId: 'north-kosovo',
    passageId: 'background-conflict',
    phrase: 'mostly in Serbia live in northern Kosovo',
    claimant: 'article',
    note: "The article's claim, garbled by the translation (it seems to say that most of Kosovo's Serbs live in northern Kosovo). Estimates differ and none is official (Kosovo Serbs boycotted the 2011 census): English Wikipedia's \"Kosovo Serbs\" gives about 95,000 Kosovo Serbs, nearly half of whom live in North Kosovo (https://en.wikipedia.org/wiki/Kosovo_Serbs).",
  },
  {
    featureId: 'north-kosovo',
    passageId: 'spring-crisis',
    phrase: 'This region is therefore the scene of recurring violence',
    claimant: 'article',
    note: '"This region" is northern Kosovo, named at the end of the previous paragraph.',
  },
  ...[
    'municipality-north-mitrovica',
    'municipality-zvecan',
    'municipality-zubin-potok',
    'municipality-leposavic',
  ].map((featureId): ArticleLink => ({
    featureId,
    passageId: 'spring-crisis',
    phrase: 'appoint Albanian mayors in four municipalities with a Serb majority',
    claimant: 'article',
    note: 'The four are North Mitrovica, Zvečan, Zubin Potok and Leposavić, where mayors elected in the April 2023 local elections, boycotted by Serbs, took office in May 2023.',
  })),
  {
    featureId: 'geonames-792875',
    passageId: 'spring-crisis',
    phrase: 'Serbia’s arrest of three Kosovar police officers',
    claimant: 'kosovo-police',
    note: "Where is disputed. Kosovo police: the three officers were seized on patrol at Tresava–Bare, Leposavić municipality, on the line, and the map shows the GeoNames point of Bare (approximate; Tresava is not in the shared sources) (RFE/RL, 14 June 2023, via https://naslovi.net/2023-06-14/slobodna-evropa/kosovo-navodi-da-su-policajci-oteti-srbija-da-su-uhapseni/33732255). Serbia: they were arrested more than a kilometre inside Serbia, near the village of Gnjilica, Raška municipality (Petar Petković, head of Serbia's Office for Kosovo, 14 June 2023; Higher Court in Kraljevo, N1, 26 June 2023: https://n1info.hr/english/news/kosovo-policemen-arrested-by-serbia-released-pending-trial/). No source at hand gives Gnjilica's position, so Serbia's claim has no point on the map. Date: 14 June 2023.",
  },
  {
    featureId: 'municipality-zvecan',
    passageId: 'spring-crisis',
    phrase: 'a violent uprising by Serbian demonstrators that left more than 30 peacekeepers injured',
    claimant: 'article',
    note: 'The clash took place in Zvečan, in front of the municipal building, on 29 May 2023; the article does not say where.',
  },
];
