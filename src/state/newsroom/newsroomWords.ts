// What the browser says about the newsroom server (signing in, drafts kept on the server), in one place
// for a translation catalogue later: each sentence a function of what it names. The server's own words
// (a wrong name or password, a newer draft) come in its JSON answers and are shown as they are.
export const NEWSROOM_WORDS = {
  signInTitle: 'Sign in to the newsroom',
  signInIntro:
    'Editors and reporters sign in to save drafts on the server and publish. Readers need no account.',
  name: 'Name',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  signedInAs: (name: string, role: string) => `Signed in as ${name} (${role})`,
  /** The name alone, where the header is narrow. */
  signedInShort: (name: string) => name,
  fillBoth: 'Type your name and your password.',
  retryIn: (seconds: number) => {
    const minutes = Math.ceil(seconds / 60);
    return `Too many refused sign-ins for this name: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  },
  noServer:
    'This viewer has no newsroom server (it is a static site): sign-in is only on the newsroom’s own address.',
  unreachable: 'The newsroom server cannot be reached: check the connection and try again.',
  failed: (status: number) => `The newsroom server answered ${status}: try again, or ask who runs it.`,
  toStories: 'Back to the stories',
  signedOut: 'Signed out.',
  /**
   * The server's own sentence for a stale save (server/http/messages.ts), said alike when the desk asks,
   * with the time as people read it (savedAt.ts), not the server's ISO 8601.
   */
  newerDraft: (name: string, time: string) => `${name} saved a newer draft at ${time}.`,
  newerDraftNoTime: (name: string) => `${name} saved a newer draft.`,
  newerDraftUnknown: 'A colleague saved a newer draft.',
  saved: (revision: number) => `Saved to the newsroom (revision ${revision}).`,
  saving: 'Saving to the newsroom…',
  offline:
    'The newsroom server cannot be reached: your draft is kept in this browser. When the server answers again, the desk offers to save it there.',
  offerSave: (revision: number | null) =>
    `Your draft, kept in this browser, is not saved to the newsroom yet${revision === null ? '' : ` (it started from revision ${revision})`}.`,
  saveKept: 'Save to the newsroom',
  otherFiles: (revision: number) =>
    `The newsroom’s draft (revision ${revision}) is of another version of this story’s files (its text, title or events changed): reload the page to open it as the newsroom holds it.`,
  refused: (error: string) =>
    `The newsroom did not save the draft: ${error} Your draft is kept in this browser.`,
  newsroomDrafts: 'Drafts in the newsroom',
  newsroomDraftsIntro:
    'Saved on the newsroom server by you and your colleagues: open one to continue it at the desk.',
  draftBy: (name: string | null, at: string | null) => (name && at ? `saved by ${name}, ${at}` : ''),
  publish: 'Publish',
  publishNow: 'Publish now',
  cancel: 'Cancel',
  onlyEditors: 'Only an editor can publish',
  readersGet: (links: number, places: number, events: number, out: number) =>
    `Readers will get this story at once: ${links} link${links === 1 ? '' : 's'}, ${places} place${places === 1 ? '' : 's'} of its own, ${events} event${events === 1 ? '' : 's'}. ${out ? `The ${out} mention${out === 1 ? '' : 's'} you rejected or marked “not a place” stay${out === 1 ? 's' : ''} out.` : 'Nothing was rejected.'}`,
  publishing: 'Publishing…',
  published: 'Published',
  readersView: 'Open the reader’s view',
  saveFirst: 'The draft is not saved to the newsroom yet: publish once it says “Saved to the newsroom”.',
  cannotPublish: (error: string) => `Not published: ${error}`,
  lookingForDraft: (slug: string) => `Looking for “${slug}” among the newsroom’s drafts…`,
  cannotOpenDraft: (slug: string, error: string) =>
    `The newsroom’s draft of “${slug}” could not be opened: ${error}`,
} as const;
