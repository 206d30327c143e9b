// The reader's choices, decided on what is loaded: a phrase, a feature from a list, an event, a pick on
// the map, a link (on opening and pasted into the open viewer). A choice whose features are in a
// layer still loading (the ground context) waits in the state (`waiting`), and the layer loading
// (layerLoading.ts) brings every layer; the choice is decided when they are in. Pure.
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { StoryEvent } from '../story/schema';
import { featuresALinkNeeds, outcomeOfLink } from './linkRestore';
import type { SelectRequest, SelectTarget } from './selection';
import type { PhraseChoice, ViewerState, Waiting } from './viewerState';

type Index = ReadonlyMap<string, FeatureIndexEntry>;

export const VIEWER_WORDS = {
  notOnMap: (id: string) => `“${id}” is not on the map: its layer could not be loaded.`,
};

export type ChoiceAction =
  /** A feature from a list (the layers panel, a passage's places). */
  | { type: 'chooseFeature'; featureId: string; from: string | null }
  /** A phrase of the article (at the desk, the desk's card first: store.ts). */
  | { type: 'phrase'; phrase: PhraseChoice; from: string | null }
  | { type: 'chooseEvent'; eventId: string }
  /** A pick on the map (at the desk, an armed pick first: store.ts). */
  | { type: 'pick'; featureId: string; alsoHere: string[]; from: string | null }
  | { type: 'pickNothing' }
  /** Another feature from inside the details (a phrase's group, "Also at this spot"). */
  | { type: 'switchTo'; featureId: string }
  /** A link: its layers, names and event at once, what it selects once its features are in. */
  | { type: 'link'; link: Waiting & { kind: 'link' } };

/** What a choice comes to. */
export type Decision =
  | { kind: 'select'; request: SelectRequest; from: string | null }
  | { kind: 'frame'; ids: string[] }
  | { kind: 'nothing'; notice: string | null }
  | { kind: 'wait' };

/** A waiting choice, decided if the layers allow it now. */
export function decideWaiting(
  waiting: Waiting,
  viewer: Pick<ViewerState, 'layers' | 'layersComplete'>,
  index: Index,
  events: readonly StoryEvent[],
): Decision {
  const { layers, layersComplete } = viewer;
  const known = (ids: readonly string[]) => ids.every((id) => index.has(id));
  switch (waiting.kind) {
    case 'phrase': {
      const { phrase, from } = waiting;
      const via = { passageId: phrase.passageId, phrase: phrase.text };
      const target = (present: string[]): SelectTarget => ({
        kind: 'phrase',
        features: present,
        framed: phrase.framed.filter((id) => present.includes(id)),
        via,
      });
      // While the first layers load, every feature the phrase links to (the lists show it meanwhile).
      if (!layers)
        return { kind: 'select', request: { target: target(phrase.features), origin: 'article' }, from };
      if (!known(phrase.features) && !layersComplete) return { kind: 'wait' };
      const present = phrase.features.filter((id) => index.has(id));
      if (!present.length) return { kind: 'nothing', notice: VIEWER_WORDS.notOnMap(phrase.features[0]) };
      return { kind: 'select', request: { target: target(present), origin: 'article' }, from };
    }
    case 'event': {
      const event = events.find((e) => e.id === waiting.eventId);
      if (!event) return { kind: 'nothing', notice: null };
      if (!layersComplete && (!layers || !known(event.places))) return { kind: 'wait' };
      return {
        kind: 'select',
        request: { target: { kind: 'event', eventId: event.id, places: event.places }, origin: 'timeline' },
        from: null,
      };
    }
    case 'link': {
      if (!layers) return { kind: 'wait' };
      if (!layersComplete && !known(featuresALinkNeeds(waiting.link, events))) return { kind: 'wait' };
      const outcome = outcomeOfLink(waiting.link, waiting.hash, index, events, waiting.framesOnly);
      return outcome.kind === 'select' ? { ...outcome, from: null } : outcome;
    }
  }
}

/** The feature a selection highlights first (its layer is turned on). */
export function selectedIdOf(target: SelectTarget): string {
  if (target.kind === 'feature') return target.featureId;
  if (target.kind === 'phrase') return target.features[0];
  return target.places[0] ?? '';
}
