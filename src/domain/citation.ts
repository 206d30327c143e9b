// A source a reader can check: who published it, its title and date as it gives them, where it is,
// and its own words that support the fact (at most 40 words; translated when not in English). Used by
// the story's events and viewer's notes (src/story/schema.ts) and by the layers' feature notes.
import { z } from 'zod';
import { isHttpUrl } from './safeUrl.ts';

// scripts/story/newStory.ts checks a source URL with it from here.
export { isHttpUrl };

z.config({ jitless: true });

export const MAX_QUOTE_WORDS = 40;

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

export const httpUrl = z
  .string({ error: 'missing: an http(s) address' })
  .refine(isHttpUrl, 'expected an http: or https: address');

const isEnglish = (tag: string) => tag === 'en' || tag.startsWith('en-');

/** The fields of a source, for schemas that add their own (an event's source names its claimant). */
export const citationShape = {
  publisher: z.string({ error: 'missing: who published the source' }).min(1),
  title: z.string({ error: 'missing: the title the source gives itself' }).min(1),
  /** As the source gives it ("26 May 2023", "2023-05-26", "updated 19 April 2001"). */
  date: z.string({ error: 'missing: the date as the source gives it' }).min(1),
  url: httpUrl,
  /** The source's own words that support the fact. */
  quote: z
    .string({
      error: `missing: the source's own words that support the fact (at most ${MAX_QUOTE_WORDS} words)`,
    })
    .min(1)
    .refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, `a quote is at most ${MAX_QUOTE_WORDS} words`),
  /** BCP 47 tag of the quote's language; English when absent. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
  /** The quote in English, when it is in another language. */
  translation: z.string().min(1).optional(),
};

/** A translated quote says its language; a quote not in English comes with a translation. */
export function refineCitation(c: { language?: string; translation?: string }, ctx: z.RefinementCtx): void {
  if (c.translation && !c.language)
    ctx.addIssue({
      code: 'custom',
      path: ['language'],
      message: 'missing: the language of a translated quote',
    });
  if (c.language && !isEnglish(c.language) && !c.translation)
    ctx.addIssue({
      code: 'custom',
      path: ['translation'],
      message: 'missing: a quote not in English needs a translation',
    });
}

export const citationSchema = z.object(citationShape).superRefine(refineCitation);
export type Citation = z.infer<typeof citationSchema>;
