// What the browser says about unpublishing, restoring and a story's revisions (issue 41), and what a
// reader at a withdrawn story's link reads: in one place for a translation catalogue later, each
// sentence a function of what it names. The server's own words (a refusal) are shown as they are.
export const REVISION_WORDS = {
  unpublish: 'Unpublish',
  unpublishNow: 'Unpublish now',
  unpublishing: 'Unpublishing…',
  cancel: 'Cancel',
  readersLose:
    'Readers will no longer find this story: it leaves the list of stories, and its link says it was withdrawn, and when. Its revisions stay here: an editor can restore one.',
  withdrawnAt: (time: string) => `Withdrawn on ${time}: readers no longer find this story.`,
  onlyEditorsUnpublish: 'Only an editor can unpublish',
  cannotUnpublish: (error: string) => `Not unpublished: ${error}`,

  revisions: 'Revisions',
  revisionsIntro: 'Every save, publish, unpublish and restore of this story, the newest first.',
  noRevisions: 'No revision yet.',
  loadingRevisions: 'Reading the revisions…',
  cannotReadRevisions: (error: string) => `The revisions could not be read: ${error}`,
  actions: {
    save: 'saved',
    publish: 'published',
    unpublish: 'unpublished',
    restore: 'restored',
  },
  line: (revision: number, action: string, author: string, time: string) =>
    `Revision ${revision}: ${action} by ${author}, ${time}`,

  compare: 'Compare with the draft',
  comparing: 'Comparing…',
  sameLinks: (revision: number) => `Your draft and revision ${revision} decide the same links.`,
  revisionName: (revision: number) => `revision ${revision}`,
  cannotCompare: (revision: number, error: string) =>
    `Revision ${revision} could not be compared with the draft: ${error}`,

  restore: 'Restore',
  restoreNow: 'Restore now',
  restoring: 'Restoring…',
  readersGetRevision: (revision: number) =>
    `Readers will get revision ${revision} of this story at once, in place of what they get now (if it was withdrawn, it is back on the list). Your draft stays as it is.`,
  restored: (revision: number) => `Revision ${revision} restored: readers get it now.`,
  onlyEditorsRestore: 'Only an editor can restore a revision',
  cannotRestore: (error: string) => `Not restored: ${error}`,
  readersView: 'Open the reader’s view',

  /** The reader's page at a withdrawn story's link. */
  withdrawnOn: (date: string) => `This story was withdrawn on ${date}.`,
  stillPublished: 'The stories still published:',
  noneLeft: 'This viewer publishes no story now.',
  allStories: 'See all stories',
} as const;
