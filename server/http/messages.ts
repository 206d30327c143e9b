// The API's words to people, in one place (a catalogue for Albanian, Serbian and French later). Each is
// the `error` of a JSON answer; none names which of a sign-in's name or password was wrong.
import { ID_RULE } from '../../src/domain/ids.ts';

export const MESSAGES = {
  wrongCredentials: 'Wrong name or password.',
  tooManyAttempts: (minutes: number) =>
    `Too many refused sign-ins for this name: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  signInFirst: 'Sign in first.',
  signInBusy: 'The server is busy checking other sign-ins: try again in a few seconds.',
  roleForbids: (role: string, action: string) => `A ${role} cannot ${action.replace('-', ' ')}.`,
  foreignOrigin: (publicOrigin: string) =>
    `This request did not come from the newsroom’s own pages: its Origin is not ${publicOrigin} (open the newsroom at that address, or set PUBLIC_ORIGIN to the one people use).`,
  notJsonType: 'The body must be JSON, sent with Content-Type: application/json.',
  bodyTooLarge: (limit: string) => `The body is over ${limit}.`,
  notJson: (reason: string) => `The body is not JSON (${reason}).`,
  badSlug: (slug: string) =>
    `“${slug.slice(0, 100)}” is not a story’s slug: ${ID_RULE}, at most 80 characters.`,
  badIfMatch: 'If-Match must be a draft revision as its ETag gives it, e.g. "3".',
  noDraft: (slug: string) => `There is no draft of “${slug}”.`,
  noFiles: (slug: string) =>
    `The newsroom has no files of “${slug}”: it is neither a story of stories/ nor a draft of the newsroom.`,
  staleDraft: (name: string | null, at: string | null) =>
    name && at ? `${name} saved a newer draft at ${at}.` : 'There is no draft of this story to save over.',
  draftExists: 'A draft of this story exists: send If-Match with the revision you started from.',
  colleaguesStory: (name: string) =>
    `This slug is ${name}’s new story: open it from the list of stories, or give yours another slug.`,
  notStartedFrom: (slug: string) =>
    `“${slug}” is a published story (stories/${slug}), and this draft did not start from it: open it from the list of stories, or give yours another slug.`,
  noDraftToPublish: (slug: string) => `There is no draft of “${slug}” to publish.`,
  cannotPublish: (problems: readonly string[]) =>
    `The story cannot be published: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`,
  notPublished: (slug: string) => `“${slug}” is not published: there is nothing to unpublish.`,
  badRevision: 'A revision is a whole number from 1, as the list of revisions gives it.',
  noRevision: (slug: string, revision: number) => `“${slug}” has no revision ${revision}.`,
  noStory: (slug: string) => `There is no story “${slug}”.`,
  nothingToRestore: (revision: number) =>
    `Revision ${revision} is an unpublish: it holds no story to restore. Restore a publish, a restore or a saved draft.`,
  noRevisionDraft: (slug: string, revision: number) =>
    `Revision ${revision} of “${slug}” is an unpublish: it holds no draft.`,
  notFound: 'There is no such API route.',
  internal: 'The server failed to answer; the failure is in its log.',
  badRequest: 'The request is not one the server understands.',
} as const;
