// The body of PUT /api/stories/<slug>/draft, checked at the boundary with the project's own schemas:
// `review` is the desk's draft (src/desk/draftSchema.ts, the schema its browser storage is read
// with), `bundle` the bundle's files by name (src/story/bundleSchema.ts), story.json among them.
import { z } from 'zod';
import { draftSchema } from '../../src/desk/draftSchema.ts';
import type { BundleFiles } from '../../src/story/bundleFiles.ts';
import { bundleSchema } from '../../src/story/bundleSchema.ts';
import { storySchema } from '../../src/story/schema.ts';

export const draftBodySchema = z.object({ bundle: bundleSchema, review: draftSchema });
export type DraftBody = z.infer<typeof draftBodySchema>;

/** The story's title, for the list of stories; the slug when story.json has none it can read. */
export function titleOf(bundle: BundleFiles, slug: string): string {
  let json: unknown;
  try {
    json = JSON.parse(bundle['story.json'] ?? '');
  } catch {
    return slug;
  }
  const title = storySchema.shape.title.safeParse((json as { title?: unknown } | null)?.title);
  return title.success ? title.data : slug;
}
