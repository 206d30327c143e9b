// What the open story shows, derived from the store's state (never set beside it): the story with the
// desk's draft laid over the bundle (its links, and the places the editor added), the layers as
// loaded with those places in the story's own layer, the index of every shown feature, and a
// feature's name as the reader reads it. Each is recomputed only when what it reads changed, so a
// component that selects one of them re-renders only then.
import type { FeatureIndexEntry, LoadedLayers } from '../domain/featureIndex';
import { indexFeatures } from '../domain/featureIndex';
import { displayName } from '../domain/names';
import { STORY_PLACES_LAYER } from '../domain/ids';
import type { SituationFeature } from '../domain/schema';
import type { ArticleLink } from '../story/schema';
import { passagesOfFeature } from '../story/linking';
import { selectedFeatureOf, type Selection } from './selection';
import { LAYER_REGISTRY } from '../cartography/layerRegistry';
import { inRegionColours, resolveStoryLayers } from '../cartography/storyLayers';
import { addedPlaces, workingLinks, type DeskDraft } from './desk/draft';
import { shownDraft } from './desk/deskState';
import { openStory, type OpenStory } from './openStory';
import type { StoryState } from './storyState';

/** A function of its arguments that remembers its last result (the arguments compared by identity). */
export function memoLast<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    const result = f(...args);
    last = { args, result };
    return result;
  };
}

const STORY_PLACES = LAYER_REGISTRY.find((l) => l.id === STORY_PLACES_LAYER)!;

/**
 * The layers the story shows: at the desk, a layer for the story's own places even when the bundle
 * has none yet, so that a place the editor adds has a layer to be drawn in (publish.ts lists it
 * once it holds one).
 */
export const shownLayerList = memoLast((bundle: OpenStory, atDesk: boolean): OpenStory => {
  if (!atDesk || bundle.layers.some((l) => l.id === STORY_PLACES.id)) return bundle;
  const own = resolveStoryLayers([
    { id: STORY_PLACES.id, role: 'situation', title: STORY_PLACES.defaultTitle, visibleByDefault: true },
  ]).layers;
  return openStory(bundle.story, [
    ...bundle.layers,
    ...inRegionColours(own, bundle.story.region.territoryColor),
  ]);
});

const NO_PLACES: SituationFeature[] = [];

/** The story's own places with those the editor added (the bundle's array while none is added). */
const placesOf = memoLast(
  (bundle: SituationFeature[] | null, draft: readonly SituationFeature[] | null): SituationFeature[] => {
    const added = draft ? addedPlaces(draft, bundle) : [];
    return added.length ? [...(bundle ?? []), ...added] : (bundle ?? NO_PLACES);
  },
);

const withDraft = memoLast((open: OpenStory, draft: DeskDraft | null): OpenStory => {
  if (!draft) return open;
  const { story } = open;
  return {
    ...open,
    story: { ...story, places: placesOf(story.places, draft.places), links: workingLinks(draft) },
  };
});

/** The story as shown: at the desk, the bundle with the draft's links and added places. */
export function shownStory(state: StoryState): OpenStory {
  const desk = state.desk;
  return withDraft(shownLayerList(state.bundle, desk !== null), desk ? shownDraft(desk) : null);
}

const layersWithPlaces = memoLast(
  (layers: LoadedLayers | null, places: SituationFeature[]): LoadedLayers | null => {
    const own = layers?.[STORY_PLACES_LAYER];
    if (!layers || !own || own.status !== 'ok' || own.features === places) return layers;
    return { ...layers, [STORY_PLACES_LAYER]: { status: 'ok', features: places } };
  },
);

/** The layers as loaded, the story's own places layer holding the places the editor added. */
export function shownLayers(state: StoryState): LoadedLayers | null {
  const desk = state.desk;
  if (!desk) return state.viewer.layers;
  const places = placesOf(state.bundle.story.places, shownDraft(desk).places);
  return layersWithPlaces(state.viewer.layers, places);
}

const indexOf = memoLast((layers: LoadedLayers | null) =>
  layers ? indexFeatures(layers) : new Map<string, FeatureIndexEntry>(),
);

/** Every shown feature by id, with its layer. */
export const featureIndex = (state: StoryState): Map<string, FeatureIndexEntry> =>
  indexOf(shownLayers(state));

/** A feature's name in the reader's order of names, or its id when the map does not have it. */
export function nameOf(state: StoryState, featureId: string): string | null {
  const entry = featureIndex(state).get(featureId);
  return entry
    ? displayName(entry.feature.properties, state.viewer.nameOrder, state.bundle.story.region.names)
    : null;
}

const NO_LINKS: readonly ArticleLink[] = [];

const byPassage = memoLast((links: readonly ArticleLink[]) => {
  const grouped = new Map<string, ArticleLink[]>();
  for (const link of links) {
    const own = grouped.get(link.passageId);
    if (own) own.push(link);
    else grouped.set(link.passageId, [link]);
  }
  return grouped;
});

/** The shown links of one passage. */
export const shownLinksOf = (state: StoryState, passageId: string): readonly ArticleLink[] =>
  byPassage(shownStory(state).story.links).get(passageId) ?? NO_LINKS;

/**
 * Two passages' links show the same (the feature, the words, reviewed or proposed, whose claim, the
 * viewer's note, framed): a proposal is the desk's data, not the article's. A decision at the desk
 * makes every link anew; a passage whose links show the same is not drawn again.
 */
export const sameShownLinks = (a: readonly ArticleLink[], b: readonly ArticleLink[]) =>
  a === b ||
  (a.length === b.length &&
    a.every(
      (l, i) =>
        l.featureId === b[i].featureId &&
        l.phrase === b[i].phrase &&
        l.status === b[i].status &&
        l.claimant === b[i].claimant &&
        l.note === b[i].note &&
        l.framed === b[i].framed,
    ));

const passagesMarked = memoLast(
  (links: ArticleLink[], selection: Selection, events: StoryState['bundle']['story']['events']) => {
    if (selection.kind === 'event')
      return new Set(events.find((e) => e.id === selection.eventId)?.passages ?? []);
    const feature = selectedFeatureOf(selection);
    return new Set(feature ? passagesOfFeature(links, feature) : []);
  },
);

/** The passages marked in the article: the chosen event's, or the selected feature's. */
export const markedPassages = (state: StoryState): ReadonlySet<string> =>
  passagesMarked(shownStory(state).story.links, state.viewer.selection, state.bundle.story.events);

/** The first of them, brought into view when a selection is made. */
export function firstMarkedPassage(state: StoryState): string | null {
  const { selection } = state.viewer;
  if (selection.kind === 'event')
    return state.bundle.story.events.find((e) => e.id === selection.eventId)?.passages[0] ?? null;
  const feature = selectedFeatureOf(selection);
  return feature ? (passagesOfFeature(shownStory(state).story.links, feature)[0] ?? null) : null;
}

/** The mention the desk's card shows, for the article to mark (null: none, or not at the desk). */
export function deskMention(state: StoryState): { passageId: string; phrase: string } | null {
  const desk = state.desk;
  const item = desk?.draft.items.find((i) => i.key === desk.current);
  return item ? { passageId: item.link.passageId, phrase: item.link.phrase } : null;
}
