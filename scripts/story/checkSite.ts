// `npm run story -- check --site <dir>`: a built or published site's story files as a reader's
// browser gets them: stories/index.json by its schema, and each file it names present, whole (its
// bytes those its name says) and, for a story, accepted by the story file schema. One line per
// problem, naming the file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, readIndex, StoryFileError } from './storyFiles';
import { hashInPath, STORY_INDEX_FILE } from '../../src/story/storyIndex';
import { storyFileSchema } from '../../src/story/storyIndexSchema';
import { describeSchemaError } from '../../src/domain/schema';

/** The problems of one file the index names ([] when none). */
function fileProblems(siteRoot: string, path: string, slug: string): string[] {
  const full = join(siteRoot, path);
  if (!existsSync(full)) return [`${path}: missing`];
  const bytes = readFileSync(full);
  const problems =
    contentHash(bytes) === hashInPath(path)
      ? []
      : [`${path}: its bytes are not those its name says (changed after it was written)`];
  if (!path.endsWith('.json')) return problems;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return [...problems, `${path}: not valid JSON`];
  }
  const parsed = storyFileSchema.safeParse(json);
  if (!parsed.success) return [...problems, `${path}: ${describeSchemaError(parsed.error)}`];
  if (parsed.data.slug !== slug) problems.push(`${path}: holds the story "${parsed.data.slug}"`);
  return problems;
}

export function checkSite(siteRoot: string): string[] {
  let index;
  try {
    index = readIndex(siteRoot);
  } catch (error) {
    if (error instanceof StoryFileError) return [error.message];
    throw error;
  }
  if (!index) return [`${STORY_INDEX_FILE}: missing (not a built site?)`];
  return index.stories.flatMap((entry) => [
    ...fileProblems(siteRoot, entry.file, entry.slug),
    ...fileProblems(siteRoot, entry.thumbnail, entry.slug),
  ]);
}
