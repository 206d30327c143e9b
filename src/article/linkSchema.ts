// The schema of an article link, for validating the links table (tests/unit/article-links.test.ts):
// the table is code, typed by the compiler; this also checks what types cannot (non-empty strings).
import { z } from 'zod';
import { PASSAGE_IDS } from './passages';
import { CLAIMANTS, type ArticleLink, type Claimant } from './links';

export const linkSchema = z.object({
  featureId: z.string().min(1),
  passageId: z.enum(PASSAGE_IDS),
  phrase: z.string().min(1),
  claimant: z.enum(Object.keys(CLAIMANTS) as [Claimant, ...Claimant[]]),
  note: z.string().min(1).nullable(),
}) satisfies z.ZodType<ArticleLink>;
