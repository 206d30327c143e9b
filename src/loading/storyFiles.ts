// The story files in the browser: stories/index.json (revalidated on every load: the server says
// `no-cache`) and each story's file (immutable: its name is the hash of its bytes). A file whose
// bytes have the hash its name says is the one its writer validated (scripts/story/storyFiles.ts),
// used as it is; any other is validated here with the story file schema, fetched with zod only then
// (validateStoryFile.ts). Every failure is a StoryFileError that says which file and what failed,
// which the router shows on the story's error page.
import type { Story } from '../story/story';
import {
  contentHashOf,
  hashInPath,
  STORY_FILE_PATH,
  STORY_INDEX_FILE,
  STORY_INDEX_VERSION,
  type StoryIndex,
  type StoryIndexEntry,
} from '../story/storyIndex';

export type StoryFileProblem = 'unreachable' | 'missing' | 'not-json' | 'refused';

/** The words of each failure, in one place. */
const SAYS: Record<StoryFileProblem, (file: string, detail: string) => string> = {
  unreachable: (file, detail) => `${file} could not be fetched (${detail})`,
  missing: (file, detail) => `${file} is missing (${detail})`,
  'not-json': (file) => `${file} is not valid JSON (truncated or corrupt)`,
  refused: (file, detail) => `${file} does not match the schema: ${detail}`,
};

export class StoryFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: StoryFileProblem,
    detail = '',
  ) {
    super(SAYS[problem](file, detail));
  }
}

/** The file's bytes and their JSON; a StoryFileError when it cannot be had or is not JSON. */
async function fetchJson(url: string, file: string, fetchImpl: typeof fetch) {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new StoryFileError(file, 'unreachable', (error as Error).message);
  }
  if (!response.ok) throw new StoryFileError(file, 'missing', `HTTP ${response.status}`);
  // A host that answers every unknown path with the app's page (a single-page fallback) has no such file.
  if (/^text\/html/.test(response.headers.get('Content-Type') ?? ''))
    throw new StoryFileError(file, 'missing', 'the server answered with a web page');
  const bytes = await response.arrayBuffer();
  try {
    return { bytes, json: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    throw new StoryFileError(file, 'not-json');
  }
}

const isText = (v: unknown) => typeof v === 'string';
const TEXT_FIELDS = ['title', 'date', 'dateLabel', 'description', 'firstSentence'] as const;

/** The first thing the viewer cannot use in an entry of the index, or null. */
function entryProblem(entry: unknown): string | null {
  const e = entry as Record<string, unknown> | null;
  if (typeof e !== 'object' || !e) return 'not an object';
  if (!isText(e.slug)) return 'slug: not a text';
  for (const field of ['file', 'thumbnail'] as const) {
    const path = STORY_FILE_PATH.exec(String(e[field]));
    if (!path || path[1] !== e.slug || path[3] !== (field === 'file' ? 'json' : 'svg'))
      return `${field}: not a file of stories/${String(e.slug)}/`;
  }
  for (const field of TEXT_FIELDS) if (!isText(e[field])) return `${field}: not a text`;
  if (!isText((e.source as { name?: unknown } | null)?.name)) return 'source.name: not a text';
  if (typeof e.listed !== 'boolean') return 'listed: not true or false';
  return null;
}

/**
 * The index as the viewer uses it. Its writer validated it with the index schema
 * (src/story/storyIndexSchema.ts); here, without zod, what the viewer relies on: the version, each
 * entry's slug, file and thumbnail paths, its words and whether it is listed.
 */
export function readStoryIndex(json: unknown): StoryIndex {
  const index = json as Partial<StoryIndex> | null;
  const refused = (detail: string) => new StoryFileError(STORY_INDEX_FILE, 'refused', detail);
  if (typeof index !== 'object' || !index) throw refused('not an object');
  if (index.version !== STORY_INDEX_VERSION)
    throw refused(
      `version: ${JSON.stringify(index.version)}, this viewer reads version ${STORY_INDEX_VERSION}`,
    );
  if (!Array.isArray(index.stories)) throw refused('stories: not a list');
  index.stories.forEach((entry, i) => {
    const problem = entryProblem(entry);
    if (problem) throw refused(`stories.${i}.${problem}`);
  });
  const withdrawn = Array.isArray(index.withdrawn) ? index.withdrawn : [];
  return { version: STORY_INDEX_VERSION, stories: index.stories, withdrawn };
}

/** stories/index.json, as the server has it now (it says `no-cache`: revalidated, a 304 when unchanged). */
export async function fetchStoryIndex(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<StoryIndex> {
  const { json } = await fetchJson(`${baseUrl}${STORY_INDEX_FILE}`, STORY_INDEX_FILE, fetchImpl);
  return readStoryIndex(json);
}

/** Whether these bytes are those the file's name says (false without Web Crypto: plain http elsewhere than localhost). */
async function asNamed(bytes: ArrayBuffer, file: string): Promise<boolean> {
  const hash = hashInPath(file);
  if (!hash || !globalThis.crypto?.subtle) return false;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return contentHashOf(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')) === hash;
}

/** The story of an index entry, from its file. */
export async function fetchStoryFile(
  entry: Pick<StoryIndexEntry, 'slug' | 'file'>,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Story> {
  const { file } = entry;
  const { bytes, json } = await fetchJson(`${baseUrl}${file}`, file, fetchImpl);
  let story = json as Story;
  if (!(await asNamed(bytes, file))) {
    const { validateStoryFile } = await import('./validateStoryFile');
    const checked = validateStoryFile(json);
    if ('problems' in checked) throw new StoryFileError(file, 'refused', checked.problems);
    story = checked.story;
  }
  if (story.slug !== entry.slug) throw new StoryFileError(file, 'refused', `slug: "${story.slug}"`);
  return story;
}
