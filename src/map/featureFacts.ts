// A fact or two per feature for the popup, computed with turf from the loaded geometry.
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import type { SituationFeature } from '../data/schema';

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

export function featureFacts(feature: SituationFeature, border: SituationFeature | undefined): Fact[] {
  const facts: Fact[] = [];
  const g = feature.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    facts.push({
      label: 'Area',
      value: `${formatNumber(turf.area(feature as unknown as Feature) / 1e6)} km²`,
    });
  }
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    facts.push({
      label: 'Length',
      value: km(turf.length(feature as unknown as Feature<LineString | MultiLineString>)),
    });
  }
  if (
    border &&
    feature.properties.id !== border.properties.id &&
    (g.type === 'Point' || feature.properties.kind === 'incident-area')
  ) {
    const at: Point = g.type === 'Point' ? g : turf.centroid(feature as unknown as Feature).geometry;
    const distance = turf.pointToLineDistance(
      at,
      border.geometry as LineString | MultiLineString as LineString,
    );
    if (distance > 0.05) facts.push({ label: 'Distance to the Kosovo–Serbia border', value: km(distance) });
  }
  return facts;
}
