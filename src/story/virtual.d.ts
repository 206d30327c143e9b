// The modules scripts/story/vitePlugin.ts generates from stories/.
declare module 'virtual:stories' {
  import type { Story, StorySummary } from './story';
  export const STORIES: StorySummary[];
  export const STORY_LOADERS: Record<string, () => Promise<{ default: Story }>>;
}
