// Every layer the viewer can show, defined once: the file the pipeline writes (or the story bundle's
// own places), what its features are (their kind, which with the layer's role in a story decides how it
// is drawn and picked: src/cartography/kinds/) and where its labels come from. The order is the
// drawing order, bottom to top. Stories choose among these layers and give each its role, title and
// legend wording (stories/<slug>/story.json); everything else is derived from here.
import type { LayerKind } from './kinds/index.ts';
import { STORY_PLACES_LAYER } from '../domain/ids.ts';

export interface LayerDefinition<K extends string = LayerKind> {
  id: string;
  /**
   * A file of public/data/ written by `npm run geo` (the step of the same id in geo/layerSteps.ts),
   * or 'story': the bundle's places.geojson.
   */
  file: string | 'story';
  /** One of src/cartography/kinds/. */
  kind: K;
  /**
   * Where the names are drawn: 'label-points' at the label point the pipeline computed (inside an
   * area, on a line; every 90 km along a long line), 'geometry' on the features themselves.
   */
  labels: 'label-points' | 'geometry';
  /** What a new story calls the layer and how it uses it, until its editor says otherwise (story.json). */
  defaultTitle: string;
  defaultRole: 'situation' | 'context';
  /**
   * Ground context the first picture can do without: fetched and drawn once the map is first idle (or
   * at once when something asks for one of its features), so the situation arrives first. Never for a
   * layer a story makes part of its situation (src/loading/stagedLoading.ts).
   */
  afterFirstIdle?: true;
}

export const LAYER_REGISTRY = [
  {
    id: 'countries',
    file: 'countries.geojson',
    kind: 'country',
    labels: 'label-points',
    defaultTitle: 'Serbia and neighbouring countries',
    defaultRole: 'context',
  },
  {
    id: 'kosovo',
    file: 'kosovo.geojson',
    kind: 'territory',
    labels: 'label-points',
    defaultTitle: 'Kosovo',
    defaultRole: 'context',
  },
  {
    id: 'kosovoMunicipalities',
    file: 'kosovo-municipalities.geojson',
    kind: 'municipality',
    labels: 'label-points',
    defaultTitle: 'Other municipalities of Kosovo',
    defaultRole: 'context',
  },
  {
    id: 'municipalities',
    file: 'municipalities.geojson',
    kind: 'municipality',
    labels: 'label-points',
    defaultTitle: 'Four Serb-majority municipalities',
    defaultRole: 'situation',
  },
  {
    id: 'safetyZone',
    file: 'ground-safety-zone.geojson',
    kind: 'zone',
    labels: 'label-points',
    defaultTitle: 'Ground Safety Zone of 1999 (derived)',
    defaultRole: 'context',
    afterFirstIdle: true,
  },
  {
    id: 'northKosovo',
    file: 'north-kosovo.geojson',
    kind: 'region',
    labels: 'label-points',
    defaultTitle: 'Northern Kosovo',
    defaultRole: 'situation',
  },
  {
    id: 'rivers',
    file: 'rivers.geojson',
    kind: 'river',
    labels: 'geometry',
    defaultTitle: 'Rivers Ibar and Sitnica',
    defaultRole: 'context',
  },
  {
    id: 'terrain',
    file: 'terrain.geojson',
    kind: 'terrain',
    labels: 'geometry',
    defaultTitle: 'Mountains, peaks and passes (names)',
    defaultRole: 'context',
    afterFirstIdle: true,
  },
  {
    id: 'monastery',
    file: 'monastery.geojson',
    kind: 'incident-area',
    labels: 'geometry',
    defaultTitle: 'Banjska monastery area',
    defaultRole: 'situation',
  },
  {
    id: 'border',
    file: 'border.geojson',
    kind: 'boundary-line',
    labels: 'label-points',
    defaultTitle: 'Kosovo–Serbia border',
    defaultRole: 'situation',
  },
  {
    id: 'crossings',
    file: 'crossings.geojson',
    kind: 'crossing',
    labels: 'geometry',
    defaultTitle: 'Border crossings (approximate)',
    defaultRole: 'context',
  },
  {
    id: 'stations',
    file: 'rail-stations.geojson',
    kind: 'station-point',
    labels: 'geometry',
    defaultTitle: 'Railway stations (OSM)',
    defaultRole: 'context',
    afterFirstIdle: true,
  },
  {
    id: 'landmarks',
    file: 'landmarks.geojson',
    kind: 'landmark',
    labels: 'label-points',
    defaultTitle: 'Lake Gazivode and the Ibar bridge',
    defaultRole: 'context',
    afterFirstIdle: true,
  },
  {
    id: 'places',
    file: 'places.geojson',
    kind: 'settlement',
    labels: 'geometry',
    defaultTitle: 'Towns and villages',
    defaultRole: 'context',
  },
  {
    id: STORY_PLACES_LAYER,
    file: 'story',
    kind: 'mentioned-place',
    labels: 'geometry',
    defaultTitle: 'Other places the article names',
    defaultRole: 'situation',
  },
] as const satisfies readonly LayerDefinition[];

export type LayerId = (typeof LAYER_REGISTRY)[number]['id'];
/** The layers `npm run geo` writes: every one but the story bundle's own places. */
export type ShippedLayerId = Exclude<(typeof LAYER_REGISTRY)[number], { file: 'story' }>['id'];
export const LAYER_IDS: readonly LayerId[] = LAYER_REGISTRY.map((l) => l.id);

export function layerDefinition(id: string): LayerDefinition | undefined {
  return (LAYER_REGISTRY as readonly LayerDefinition[]).find((l) => l.id === id);
}

/** The prefix of a layer's style layers and sources' label layers: `kosovoMunicipalities` → `kosovo-municipalities`. */
export function stylePrefix(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
