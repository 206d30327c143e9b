// `npm run story -- new <slug> --article <file.txt> [--title "…"] [--date YYYY-MM-DD]
//                     [--source-name "…"] [--source-url URL] [--yes]`
// `npm run story -- check [<slug>] [--site <dir>]`
// `npm run story -- import <file.zip> [--replace] [--site <dir>]`
// See "Add a story" in the README.
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { checkLength } from '../../src/geoparse/limits';
import { join, relative, resolve } from 'node:path';
import { placeIndex, shippedFeatures } from '../geoparse/gazetteerFile';
import { createStory } from './newStory';
import { checkStories, checkStory } from './checkStory';
import { importStory, ImportError } from './importStory';
import { STORIES_DIR } from './bundle';
import { checkSite } from './checkSite';
import { STORY_INDEX_FILE } from '../../src/story/storyIndex';

const USAGE = `usage:
  npm run story -- new <slug> --article <file.txt> [--title "…"] [--date YYYY-MM-DD] [--source-name "…"] [--source-url URL] [--yes]
  npm run story -- check [<slug>] [--site <dir>]
  npm run story -- import <file.zip> [--replace] [--site <dir>]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}

function fail(message: string): never {
  console.error(`story: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const [command, ...args] = process.argv.slice(2);
/** The options of each command; any other is refused. */
const KNOWN: Record<string, string[]> = {
  new: ['--article', '--title', '--date', '--source-name', '--source-url', '--yes'],
  check: ['--site'],
  import: ['--replace', '--site'],
};
for (const a of args)
  if (a.startsWith('--') && !(KNOWN[command] ?? []).includes(a))
    fail(`unknown option ${a}${command ? ` for ${command}` : ''}`);

/** The built site `--site` names, or dist/ when it has been built (`import` publishes there too). */
function siteOption(args: string[], fallback: boolean): string | undefined {
  const named = option(args, '--site');
  if (named) {
    if (!existsSync(join(named, STORY_INDEX_FILE)))
      fail(`--site ${named}: no ${STORY_INDEX_FILE} there (build it first: npm run build)`);
    return resolve(named);
  }
  const dist = resolve(STORIES_DIR, '../dist');
  return fallback && existsSync(join(dist, STORY_INDEX_FILE)) ? dist : undefined;
}

/** The arguments that are not options or their values. */
const operands = (args: string[]) =>
  args.filter(
    (a, i) =>
      !a.startsWith('--') &&
      !['--site', '--article', '--title', '--date', '--source-name', '--source-url'].includes(
        args[i - 1] ?? '',
      ),
  );

/** An article over the geoparser's ask-first limit: --yes, or a yes at the terminal. */
async function longArticleAgreed(file: string): Promise<boolean> {
  if (!existsSync(file)) return true; // createStory says the file is missing
  const length = checkLength(readFileSync(file, 'utf8'));
  if (length.verdict !== 'ask' || args.includes('--yes')) return true;
  if (!process.stdin.isTTY) {
    console.error(`story new: ${length.message.replace(/ Go on\?$/, '')} Add --yes to go on.`);
    return false;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${length.message} [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

if (command === 'new') {
  const slug = args[0];
  const articleFile = option(args, '--article');
  if (!slug || slug.startsWith('--')) fail('new needs a slug');
  if (!articleFile) fail('new needs --article <file.txt>');
  if (!(await longArticleAgreed(articleFile))) process.exit(1);
  try {
    const result = createStory(
      {
        slug,
        articleFile,
        title: option(args, '--title'),
        date: option(args, '--date'),
        sourceName: option(args, '--source-name'),
        sourceUrl: option(args, '--source-url'),
      },
      { index: placeIndex(), features: shippedFeatures() },
    );
    console.log(`Wrote ${result.dir}/`);
    console.log(`  ${result.mentions.length} place mentions found, ${result.links.length} links proposed`);
    for (const l of result.links)
      console.log(
        `    ${l.passageId.padEnd(5)} “${l.phrase}” → ${l.featureId}${l.proposal?.doubt ? '  (doubtful: check)' : ''}`,
      );
    if (result.newPlaces.length)
      console.log(
        `  ${result.newPlaces.length} places not on the shipped layers, written to places.geojson: ${result.newPlaces.map((p) => p.properties.name.en).join(', ')}`,
      );
    console.log(`\nReview the proposed links in the browser: /#story=${slug}&review (npm start)`);
  } catch (error) {
    console.error(`story new: ${(error as Error).message}`);
    process.exit(1);
  }
} else if (command === 'check') {
  const [slug] = operands(args);
  const site = siteOption(args, false);
  if (slug && !existsSync(join(STORIES_DIR, slug))) {
    console.error(`story check: no story "${slug}" in stories/`);
    process.exit(1);
  }
  const results = checkStories(placeIndex(), slug ? [slug] : undefined);
  let failed = 0;
  for (const r of results) {
    console.log(`${r.problems.length ? '✗' : '✓'} ${r.slug}`);
    for (const p of r.problems) console.log(`    ${p}`);
    if (r.unlinked.length) {
      console.log(`    ${r.unlinked.length} words that look like place names are not linked:`);
      for (const u of r.unlinked) console.log(`      ${u}`);
    }
    if (r.problems.length) failed++;
  }
  if (!results.length) console.log('no stories in stories/');
  let siteFailed = false;
  if (site) {
    const problems = checkSite(site);
    console.log(
      `${problems.length ? '✗' : '✓'} ${relative(process.cwd(), site) || '.'}/${STORY_INDEX_FILE} and the files it names`,
    );
    for (const p of problems) console.log(`    ${p}`);
    if (problems.length) siteFailed = true;
  }
  if (failed) console.error(`\n${failed} of ${results.length} stories have problems`);
  if (siteFailed) console.error(`\nthe site's story files have problems`);
  if (failed || siteFailed) process.exit(1);
} else if (command === 'import') {
  const [file] = operands(args);
  if (!file) fail('import needs <file.zip>');
  const site = siteOption(args, true);
  try {
    const done = importStory(file, { replace: args.includes('--replace'), site });
    console.log(
      `${done.replaced ? 'Replaced' : 'Wrote'} stories/${done.slug}/ (${done.files.join(', ')}): ${done.links} links. It passes the checks of npm run story -- check.`,
    );
    const { unlinked } = checkStory(done.slug, placeIndex());
    if (unlinked.length) {
      console.log(`    ${unlinked.length} words that look like place names are not linked:`);
      for (const u of unlinked) console.log(`      ${u}`);
    }
    if (done.published)
      console.log(
        `\nPublished to ${relative(process.cwd(), site!) || '.'}/${done.published.file}: readers of that site get it on their next load, no rebuild (/#story=${done.slug}).`,
      );
    else console.log(`\nBuild to publish it: npm run build (or npm start), then open /#story=${done.slug}`);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`story import: ${error.message}`);
    process.exit(1);
  }
} else fail(command ? `unknown command ${command}` : 'a command is needed');
