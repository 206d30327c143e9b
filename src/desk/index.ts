// The editor's desk, a chunk of its own: loaded by the router only with `&review` in the link. What it
// gives the router: the desk as it opens on a story (the draft stored in this browser, checked), the
// effect that keeps the draft in storage and follows other tabs, and the panel above the article.
import type { Story } from '../story/story';
import type { Opened } from '../state/desk/deskState';
import { storedDraft } from '../state/storage';
import { openedDraft } from './openDraft';
import './desk.css';

export { followDeskStorage } from './deskStorage';
export { followNewsroomDraft } from './deskNewsroom';
export { followNewsroomStory } from './deskNewsroomStory';
export { DeskPanel } from './DeskPanel';

/** The desk as it opens on `story`, over what this browser stores for it. */
export function openDesk(story: Story): Opened {
  return openedDraft(story, storedDraft.read(story.slug));
}
