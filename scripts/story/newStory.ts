// `npm run story -- new`: a bundle from an article file. The bundle is drafted by the same code as the
// browser's new-story page (src/authoring/draftBundle.ts), checked like any bundle (parseBundle), and
// only then written to stories/<slug>/: a refused article leaves nothing behind.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceIndex } from '../../src/geoparse/placeIndex';
import type { SituationFeature } from '../../src/domain/schema';
import { draftBundle, type DraftedBundle } from '../../src/authoring/draftBundle';
import { storyInputProblems, type StoryInput } from '../../src/authoring/storyInput';
import { parseBundle } from '../../src/story/parseBundle';
import { articleBlocks } from '../../src/story/story';
import { isTitleLine } from '../../src/authoring/editorialMeta';
import { nodeBundleContext, shippedFeatureIds, STORIES_DIR } from './bundle';
import { PIPELINE_REGION, readRegion } from '../region/readRegion';

export interface NewStoryOptions extends Omit<StoryInput, 'text'> {
  articleFile: string;
}

export interface NewStoryResult extends DraftedBundle {
  dir: string;
}

/** The command line's name for each field of the input, for its messages. */
const OPTION: Record<keyof StoryInput, string> = {
  text: '--article',
  slug: 'slug',
  title: '--title',
  date: '--date',
  sourceName: '--source-name',
  sourceUrl: '--source-url',
};

export function createStory(
  options: NewStoryOptions,
  context: { index: PlaceIndex; features: SituationFeature[]; storiesDir?: string; today?: string },
): NewStoryResult {
  const storiesDir = context.storiesDir ?? STORIES_DIR;
  const { slug, articleFile } = options;
  if (!existsSync(articleFile)) throw new Error(`article file ${articleFile} not found`);
  const input: StoryInput = { ...options, text: readFileSync(articleFile, 'utf8') };
  const problems = storyInputProblems(input);
  if (problems.length) throw new Error(problems.map((p) => `${OPTION[p.field]}: ${p.message}`).join('\n'));
  const dir = join(storiesDir, slug);
  if (existsSync(dir)) throw new Error(`stories/${slug} exists already: choose another slug or remove it`);

  // A new story is of the shipped layers' region: the gazetteer and the layers it links to are that region's.
  const layerOf = shippedFeatureIds();
  const drafted = draftBundle(
    { ...input, title: input.title ?? titleFromFile(input.text, articleFile) },
    {
      index: context.index,
      features: context.features,
      layerOf,
      region: readRegion(PIPELINE_REGION),
      today: context.today ?? new Date().toISOString().slice(0, 10),
      madeWith: 'npm run story -- new',
    },
  );
  parseBundle(slug, drafted.files, nodeBundleContext({ featureIds: layerOf }));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(drafted.files)) writeFileSync(join(dir, name), text);
  return { dir, ...drafted };
}

/** Without --title: the article's own title line, else the file's name. */
function titleFromFile(text: string, file: string): string | undefined {
  return isTitleLine(articleBlocks(text)[0] ?? '')
    ? undefined
    : file.replace(/^.*\//, '').replace(/\.txt$/, '');
}
