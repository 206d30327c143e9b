// Claimants' sides and the events' sources' claimants at every boundary (issue 35): the schema and
// parseBundle read them and name what is wrong; a name alone (bundles before sides, stories kept in a
// browser) reads as a claimant of neither side; the desk's publish writes them back unchanged; the
// details group each event's sources by side and claimant.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBundle, shippedCatalogue, shippedFeatureIds } from '../../scripts/story/bundle';
import { publish } from '../../src/desk/publish';
import { startDraft } from '../../src/state/desk/draft';
import { checkPublished } from '../../src/desk/checkPublished';
import { storySchema } from '../../src/story/schema';
import { sourcesBySide } from '../../src/story/claimants';
import { changedCopy, editJson, problemsOf, removeCopies } from './helpers/bundleCopy';
import { SLUG, STORY } from './helpers/story';

afterEach(removeCopies);

type Events = { id: string; sources: { claimant: string }[]; reportedBy: string[]; noAnswer?: string }[];

describe('claimants and their sides', () => {
  it('reads a claimant given as a name alone as a claimant of neither side', () => {
    const meta = storySchema.parse({
      ...JSON.parse(JSON.stringify(STORY.meta)),
      claimants: { article: 'The article itself' },
    });
    expect(meta.claimants.article).toEqual({ name: 'The article itself', side: 'other' });
  });

  it('names a side the region does not have', () => {
    const dir = changedCopy((d) =>
      editJson(join(d, 'story.json'), (story: { claimants: Record<string, { side: string }> }) => {
        story.claimants['serbian-president'].side = 'belgrade';
        return story;
      }),
    );
    expect(problemsOf(dir)).toMatch(
      /^story\.json: claimants entry "serbian-president", field side: "belgrade" is not a side of region "kosovo-serbia" \(other, kosovo, serbia\)$/m,
    );
  });

  it('names a source without a claimant, with one the story lacks, and with one the event does not list', () => {
    const dir = changedCopy((d) =>
      editJson(join(d, 'events.json'), (events: Events) => {
        const ev = events.find((e) => e.id === 'banjska-attack')!;
        delete (ev.sources[0] as Partial<{ claimant: string }>).claimant;
        ev.sources[1].claimant = 'nobody';
        ev.sources[2].claimant = 'romania';
        return events;
      }),
    );
    const problems = problemsOf(dir);
    expect(problems).toMatch(
      /events\.json: entry \d+ \(banjska-attack\), field sources\.0\.claimant: missing: who says it/,
    );
    // The schema stops at its own errors first: the ties between files are checked once it passes.
    const tied = changedCopy((d) =>
      editJson(join(d, 'events.json'), (events: Events) => {
        const ev = events.find((e) => e.id === 'banjska-attack')!;
        ev.sources[1].claimant = 'nobody';
        ev.sources[2].claimant = 'romania';
        return events;
      }),
    );
    expect(problemsOf(tied)).toMatch(
      /\(banjska-attack\), field sources\.1\.claimant: "nobody" is not a claimant/,
    );
    expect(problemsOf(tied)).toMatch(
      /\(banjska-attack\), field sources\.2\.claimant: "romania" speaks in a source but is not in reportedBy/,
    );
  });
});

describe('the desk publishes who says what as it was', () => {
  const catalogue = shippedCatalogue();
  const shipped = { layerOf: shippedFeatureIds(), factsOf: (id: string) => catalogue[id] };

  it('keeps every claimant’s side, every source’s claimant and every noAnswer through a publish', () => {
    const story = readBundle(SLUG);
    const published = publish(story, startDraft(story), new Date('2026-12-05T10:00:00Z'), shipped);
    expect(checkPublished(published, shipped.layerOf)).toEqual([]);
    const written = JSON.parse(published.files['story.json']!) as { claimants: unknown };
    expect(written.claimants).toEqual(story.meta.claimants);
    const events = JSON.parse(published.files['events.json']!) as Events;
    expect(events.map((e) => e.sources.map((s) => s.claimant))).toEqual(
      story.events.map((e) => e.sources.map((s) => s.claimant)),
    );
    expect(events.map((e) => e.noAnswer ?? null)).toEqual(story.events.map((e) => e.noAnswer ?? null));
  });
});

describe('each side’s words under its name', () => {
  it('groups an event’s sources by side and by claimant, in the order they first speak', () => {
    const event = STORY.events.find((e) => e.id === 'police-officers-arrested')!;
    const groups = sourcesBySide(STORY, event.sources);
    expect(groups.map((g) => g.side)).toEqual(['kosovo', 'serbia']);
    expect(groups[0].claimants.map((c) => c.id)).toEqual(['kosovo-police', 'kosovo-prime-minister']);
    expect(groups[1].claimants.map((c) => c.name)).toEqual([
      "Petar Petković, head of Serbia's Office for Kosovo and Metohija",
      'Aleksandar Vučić, Serbian President',
      "Serbia's police, prosecutors and a Belgrade court",
    ]);
    expect(groups.flatMap((g) => g.claimants.flatMap((c) => c.sources))).toHaveLength(event.sources.length);
  });
});
