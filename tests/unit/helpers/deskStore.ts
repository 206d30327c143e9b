// A story opened at the desk in Node: the fixture bundle `story new` made (tests/fixtures/stories/
// north-desk, the one desk.spec.ts opens in the browser), in a store as the router makes it, with what
// the browser's storage held for it (or nothing).
import { readBundle } from '../../../scripts/story/bundle';
import { FIXTURE_STORIES_DIR } from '../../../scripts/region/readRegion';
import { resolveStoryLayers } from '../../../src/cartography/storyLayers';
import { openStory } from '../../../src/state/openStory';
import { createStoryStore, type StoryStore } from '../../../src/state/store';
import { counts } from '../../../src/state/desk/draft';
import { shownDraft } from '../../../src/state/desk/deskState';
import type { LoadedLayers } from '../../../src/domain/featureIndex';
import { shippedLayer } from './shippedLayers';
import { openedDraft } from '../../../src/desk/openDraft';

export const DESK_SLUG = 'north-desk';
export const DESK_STORY = readBundle(DESK_SLUG, { storiesDir: FIXTURE_STORIES_DIR });
export const DESK_OPEN = openStory(DESK_STORY, resolveStoryLayers(DESK_STORY.meta.layers).layers);

/** The desk opened on the story, over what storage held (a stored draft's text), as the router does. */
export function deskStore(stored: string | null = null, hash = `#story=${DESK_SLUG}&review`): StoryStore {
  return createStoryStore(DESK_OPEN, { hash, embed: false, desk: openedDraft(DESK_STORY, stored) });
}

/** The counts line as the desk writes it. */
export function tally(store: StoryStore): string {
  const c = counts(store.getState().desk!.draft);
  return `${c.pending} to review · ${c.accepted} accepted · ${c.rejected} rejected · ${c['not-place']} not a place`;
}

/** The phrase of the card in hand (its mention as the article shows it). */
export function card(store: StoryStore): string | undefined {
  const desk = store.getState().desk!;
  return shownDraft(desk).items.find((i) => i.key === desk.current)?.link.phrase;
}

/** The message the desk says last. */
export const said = (store: StoryStore) => store.getState().desk!.message;

/** What the desk asks storage to write now: the draft's text, or null to remove it, or undefined. */
export function written(store: StoryStore): string | null | undefined {
  const out = store.getState().desk!.outbox;
  if (!out) return undefined;
  return out.kind === 'write' ? JSON.stringify(out.draft) : out.kind === 'remove' ? null : undefined;
}

/** Every layer of the story loaded from the shipped files (the story's own places from the bundle). */
export function loadedLayers(): LoadedLayers {
  return Object.fromEntries(
    DESK_OPEN.layers.map((l) => [
      l.id,
      l.file === 'story'
        ? { status: 'ok' as const, features: DESK_STORY.places ?? [] }
        : { status: 'ok' as const, features: shippedLayer(l.id) },
    ]),
  );
}
