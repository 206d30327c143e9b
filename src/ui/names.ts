// How a feature's names are shown in the UI: Albanian and Serbian side by side, English as well.
import type { PlaceName } from '../data/schema';

export function displayName(name: PlaceName): string {
  const local = [...new Set([name.sq, name.sr].filter((n): n is string => Boolean(n)))];
  if (local.length === 0) return name.en;
  const joined = local.join(' / ');
  return local.includes(name.en) ? joined : `${name.en} (${joined})`;
}

export const KIND_LABELS: Record<string, string> = {
  border: 'Border line',
  region: 'Region',
  municipality: 'Municipality',
  monastery: 'Monastery',
  'incident-area': 'Incident area',
  territory: 'Territory',
  country: 'Country',
  town: 'Town',
  village: 'Village',
  crossing: 'Border crossing',
  river: 'River',
};

export const PRECISION_LABELS: Record<string, string> = {
  surveyed: 'As mapped in the source',
  derived: 'Derived from mapped sources',
  approximate: 'Approximate position',
};
