// What the reader sees when a story's file, or the site's list of stories, cannot be read: which
// story (or the list), which file and what failed (src/loading/storyFiles.ts says it), and where to
// go from there. Never a blank page.

/** The words of these pages, in one place. */
const WORDS = {
  story: (name: string) => `The story ${name} could not be loaded: `,
  reload: 'Reload the page to try again, or ',
  allStories: 'see all stories',
  local: 'It was started in this browser: ',
  deleteIt: 'delete it',
  or: ' or ',
  startAgain: 'start it again',
  index: 'The list of stories could not be read: ',
  indexNext: 'Reload the page to try again.',
};

export function StoryFailed({
  slug,
  title,
  error,
  local,
}: {
  slug: string;
  /** The story's title as the index gives it, when it does. */
  title?: string;
  error: string;
  local: boolean;
}) {
  const name = title ? `“${title}” (${slug})` : `“${slug}”`;
  return (
    <main className="story-failed" data-testid="story-error">
      <p className="banner-error" role="alert">
        {WORDS.story(name)}
        {error}.
      </p>
      <p>
        {local ? (
          <>
            {WORDS.local}
            <a href="#stories">{WORDS.deleteIt}</a>
            {WORDS.or}
            <a href="#new">{WORDS.startAgain}</a>.
          </>
        ) : (
          <>
            {WORDS.reload}
            <a href="#stories">{WORDS.allStories}</a>.
          </>
        )}
      </p>
    </main>
  );
}

export function IndexFailed({ message }: { message: string }) {
  return (
    <main className="story-failed" data-testid="index-error">
      <p className="banner-error" role="alert">
        {WORDS.index}
        {message}.
      </p>
      <p>{WORDS.indexNext}</p>
    </main>
  );
}
