// What the base map keeps of the raw tiles, as data: the layers a situation map needs, in the order
// they are written, and per layer the classes it drops and the properties it keeps (OpenMapTiles
// names). The names are not kept as OSM gives them (`name:latin`, one string): tileNames.ts splits
// them into their Albanian and Serbian forms. Dropped layers: building, housenumber, poi, park,
// aeroway, aerodrome_label, boundary (the story's border and municipalities are better sourced).

export interface LayerRule {
  /** Classes not drawn by a situation map (out of use, or detail of no use at this scale). */
  dropClasses?: readonly string[];
  /** The only classes kept (when given). */
  onlyClasses?: readonly string[];
  /** Properties kept as they are, in this order. */
  properties: readonly string[];
  /** Flags kept only when set (0 is the same as absent, and costs bytes in every tile). */
  flags?: readonly string[];
  /** Whether the feature's name is split into its forms (tileNames.ts). */
  named?: boolean;
  /** Keep a feature only if it has a name or a ref (a name layer's feature with neither draws nothing). */
  needsNameOrRef?: boolean;
}

/** Layers of the OpenMapTiles schema the base map keeps, in the order they are written. */
export const KEPT_LAYERS = {
  water: { properties: ['class'], flags: ['intermittent'] },
  landcover: { properties: ['class', 'subclass'] },
  landuse: {
    // Built-up, military and institutional ground; sports pitches, playgrounds and the like are
    // street-level detail a situation map does without.
    dropClasses: ['pitch', 'playground', 'kindergarten', 'library', 'theme_park', 'zoo', 'bus_station'],
    properties: ['class'],
  },
  waterway: { properties: ['class', 'brunnel'], flags: ['intermittent'], named: true },
  transportation: {
    // Railways and roads out of use or only planned, and the yard furniture of stations.
    dropClasses: [
      'proposed',
      'abandoned',
      'razed',
      'dismantled',
      'disused',
      'turntable',
      'roundhouse',
      'platform',
      'bus_stop',
      'station',
      'services',
      'rest_area',
      'yard',
    ],
    // `brunnel` (bridge, tunnel, ford) kept: a bridge matters on this map. `oneway`, `ramp` and
    // `service` (driveway, parking aisle …) dropped.
    properties: ['class', 'brunnel'],
  },
  transportation_name: {
    // Refs and names of roads a reader navigates by; the names of service roads, tracks, paths and
    // pedestrian ways are dropped (street names, class minor, are kept: they come at z12–14 only).
    onlyClasses: ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor'],
    properties: ['class', 'ref'],
    named: true,
    needsNameOrRef: true,
  },
  place: { properties: ['class', 'rank', 'iso_a2'], named: true },
  // `rank` is 1 on every peak of these extracts and `ele_ft` repeats `ele`: both dropped.
  mountain_peak: { properties: ['class', 'ele'], named: true },
  water_name: { properties: ['class'], named: true },
} as const satisfies Record<string, LayerRule>;

export type KeptLayer = keyof typeof KEPT_LAYERS;
export const KEPT_LAYER_NAMES = Object.keys(KEPT_LAYERS) as KeptLayer[];

export function layerRule(layer: string): LayerRule | undefined {
  return (KEPT_LAYERS as Record<string, LayerRule>)[layer];
}

/** The OSM name as tilemaker writes it (the OSM `name` tag; no `name:en` in these extracts). */
export const OSM_NAME = 'name:latin';

type Value = string | number | boolean;

/**
 * The feature's kept properties in the rule's order (names aside), or null when the feature is not
 * kept (its class dropped, or a name layer's feature without a name or ref).
 */
export function keptProperties(
  rule: LayerRule,
  properties: Record<string, Value>,
): Record<string, Value> | null {
  const cls = properties.class;
  if (rule.onlyClasses && !rule.onlyClasses.includes(String(cls))) return null;
  if (rule.dropClasses?.includes(String(cls))) return null;
  if (rule.needsNameOrRef && properties[OSM_NAME] === undefined && properties.ref === undefined) return null;
  const out: Record<string, Value> = {};
  for (const key of rule.properties) if (properties[key] !== undefined) out[key] = properties[key];
  for (const key of rule.flags ?? []) if (properties[key]) out[key] = properties[key];
  return out;
}
