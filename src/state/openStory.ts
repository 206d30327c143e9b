// A story as opened: its bundle and the layers it shows, in drawing order, with a lookup by id. The
// store holds the bundle as loaded; what is shown (with the desk's draft) is derived (shown.ts).
import type { Story } from '../story/story';
import type { ActiveLayer } from '../cartography/storyLayers';
import { BASE_MAP_LAYER } from '../cartography/basemap/definition';
import type { StoryLayerChoice } from './urlState';

export interface OpenStory {
  story: Story;
  /** The layers it shows, in drawing order. */
  layers: ActiveLayer[];
  layer: (id: string) => ActiveLayer | undefined;
  /** Every layer the reader can switch on and off (`layers=`): the story's, then its region's base map. */
  switchable: StoryLayerChoice;
}

export function openStory(story: Story, layers: ActiveLayer[]): OpenStory {
  const byId = new Map(layers.map((l) => [l.id, l]));
  const switchable = story.region.baseMap
    ? [...layers, { id: BASE_MAP_LAYER, visibleByDefault: true }]
    : layers;
  return { story, layers, layer: (id) => byId.get(id), switchable };
}
