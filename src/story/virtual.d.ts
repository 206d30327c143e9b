// The modules scripts/story/vitePlugin.ts generates from stories/.
declare module 'virtual:stories' {
  import type { Story } from './story';
  /** The listed stories' slugs (the fixtures of the tests are built but not listed). */
  export const LISTED: string[];
  /** Every built story's chunk, by slug. */
  export const STORY_LOADERS: Record<string, () => Promise<{ default: Story }>>;
}
declare module 'virtual:story-list' {
  import type { StorySummary } from './story';
  /** What the story list shows of each listed story, with its thumbnail's URL. */
  export const STORIES: StorySummary[];
}
declare module 'virtual:shipped-features' {
  import type { ShippedFeature } from './derivedMeta';
  /** Every feature of the shipped layers (public/data/), by id. */
  export const SHIPPED_FEATURES: Record<string, ShippedFeature>;
}
