// The story the viewer shows, with its layers, for every component below the App.
import { createContext, useContext } from 'react';
import type { Story } from '../story/story';
import type { ActiveLayer } from '../cartography/storyLayers';

export interface OpenStory {
  story: Story;
  /** The layers it shows, in drawing order. */
  layers: ActiveLayer[];
  layer: (id: string) => ActiveLayer | undefined;
}

export function openStory(story: Story, layers: ActiveLayer[]): OpenStory {
  const byId = new Map(layers.map((l) => [l.id, l]));
  return { story, layers, layer: (id) => byId.get(id) };
}

export const StoryContext = createContext<OpenStory | null>(null);

export function useStory(): OpenStory {
  const open = useContext(StoryContext);
  if (!open) throw new Error('useStory outside a StoryContext');
  return open;
}
