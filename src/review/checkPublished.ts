// The reviewed story, checked before it is offered for download with the schemas and checks the
// build and `npm run story -- check` use: what cannot be built is never downloaded.
import { describeBundleError, linksFileSchema, storySchema } from '../story/schema';
import { bundleProblems, linkProblems } from '../story/linkChecks';
import type { Published } from './publish';

export function checkPublished({ story }: Published, shipped: (featureId: string) => boolean): string[] {
  const meta = storySchema.safeParse(story.meta);
  const links = linksFileSchema.safeParse(story.links);
  const places = new Set((story.places ?? []).map((f) => f.properties.id));
  return [
    ...(meta.success ? [] : describeBundleError('story.json', meta.error).split('\n')),
    ...(links.success ? [] : describeBundleError('links.json', links.error).split('\n')),
    ...linkProblems(story.links, story.passages, (id) => shipped(id) || places.has(id), story.meta.claimants),
    ...bundleProblems(
      story.links,
      story.passages,
      story.places,
      story.events.flatMap((e) => e.places),
    ),
  ];
}
