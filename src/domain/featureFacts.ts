// A fact or two per feature for the popup, from the figures the pipeline computed from the shipped
// geometry (turf): nothing is measured on the reader's click.
import type { SituationFeature } from './schema';

export interface Fact {
  label: string;
  value: string;
}

/**
 * 1234.56 → "1,234.6". Not toLocaleString: building its Intl formatter takes ~40 ms here, on the
 * click-to-popup path.
 */
export function formatNumber(value: number): string {
  const [whole, decimals] = value.toFixed(1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === '0' ? grouped : `${grouped}.${decimals}`;
}

const km = (value: number) => `${formatNumber(value)} km`;

export function featureFacts(feature: SituationFeature): Fact[] {
  const { areaKm2, lengthKm } = feature.properties;
  const facts: Fact[] = [];
  if (areaKm2 !== null) facts.push({ label: 'Area', value: `${formatNumber(areaKm2)} km²` });
  if (lengthKm !== null) facts.push({ label: 'Length', value: km(lengthKm) });
  // The pipeline's own figures, labelled by it (the distance to the border on this story's map).
  for (const fact of feature.properties.facts)
    facts.push({ label: fact.label, value: `${formatNumber(fact.value)} ${fact.unit}` });
  return facts;
}
