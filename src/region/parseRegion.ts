// A region file's content, validated: the one way the build, the pipeline and the tests read a
// region, so a file one accepts is a file all accept. Every problem names the file and the field.
import type { z } from 'zod';
import { regionSchema, type Region } from './schema.ts';

export class RegionError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`region ${file}:\n  ${problems.join('\n  ')}`);
  }
}

function describe(error: z.ZodError): string[] {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? `field ${issue.path.join('.')}` : '(file)'}: ${issue.message}`);
}

/**
 * `text` is the file's content, `file` its name as the reader should see it (regions/<id>.json);
 * `id` the region the story asked for, which must be the file's own id.
 */
export function parseRegion(text: string, file: string, id?: string): Region {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RegionError(file, [`not valid JSON (${(error as Error).message})`]);
  }
  const parsed = regionSchema.safeParse(json);
  if (!parsed.success) throw new RegionError(file, describe(parsed.error));
  if (id !== undefined && parsed.data.id !== id)
    throw new RegionError(file, [`field id: "${parsed.data.id}", but the file is asked for as "${id}"`]);
  return parsed.data;
}
