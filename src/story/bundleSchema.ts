// A bundle's files by name, as JSON carries them (a draft's `bundle` on the newsroom server, sent by
// the desk and read back by it): text per file of BUNDLE_FILES, story.json among them, no other name.
// Checked at both ends with this one schema (server/stories/draftBody.ts, src/state/newsroom/drafts.ts).
import { z } from 'zod';
import { BUNDLE_FILES } from './bundleFiles.ts';

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
