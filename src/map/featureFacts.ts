// A fact or two per feature for the popup, computed with turf from the loaded geometry.
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import type { SituationFeature } from '../data/schema';

export interface Fact {
  label: string;
  value: string;
}

const km = (value: number) => `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km`;

export function featureFacts(feature: SituationFeature, border: SituationFeature | undefined): Fact[] {
  const facts: Fact[] = [];
  const g = feature.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    facts.push({
      label: 'Area',
      value: `${(turf.area(feature as unknown as Feature) / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} km²`,
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
