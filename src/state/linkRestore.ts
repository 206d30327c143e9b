// What a link asks the viewer to show, decided once for the first load and for a link pasted into an
// open viewer (hashchange): a feature's details, an event's, a frame without details (the small
// embed), or a notice that the link names a feature this map does not have.
import type { UrlState } from './urlState';
import { requestedFeature } from './urlState';
import type { SelectRequest } from './selection';

export type LinkOutcome =
  | { kind: 'select'; request: SelectRequest }
  | { kind: 'frame'; ids: string[] }
  | { kind: 'nothing'; notice: string | null };

/** The features to have loaded before deciding: the linked feature, or the linked event's places. */
export function featuresALinkNeeds(
  link: UrlState,
  events: readonly { id: string; places: string[] }[],
): string[] {
  if (link.selectedFeature) return [link.selectedFeature];
  return events.find((e) => e.id === link.selectedEvent)?.places ?? [];
}

/**
 * `framesOnly`: the embed's first load frames the linked feature and leaves its details to a click
 * (open at once, they would cover half of a 400 × 300 frame, and the feature with it).
 */
export function outcomeOfLink(
  link: UrlState,
  hash: string,
  known: ReadonlyMap<string, unknown>,
  events: readonly { id: string; places: string[] }[],
  framesOnly = false,
): LinkOutcome {
  const feature = link.selectedFeature;
  const linkHasView = link.view !== null;
  if (feature && known.has(feature)) {
    if (framesOnly)
      return linkHasView ? { kind: 'nothing', notice: null } : { kind: 'frame', ids: [feature] };
    // feature= beside event=: the feature's details open; the event stays chosen on the timeline.
    return {
      kind: 'select',
      request: { target: { kind: 'feature', featureId: feature }, origin: 'url', linkHasView },
    };
  }
  const event = events.find((e) => e.id === link.selectedEvent);
  if (event)
    return {
      kind: 'select',
      request: {
        target: { kind: 'event', eventId: event.id, places: event.places },
        origin: 'url',
        linkHasView,
      },
    };
  const asked = requestedFeature(hash);
  return {
    kind: 'nothing',
    notice:
      asked && !known.has(asked)
        ? `Link not found: this map has no feature “${asked}”. Showing the default view.`
        : null,
  };
}
