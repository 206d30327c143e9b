// The story the viewer shows, with its layers, for every component below the App.
import { createContext, useContext } from 'react';
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

export const StoryContext = createContext<OpenStory | null>(null);

export function useStory(): OpenStory {
  const open = useContext(StoryContext);
  if (!open) throw new Error('useStory outside a StoryContext');
  return open;
}
