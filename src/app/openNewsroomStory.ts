// At the desk, signed in, a story this browser did not start (the build's, or one the newsroom
// published) is opened from the files of the newsroom's draft of it (GET /api/stories/<slug>/bundle:
// the draft's files, else those of stories/<slug>/), the very files its draft is saved and published
// with, not from the file readers get: the editor reviews the text Publish will send. A chunk of its
// own (the schema of a bundle, the parser), loaded only there. Null when the newsroom has no files of
// it or cannot be reached (the desk then opens the readers' file and asks for the files later).
import type { Story } from '../story/story';
import type { BundleFiles } from '../story/bundleFiles';
import { getBundle } from '../state/newsroom/drafts';
import { openStoryFiles } from '../authoring/openLocalStory';

export async function openNewsroomStory(slug: string): Promise<{ story: Story; files: BundleFiles } | null> {
  const answer = await getBundle(slug);
  if (!answer.ok) return null;
  // Files that do not make a story say why (parseBundle's words), as a built story's would.
  return { story: openStoryFiles(slug, answer.body), files: answer.body };
}
