// Roads by class, as OpenMapTiles classes them: motorways and trunk roads, primary, secondary and
// tertiary roads, and minor streets only at street zooms (13 and closer). Each is a casing with a fill
// inside from zoom 10; below 10 the casing alone is a thin line, so the road network reads without
// covering the story. Tracks and paths are not drawn. The fills of higher classes lie above lower ones.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { BaseMapGroup, BaseMapLayer } from './definition.ts';
import { byZoom, classIn } from './definition.ts';
import { BASE_MAP_COLORS as C } from './colors.ts';
import { COLORS } from '../palette.ts';

/** Minor streets and service roads are drawn from this zoom on: the street zooms. */
export const STREET_ZOOM = 13;

interface RoadClass {
  part: string;
  minzoom: number;
  filter: ExpressionSpecification;
  casing: { color: string; width: ExpressionSpecification };
  fill: { color: string; width: ExpressionSpecification };
}

const ROAD_CLASSES: RoadClass[] = [
  {
    part: 'minor',
    minzoom: STREET_ZOOM,
    filter: classIn('minor', 'service'),
    casing: { color: C.roadCasing, width: byZoom(13, 1.5, 14, 3, 16, 6.5) },
    fill: { color: C.road, width: byZoom(13, 0.7, 14, 2, 16, 5) },
  },
  {
    part: 'secondary',
    minzoom: 9,
    // Tertiary roads from zoom 10.
    filter: ['any', classIn('secondary'), ['all', classIn('tertiary'), ['>=', ['zoom'], 10]]],
    casing: { color: C.roadCasing, width: byZoom(9, 0.5, 10, 1.4, 14, 5, 16, 9) },
    fill: { color: C.road, width: byZoom(10, 0.5, 14, 3.6, 16, 7.5) },
  },
  {
    part: 'primary',
    minzoom: 8,
    filter: classIn('primary'),
    casing: { color: C.majorRoadCasing, width: byZoom(8, 0.6, 10, 2, 14, 6.5, 16, 11) },
    fill: { color: C.road, width: byZoom(10, 1, 14, 4.8, 16, 9) },
  },
  {
    part: 'motorway',
    minzoom: 6,
    filter: classIn('motorway', 'trunk'),
    casing: { color: C.majorRoadCasing, width: byZoom(6, 0.8, 10, 2.6, 14, 8, 16, 13) },
    fill: { color: C.majorRoad, width: byZoom(10, 1.4, 14, 6, 16, 10.5) },
  },
];

const ROUND = { 'line-cap': 'round', 'line-join': 'round' } as const;

const casing = (c: RoadClass): BaseMapLayer => ({
  part: `road-${c.part}-casing`,
  sourceLayer: 'transportation',
  type: 'line',
  minzoom: c.minzoom,
  filter: c.filter,
  layout: ROUND,
  paint: { 'line-color': c.casing.color, 'line-width': c.casing.width },
});

const fill = (c: RoadClass): BaseMapLayer => ({
  part: `road-${c.part}`,
  sourceLayer: 'transportation',
  type: 'line',
  minzoom: Math.max(c.minzoom, 10),
  filter: c.filter,
  layout: ROUND,
  paint: { 'line-color': c.fill.color, 'line-width': c.fill.width },
});

/** A road's legend swatch: its fill over its casing, as wide as the class is drawn (px). */
const legendRoad = (color: string, casing: string, width: number) =>
  ({ swatch: 'line', color, casing, width, ground: COLORS.land }) as const;

export const roads: BaseMapGroup = {
  // Every casing under every fill, so crossings and junctions join.
  layers: [...ROAD_CLASSES.map(casing), ...ROAD_CLASSES.map(fill)],
  legend: [
    { label: 'Motorway or trunk road (OSM)', ...legendRoad(C.majorRoad, C.majorRoadCasing, 6) },
    { label: 'Primary road', ...legendRoad(C.road, C.majorRoadCasing, 5) },
    { label: 'Secondary or tertiary road', ...legendRoad(C.road, C.roadCasing, 4) },
    { label: `Street (from zoom ${STREET_ZOOM})`, ...legendRoad(C.road, C.roadCasing, 2.5) },
  ],
};
