// The layers the viewer ships: one GeoJSON file each in public/data/, written by `npm run geo`.
// File names are part of the contract between the pipeline and the app.

export const LAYER_IDS = [
  'border',
  'northKosovo',
  'municipalities',
  'monastery',
  'countries',
  'kosovo',
  'kosovoMunicipalities',
  'rivers',
  'places',
  'crossings',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export interface LayerInfo {
  id: LayerId;
  file: string;
  title: string;
  /** situation: what the article is about; context: the base map around it. */
  role: 'situation' | 'context';
  visibleByDefault: boolean;
}

export const LAYERS: Record<LayerId, LayerInfo> = {
  border: {
    id: 'border',
    file: 'border.geojson',
    title: 'Kosovo–Serbia border',
    role: 'situation',
    visibleByDefault: true,
  },
  northKosovo: {
    id: 'northKosovo',
    file: 'north-kosovo.geojson',
    title: 'Northern Kosovo',
    role: 'situation',
    visibleByDefault: true,
  },
  municipalities: {
    id: 'municipalities',
    file: 'municipalities.geojson',
    title: 'Four Serb-majority municipalities',
    role: 'situation',
    visibleByDefault: true,
  },
  monastery: {
    id: 'monastery',
    file: 'monastery.geojson',
    title: 'Banjska monastery area',
    role: 'situation',
    visibleByDefault: true,
  },
  countries: {
    id: 'countries',
    file: 'countries.geojson',
    title: 'Serbia and neighbouring countries',
    role: 'context',
    visibleByDefault: true,
  },
  kosovo: { id: 'kosovo', file: 'kosovo.geojson', title: 'Kosovo', role: 'context', visibleByDefault: true },
  kosovoMunicipalities: {
    id: 'kosovoMunicipalities',
    file: 'kosovo-municipalities.geojson',
    title: 'Other municipalities of Kosovo',
    role: 'context',
    visibleByDefault: true,
  },
  rivers: {
    id: 'rivers',
    file: 'rivers.geojson',
    title: 'Rivers Ibar and Sitnica',
    role: 'context',
    visibleByDefault: true,
  },
  places: {
    id: 'places',
    file: 'places.geojson',
    title: 'Towns and villages',
    role: 'context',
    visibleByDefault: true,
  },
  crossings: {
    id: 'crossings',
    file: 'crossings.geojson',
    title: 'Border crossings (approximate)',
    role: 'context',
    visibleByDefault: true,
  },
};

export const SITUATION_LAYERS = LAYER_IDS.filter((id) => LAYERS[id].role === 'situation');
