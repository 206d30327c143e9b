// The schema of locator.json (geo/layers/locator.ts): validated where it is written and where it is read.
import { z } from 'zod';

z.config({ jitless: true });

export const locatorFileSchema = z.object({
  frame: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  width: z.number().positive(),
  height: z.number().positive(),
  source: z.string().min(1),
  countries: z.array(z.object({ name: z.string().min(1), d: z.string().regex(/^M[\d.,LMZ-]+$/) })).min(1),
});
export type LocatorFile = z.infer<typeof locatorFileSchema>;
