// A story file whose bytes are not those its name says (edited after it was written, or no Web
// Crypto to tell), validated in the browser with the story file schema: a chunk of its own with zod,
// fetched only for such a file (src/loading/storyFiles.ts).
import { storyFileSchema } from '../story/storyIndexSchema';
import { describeSchemaError } from '../domain/schema';
import type { Story } from '../story/story';

export function validateStoryFile(json: unknown): { story: Story } | { problems: string } {
  const parsed = storyFileSchema.safeParse(json);
  return parsed.success ? { story: parsed.data } : { problems: describeSchemaError(parsed.error) };
}
