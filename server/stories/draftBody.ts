// The body of PUT /api/stories/<slug>/draft, checked at the boundary with the project's own schemas:
// `review` is the desk's draft (src/desk/draftSchema.ts, the schema its browser storage is read
// with), `bundle` the bundle's files by name (src/story/bundleFiles.ts), story.json among them.
import { z } from 'zod';
import { draftSchema } from '../../src/desk/draftSchema.ts';
import { BUNDLE_FILES, type BundleFiles } from '../../src/story/bundleFiles.ts';
import { storySchema } from '../../src/story/schema.ts';

export const bundleSchema = z
  .partialRecord(z.enum(BUNDLE_FILES), z.string(), {
    // zod 4 reports a partial record's unknown keys as unrecognized_keys (its types say otherwise).
    error: (issue) => {
      const { code, keys } = issue as unknown as { code: string; keys?: string[] };
      if (code !== 'unrecognized_keys' || !keys) return undefined;
      const names = keys.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 40)));
      return `not a file of a bundle: ${names.join(', ')} (its files: ${BUNDLE_FILES.join(', ')})`;
    },
  })
  .refine((files) => files['story.json'] !== undefined, {
    message: `a bundle has story.json (its files: ${BUNDLE_FILES.join(', ')})`,
    path: ['story.json'],
  });

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
