// A selection is a value with an origin (placemark's `Sel`): none, a feature, or an event of the
// timeline. What the camera frames, where keyboard focus goes and whether the details tab opens follow
// from the target and the origin, here and nowhere else (`select`, `consequencesOf`).

export type SelectionOrigin = 'map' | 'article' | 'list' | 'url' | 'details' | 'timeline';

/** The passage and phrase the reader came from, quoted first in the details. */
export interface Via {
  passageId: string;
  phrase: string;
}

interface Chosen {
  origin: SelectionOrigin;
  /** The features the camera frames; empty: the camera stays where it is. */
  frame: string[];
}

export type Selection =
  | { kind: 'none' }
  | (Chosen & {
      kind: 'feature';
      featureId: string;
      /** A phrase linked to several features: all of them, for the reader to switch between. */
      group: string[];
      /** Other features that were under the pointer (a map click), for the reader to switch to. */
      alsoHere: string[];
      via: Via | null;
    })
  | (Chosen & {
      kind: 'event';
      eventId: string;
      /** Its first place, highlighted on the map (null: an event with no place). */
      featureId: string | null;
    });

export type FeatureSelection = Extract<Selection, { kind: 'feature' }>;

/** What the reader chose. */
export type SelectTarget =
  | { kind: 'feature'; featureId: string; alsoHere?: string[] }
  /** A phrase of the article: every feature it links to, and those a click frames. */
  | { kind: 'phrase'; features: string[]; framed: string[]; via: Via }
  | { kind: 'event'; eventId: string; places: string[] };

export interface SelectRequest {
  target: SelectTarget;
  origin: SelectionOrigin;
  /** A shared link that carries its own view: the camera keeps it. */
  linkHasView?: boolean;
}

export const NO_SELECTION: Selection = { kind: 'none' };

/** The selection a request makes, given the current one (a switch inside the details keeps its context). */
export function select(
  current: Selection,
  { target, origin, linkHasView = false }: SelectRequest,
): Selection {
  const frames = (ids: string[]) => (origin === 'map' || origin === 'details' || linkHasView ? [] : ids);
  switch (target.kind) {
    case 'event':
      return {
        kind: 'event',
        eventId: target.eventId,
        featureId: target.places[0] ?? null,
        origin,
        frame: frames(target.places),
      };
    case 'phrase':
      return {
        kind: 'feature',
        featureId: target.features[0],
        origin,
        frame: frames(target.framed),
        group: target.features.length > 1 ? target.features : [],
        alsoHere: [],
        via: target.via,
      };
    case 'feature': {
      const kept = origin === 'details' && current.kind === 'feature' ? current : null;
      return {
        kind: 'feature',
        featureId: target.featureId,
        origin,
        frame: frames([target.featureId]),
        group: kept?.group ?? [],
        alsoHere: target.alsoHere ?? kept?.alsoHere ?? [],
        via: kept?.via ?? null,
      };
    }
  }
}

export interface Consequences {
  frame: string[];
  /** Keyboard focus moves to the details' heading (the reader chose from the page, not the map). */
  focusDetails: boolean;
  /** On a phone, the details tab opens. */
  detailsTab: boolean;
}

export function consequencesOf(selection: Selection): Consequences {
  if (selection.kind === 'none') return { frame: [], focusDetails: false, detailsTab: false };
  const { origin } = selection;
  return {
    frame: selection.frame,
    focusDetails: origin === 'article' || origin === 'list' || origin === 'details' || origin === 'timeline',
    detailsTab: true,
  };
}

/** The feature highlighted on the map and marked in the lists, if any. */
export function selectedFeatureOf(selection: Selection): string | null {
  return selection.kind === 'none' ? null : selection.featureId;
}
