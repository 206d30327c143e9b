// Story bundles: the schemas and checks that the build, `npm run story -- check` and the review
// mode's download share, and `npm run story -- new` from an article of our own.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readBundle, STORIES_DIR } from '../../scripts/story/bundle';
import { checkStory } from '../../scripts/story/checkStory';
import { createStory } from '../../scripts/story/newStory';
import { placeIndex, shippedFeatures } from '../../scripts/geoparse/gazetteerFile';
import { eventsFileSchema, linksFileSchema } from '../../src/story/schema';
import { SLUG } from './helpers/story';
import { changedCopy, editJson, problemsOf, removeCopies, tempStories } from './helpers/bundleCopy';
import { STARTS_NPM_SCRIPT_MS } from './helpers/budgets';

afterEach(removeCopies);

describe('story check', () => {
  it('accepts the first story as it is', () => {
    expect(problemsOf(changedCopy(() => undefined))).toBe('');
    expect(checkStory(SLUG, placeIndex()).problems).toEqual([]);
  });

  it('names the file, the entry and the field of a phrase not in its passage', () => {
    const dir = changedCopy((d) =>
      editJson(join(d, 'links.json'), (links: { phrase: string }[]) => {
        links[2].phrase = 'words the article does not have';
        return links;
      }),
    );
    expect(problemsOf(dir)).toMatch(
      /^links\.json: entry 3 \(kosovo, "words the article does not have"\), field phrase: not found verbatim in passage "lede"$/m,
    );
  });

  it('names an unknown feature id', () => {
    const dir = changedCopy((d) =>
      editJson(join(d, 'links.json'), (links: { featureId: string }[]) => {
        links[0].featureId = 'atlantis';
        return links;
      }),
    );
    expect(problemsOf(dir)).toMatch(
      /links\.json: entry 1 \(atlantis, .*field featureId: no feature "atlantis"/,
    );
  });

  it('names a malformed date, in story.json and in events.json', () => {
    const dir = changedCopy((d) => {
      editJson(join(d, 'story.json'), (story: { date: string }) => ({ ...story, date: '2023-02-30' }));
      writeFileSync(
        join(d, 'events.json'),
        JSON.stringify([
          {
            id: 'bad',
            date: '29/09/2023',
            precision: 'day',
            title: 'x',
            places: [],
            passages: ['lede'],
            reportedBy: [],
            note: null,
            sources: [],
          },
        ]),
      );
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/^story\.json: date: not a calendar date$/m);
    expect(problems).toMatch(
      /^events\.json: entry 1 \(bad\), field date: expected YYYY, YYYY-MM or YYYY-MM-DD$/m,
    );
  });

  it('refuses a source URL that is not http(s), in story.json and in story new', () => {
    const dir = changedCopy((d) =>
      editJson(join(d, 'story.json'), (story: { source: { url: string | null } }) => ({
        ...story,
        source: { ...story.source, url: 'javascript:alert(3)' },
      })),
    );
    expect(problemsOf(dir)).toMatch(/^story\.json: source, field url: expected an http: or https: address$/m);
  });

  it('names a missing article file', () => {
    const dir = changedCopy((d) => rmSync(join(d, 'article.txt')));
    expect(problemsOf(dir)).toMatch(/^article\.txt: missing$/m);
  });

  it(
    'exits non-zero from the command line with the message',
    () => {
      const run = spawnSync('npm', ['run', '--silent', 'story', '--', 'check', 'no-such-story'], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/no story "no-such-story"/);
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx: see helpers/budgets.ts

  it('validates events: ids resolve, and each has a source or a passage', () => {
    const event = {
      id: 'e',
      date: '2023-09',
      precision: 'month',
      title: 'x',
      places: [],
      passages: [],
      reportedBy: [],
      note: null,
      sources: [],
    };
    expect(eventsFileSchema.safeParse([event]).success).toBe(false);
    expect(eventsFileSchema.safeParse([{ ...event, passages: ['lede'] }]).success).toBe(true);
    expect(eventsFileSchema.safeParse([{ ...event, precision: 'day' }]).success).toBe(false);
  });
});

describe('story new', () => {
  const article = [
    'Roadblocks return near Jarinje',
    'Serbs in northern Kosovo blocked the road to the Jarinje crossing on Tuesday, after police arrested a man in Zvečan. Traffic to Raška went through Brnjak.',
    'Officials in Pristina said KFOR would clear the road, while Belgrade asked Brussels to intervene.',
  ].join('\n\n');

  function newStory() {
    const stories = tempStories();
    const file = join(stories, 'article.txt');
    writeFileSync(file, article);
    const result = createStory(
      { slug: 'roadblocks', articleFile: file, date: '2026-11-20', sourceName: 'Test Wire' },
      { index: placeIndex(), features: shippedFeatures(), storiesDir: stories, today: '2026-11-28' },
    );
    return { stories, result };
  }

  it('writes a bundle that checks: the article verbatim, proposed links, new places with their sources', () => {
    const { stories, result } = newStory();
    const story = readBundle('roadblocks', { storiesDir: stories });
    expect(story.text).toBe(article);
    expect(story.passages.map((p) => p.role)).toEqual(['title', 'paragraph', 'paragraph']);
    expect(story.links.every((l) => l.status === 'proposed')).toBe(true);
    // The geoparser's confidence is review data for the desk, never a viewer's note.
    expect(story.links.every((l) => l.note === null && typeof l.proposal?.confidence === 'number')).toBe(
      true,
    );
    expect(linksFileSchema.parse(story.links)).toHaveLength(story.links.length);
    const linked = story.links.map((l) => l.featureId);
    for (const id of ['crossing-jarinje', 'north-kosovo', 'town-zvecan', 'town-raska', 'crossing-brnjak'])
      expect(linked).toContain(id);
    // Brussels is on no shipped layer: it is written to places.geojson, with its source.
    const brussels = story.places!.find((p) => p.properties.name.en === 'Brussels')!;
    expect(brussels.properties.sources[0].attribution).toMatch(/GeoNames/);
    expect(linked).toContain(brussels.properties.id);
    expect(story.meta.layers.find((l) => l.id === 'storyPlaces')?.role).toBe('situation');
    expect(checkStory('roadblocks', placeIndex(), stories).problems).toEqual([]);
    // The first view is around the situation, not out to Brussels or Belgrade.
    const [w, s, e, n] = story.meta.defaultFrame;
    expect(e - w).toBeLessThan(1.5);
    expect(n - s).toBeLessThan(1.5);
    expect(result.mentions.length).toBeGreaterThanOrEqual(story.links.length);
  });

  it('check fails on a place no link uses and on a focus on an unlinked feature; "not a place" names are not listed', () => {
    const { stories } = newStory();
    const dir = join(stories, 'roadblocks');
    const links = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8')) as {
      featureId: string;
      phrase: string;
    }[];
    const brussels = links.find((l) => l.phrase === 'Brussels')!;
    const meta = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    const zvecanPassage = meta.passages[1].id;
    // Unlink Brussels (its place stays: an orphan) and frame Pristina from a passage that does not link it.
    writeFileSync(join(dir, 'links.json'), JSON.stringify(links.filter((l) => l !== brussels)));
    meta.passages[1].focus = [
      ...meta.passages[1].focus.filter((id: string) => id !== brussels.featureId),
      'town-pristina',
    ];
    meta.passages[2].focus = meta.passages[2].focus.filter((id: string) => id !== brussels.featureId);
    writeFileSync(join(dir, 'story.json'), JSON.stringify(meta));
    const problems = checkStory('roadblocks', placeIndex(), stories).problems.join('\n');
    expect(problems).toMatch(
      new RegExp(`places.geojson: feature \\d+ \\(${brussels.featureId}\\): no link or event uses it`),
    );
    expect(problems).toMatch(
      new RegExp(`passage "${zvecanPassage}", field focus: "town-pristina" is not linked in that passage`),
    );
  });

  it('check stops listing a name the editor marked "not a place here"', () => {
    const { stories } = newStory();
    const dir = join(stories, 'roadblocks');
    const links = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8')) as {
      featureId: string;
      phrase: string;
      passageId: string;
    }[];
    const meta = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    // Drop the Raška link: check lists it as not linked, until the name is marked not a place.
    writeFileSync(join(dir, 'links.json'), JSON.stringify(links.filter((l) => l.phrase !== 'Raška')));
    meta.passages.forEach(
      (p: { focus: string[] }) => (p.focus = p.focus.filter((id) => id !== 'town-raska')),
    );
    writeFileSync(join(dir, 'story.json'), JSON.stringify(meta));
    expect(checkStory('roadblocks', placeIndex(), stories).unlinked.join('\n')).toMatch(/“Raška”/);
    meta.review = { reviewedLinks: 0, reviewedAt: '2026-12-05T10:00:00Z', notPlaces: ['Raška'] };
    writeFileSync(join(dir, 'story.json'), JSON.stringify(meta));
    expect(checkStory('roadblocks', placeIndex(), stories).problems).toEqual([]);
    expect(checkStory('roadblocks', placeIndex(), stories).unlinked.join('\n')).not.toMatch(/“Raška”/);
  });

  it(
    'asks before an article over 5,000 words: without --yes, and with no terminal to answer, it stops',
    () => {
      const dir = tempStories();
      writeFileSync(join(dir, 'long.txt'), 'Zvečan is calm. '.repeat(2_000));
      const run = spawnSync(
        'npm',
        ['run', '--silent', 'story', '--', 'new', 'too-long-to-ask', '--article', join(dir, 'long.txt')],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/The text has 6,000 words, more than 5,000: .* Add --yes to go on\./);
      expect(readdirSync(STORIES_DIR)).not.toContain('too-long-to-ask');
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx: see helpers/budgets.ts

  it('refuses bad input with a message naming the option, and leaves nothing behind', () => {
    const { stories } = newStory();
    const context = { index: placeIndex(), features: shippedFeatures(), storiesDir: stories };
    expect(() =>
      createStory({ slug: 'roadblocks', articleFile: join(stories, 'article.txt') }, context),
    ).toThrow(/exists already/);
    expect(() =>
      createStory({ slug: 'Bad Slug', articleFile: join(stories, 'article.txt') }, context),
    ).toThrow(/slug: The slug “Bad Slug” is not usable: lower-case letters, digits and hyphens only/);
    expect(() => createStory({ slug: 'other', articleFile: join(stories, 'nope.txt') }, context)).toThrow(
      /not found/,
    );
    expect(() =>
      createStory(
        { slug: 'other', articleFile: join(stories, 'article.txt'), sourceUrl: 'javascript:alert(3)' },
        context,
      ),
    ).toThrow(/--source-url: The source URL “javascript:alert\(3\)” is not an http: or https: address/);
    expect(() =>
      createStory({ slug: 'other', articleFile: join(stories, 'article.txt'), date: '2023-02-30' }, context),
    ).toThrow(/--date: The date “2023-02-30” is not a calendar date/);
    writeFileSync(join(stories, 'empty.txt'), ' \n\n ');
    expect(() => createStory({ slug: 'other', articleFile: join(stories, 'empty.txt') }, context)).toThrow(
      /--article: The text is empty/,
    );
    writeFileSync(join(stories, 'long.txt'), 'Zvečan is calm. '.repeat(6_700));
    expect(() => createStory({ slug: 'other', articleFile: join(stories, 'long.txt') }, context)).toThrow(
      /--article: The text has 20,100 words; the limit is 20,000 words/,
    );
    rmSync(join(stories, 'empty.txt'));
    rmSync(join(stories, 'long.txt'));
    expect(execFileSync('ls', [stories], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual([
      'article.txt',
      'roadblocks',
    ]);
  });
});
