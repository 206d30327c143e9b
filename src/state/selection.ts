// A selection is a value with an origin: whether the camera moves, where focus goes and which sheet
// tab shows follow from where it came from, here and nowhere else.

export type SelectionOrigin = 'map' | 'article' | 'list' | 'url' | 'details' | 'timeline';

export interface Selection {
  featureId: string;
  origin: SelectionOrigin;
  /** The features the camera frames; empty: the camera stays where it is. */
  frame: string[];
  /** A phrase linked to several features: all of them, for the reader to switch between. */
  group: string[];
  /** Other features that were under the pointer (a map click), for the reader to switch to. */
  alsoHere: string[];
  /** The passage and phrase the reader came from, quoted first in the details. */
  via: { passageId: string; phrase: string } | null;
  /** An event of the timeline: its details show (its first place is `featureId`, highlighted). */
  event?: string;
}

/**
 * An event of the timeline: its places are framed (not when a shared link carries its own view) and
 * its details open.
 */
export function selectFromEvent(
  event: { id: string; places: string[] },
  origin: 'timeline' | 'url',
  hasView = false,
): Selection {
  return {
    featureId: event.places[0] ?? '',
    origin,
    frame: hasView ? [] : event.places,
    group: [],
    alsoHere: [],
    via: null,
    event: event.id,
  };
}

export function selectFromMap(featureId: string, alsoHere: string[]): Selection {
  return { featureId, origin: 'map', frame: [], group: [], alsoHere, via: null };
}

export function selectFromList(featureId: string): Selection {
  return { featureId, origin: 'list', frame: [featureId], group: [], alsoHere: [], via: null };
}

/** A shared link: framed only when the link carries no view of its own. */
export function selectFromUrl(featureId: string, hasView: boolean): Selection {
  return { featureId, origin: 'url', frame: hasView ? [] : [featureId], group: [], alsoHere: [], via: null };
}

/**
 * A phrase of the article: its first feature is shown, its framed features are brought into view. A
 * phrase that frames none (a state as an actor, not a place) leaves the camera where it is.
 */
export function selectFromPhrase(
  features: string[],
  framed: string[],
  via: { passageId: string; phrase: string },
): Selection {
  return {
    featureId: features[0],
    origin: 'article',
    frame: framed,
    group: features.length > 1 ? features : [],
    alsoHere: [],
    via,
  };
}

/** Switching, inside the details, to another feature of the same phrase or of the same spot. */
export function switchTo(current: Selection, featureId: string): Selection {
  return { ...current, featureId, origin: 'details', frame: [], event: undefined };
}

/** Keyboard focus moves into the details when the reader chose from the article, a list or the details. */
export function focusesDetails(s: Selection): boolean {
  return s.origin === 'article' || s.origin === 'list' || s.origin === 'details' || s.origin === 'timeline';
}
