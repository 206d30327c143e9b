// The state of an open story, as the store (store.ts) holds it and the selectors (shown.ts) read it.
import type { OpenStory } from './openStory';
import type { ViewerState } from './viewerState';
import type { DeskState } from './desk/deskState';

export interface StoryState {
  /** The story as loaded, with its layers (the reader's; the desk's own places layer is added in shown.ts). */
  bundle: OpenStory;
  viewer: ViewerState;
  /** The editor's desk, when the story is open for review (`&review`). */
  desk: DeskState | null;
}
