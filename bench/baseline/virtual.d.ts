// The module bench/vite.baseline.config.ts generates: the first story's story.json and region, read
// and validated as the build reads them (scripts/story/bundle.ts).
declare module 'virtual:bench-story' {
  import type { StoryMeta } from '../../src/story/schema';
  import type { Region } from '../../src/region/schema';
  const story: { meta: StoryMeta; region: Region };
  export default story;
}
