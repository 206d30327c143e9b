// The details of the selected feature, in a panel of their own: docked on the right of the map on wide
// screens, in the bottom sheet on phones. Never over the map's features' frame (the camera leaves room
// for it), never under another panel, and scrolling inside itself, so everything in it can be read.
//
// Why a panel and not a popup on the map: a popup is anchored to a point and grows with its content;
// with every quote, note and source it was taller than the map (786–990 px in a 736 px map). The
// panel has a fixed place and its own scroller, and the map shows the selection by its highlight.
import { useEffect, useRef } from 'react';
import { styleLookupOf } from './layerLookup';
import { FeatureDetails } from './FeatureDetails';
import { EventDetails } from './EventDetails';
import { consequencesOf, selectedFeatureOf } from '../state/selection';
import { featureIndex } from '../state/shown';
import { useStore, useStoryStore } from '../state/useStore';
import { closeDetails } from './closeDetails';

export function DetailsPanel({ onShowPassage }: { onShowPassage: (passageId: string) => void }) {
  const store = useStoryStore();
  const selection = useStore((s) => s.viewer.selection);
  const featureId = selectedFeatureOf(selection);
  const entry = useStore((s) => (featureId ? featureIndex(s).get(featureId) : undefined));
  // The event of the timeline whose details show (the selection came from the timeline or a link).
  const event = useStore((s) =>
    selection.kind === 'event'
      ? (s.bundle.story.events.find((e) => e.id === selection.eventId) ?? null)
      : null,
  );
  const style = useStore(styleLookupOf);
  const nameOrder = useStore((s) => s.viewer.nameOrder);
  const onSwitch = (id: string) => store.dispatch({ type: 'switchTo', featureId: id });
  const root = useRef<HTMLElement>(null);

  // From the article, a list or a switch inside the panel, focus moves to the feature's name, so Tab
  // continues inside the details (each focused element scrolls into view inside the panel).
  useEffect(() => {
    if (!consequencesOf(selection).focusDetails) return;
    const frame = requestAnimationFrame(() =>
      root.current?.querySelector<HTMLElement>('.feature-title')?.focus({ preventScroll: false }),
    );
    return () => cancelAnimationFrame(frame);
  }, [selection]);

  useEffect(() => {
    root.current?.scrollTo?.({ top: 0 });
  }, [featureId]);

  if (selection.kind === 'none' || (!entry && !event)) return null;
  const feature = selection.kind === 'feature' ? selection : null;
  const choices = (ids: string[], label: string, testId: string) => (
    <nav className="details-choices" aria-label={label} data-testid={testId}>
      <p>{label}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="chip"
              aria-pressed={id === featureId}
              style={{ ['--layer-color' as string]: style.ofFeature(id).color }}
              onClick={() => onSwitch(id)}
            >
              {style.nameOf(id)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <section
      className="details-pane"
      data-testid="details"
      data-map-overlay
      aria-label={event ? 'Details of the selected event' : 'Details of the selected feature'}
      ref={root}
    >
      <div className="details-bar">
        <span className="details-bar-title">Details</span>
        <button
          type="button"
          className="details-close"
          aria-label="Close the details"
          onClick={() => closeDetails(store)}
        >
          ×
        </button>
      </div>
      {feature &&
        feature.group.length > 1 &&
        choices(feature.group, `This phrase refers to ${feature.group.length} places:`, 'details-group')}
      {event ? (
        <EventDetails event={event} style={style} onPlace={onSwitch} onShowPassage={onShowPassage} />
      ) : (
        entry && (
          <FeatureDetails
            feature={entry.feature}
            color={style.ofFeature(entry.feature.properties.id).color}
            via={feature?.via ?? null}
            nameOrder={nameOrder}
            onShowPassage={onShowPassage}
          />
        )
      )}
      {feature &&
        feature.alsoHere.length > 0 &&
        choices(feature.alsoHere, 'Also at this spot:', 'details-also-here')}
    </section>
  );
}
