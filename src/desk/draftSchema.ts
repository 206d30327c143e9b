// A stored draft, read back from the browser's storage: the schema at that boundary. A draft this
// code cannot read is set aside (storage.ts), not laid over the story.
import { z } from 'zod';
import { linkSchema } from '../story/schema';
import { situationFeatureSchema } from '../domain/schema';
import { ITEM_STATES, asReviewData, type DeskDraft } from '../state/desk/draft';

const itemSchema = z.object({
  key: z.string().min(1),
  link: linkSchema,
  state: z.enum(ITEM_STATES),
  proposedFeatureId: z.string().nullable(),
});

export const draftSchema = z.object({
  slug: z.string().min(1),
  base: z.string().min(1),
  items: z.array(itemSchema),
  // Drafts stored before the desk could add places have none.
  places: z.array(situationFeatureSchema).default([]),
  nextKey: z.number().int().nonnegative(),
  downloadedAt: z.string().nullable(),
  changedAt: z.string().min(1),
});

/** The draft, or why it cannot be read. Drafts of the earlier desk kept the geoparser's words in `note`. */
export function readDraft(json: unknown, slug: string): DeskDraft | { problem: string } {
  const parsed = draftSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${issue?.path.join('.') || '(draft)'}: ${issue?.message ?? 'not a draft'}` };
  }
  if (parsed.data.slug !== slug) return { problem: `it is the draft of “${parsed.data.slug}”` };
  return { ...parsed.data, items: parsed.data.items.map((i) => ({ ...i, link: asReviewData(i.link) })) };
}
