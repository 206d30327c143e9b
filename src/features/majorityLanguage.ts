// The majority language of each of Kosovo's 38 municipalities: which name comes first on the map
// (the OSCE Mission's convention: "Zvečan/Zveçan", "Prishtinë/Priština").
// Serbian: the ten Serb-majority municipalities of the planned Association/Community of Serb-majority
// municipalities (First Agreement of Principles Governing the Normalization of Relations, Brussels,
// 19 April 2013, points 1–6; the four northern ones did not take part in the 2011 census). Turkish:
// Mamusha (2011 census, Kosovo Agency of Statistics: 93 % Turkish). Albanian: the other 27 (2011 census).
export type MajorityLanguage = 'sq' | 'sr' | 'tr';

const SERB_MAJORITY = [
  'municipality-north-mitrovica',
  'municipality-zvecan',
  'municipality-zubin-potok',
  'municipality-leposavic',
  'municipality-gracanica',
  'municipality-kllokot',
  'municipality-novoberde',
  'municipality-partesh',
  'municipality-ranillug',
  'municipality-shterpce',
];

export const MAJORITY_SOURCE =
  'Serb-majority: the ten municipalities named for the Association/Community of Serb-majority municipalities (Brussels, 19 April 2013); Turkish: Mamusha; Albanian: the others (Kosovo Agency of Statistics, 2011 census).';

export function majorityLanguage(municipalityId: string): MajorityLanguage {
  if (SERB_MAJORITY.includes(municipalityId)) return 'sr';
  if (municipalityId === 'municipality-mamusha') return 'tr';
  return 'sq';
}
