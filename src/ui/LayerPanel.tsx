// Layer toggles with their legend, load problems per layer, and the list of every feature grouped by
// layer: the path to every feature that does not need the map.
import { memo, useDeferredValue, useState } from 'react';
import type { SituationFeature } from '../domain/schema';
import { useDispatch, useStore } from '../state/useStore';
import { shownLayers, shownStory } from '../state/shown';
import { selectedFeatureOf } from '../state/selection';
import { LegendSwatch } from './LegendSwatch';
import {
  displayName,
  NAME_ORDER_LABELS,
  NAME_ORDERS,
  PRECISION_EXPLANATIONS,
  PRECISION_LABELS,
  type NameOrder,
} from '../domain/names';
import { PRECISIONS } from '../domain/vocabulary';
// Not the base map's whole style: its legend rows and id only (the map's chunk brings the rest).
import { BASE_MAP_LAYER } from '../cartography/basemap/definition';
import { BASE_MAP_LEGEND } from '../cartography/basemap/legend';
import type { LegendEntry } from '../cartography/mapStyle';

/** The element id of a feature's button in the lists: where focus returns from its details. */
export const listButtonId = (featureId: string) => `list-${featureId}`;

export function LayerPanel() {
  // Closed at first on wide screens, so the first view of the map is uncovered (always open in the
  // phone's bottom sheet, see styles.css).
  const [open, setOpen] = useState(false);
  const storyLayers = useStore((s) => shownStory(s).layers);
  const layers = useStore(shownLayers);
  const visible = useStore((s) => s.viewer.visible);
  const nameOrder = useStore((s) => s.viewer.nameOrder);
  // The details first; marking the list's button follows in a render of its own.
  const selectedFeature = useDeferredValue(useStore((s) => selectedFeatureOf(s.viewer.selection)));
  const dispatch = useDispatch();
  const onToggle = (id: string, on: boolean) => dispatch({ type: 'toggleLayer', id, on });
  const onNameOrder = (order: NameOrder) => dispatch({ type: 'nameOrder', nameOrder: order });
  // Why the base map could not be drawn, or null.
  const baseMapProblem = useStore((s) => s.viewer.baseMapProblem);
  const baseMap = useStore((s) => s.bundle.story.region.baseMap);
  const group = (role: 'situation' | 'context', heading: string) => (
    <section aria-labelledby={`layers-${role}`}>
      <h2 id={`layers-${role}`}>{heading}</h2>
      <ul className="layer-list">
        {/* The ground under every layer: the region's base map (OpenStreetMap), switched like any layer. */}
        {role === 'context' && baseMap && (
          <li className="layer-item" data-testid={`layer-${BASE_MAP_LAYER}`}>
            <label className="layer-toggle">
              <input
                type="checkbox"
                checked={visible.has(BASE_MAP_LAYER)}
                onChange={(event) => onToggle(BASE_MAP_LAYER, event.target.checked)}
                data-testid={`toggle-${BASE_MAP_LAYER}`}
              />
              <span>{baseMap.label}</span>
            </label>
            <Legend title={baseMap.label} entries={BASE_MAP_LEGEND} />
            {baseMapProblem && <p className="load-error">Base map unavailable: {baseMapProblem}</p>}
          </li>
        )}
        {storyLayers
          .filter((l) => l.role === role)
          .map(({ id, title, style }) => {
            const load = layers?.[id];
            return (
              <li key={id} className="layer-item" data-testid={`layer-${id}`}>
                <label className="layer-toggle">
                  <input
                    type="checkbox"
                    checked={visible.has(id)}
                    disabled={load?.status === 'error'}
                    onChange={(event) => onToggle(id, event.target.checked)}
                    data-testid={`toggle-${id}`}
                  />
                  <span>{title}</span>
                </label>
                <Legend title={title} entries={style.legend} />
                {load?.status === 'error' && (
                  <p className="load-error" role="alert">
                    Layer “{title}” could not be shown: {load.message}
                  </p>
                )}
                {load?.status === 'loading' && <p className="layer-loading">Loading…</p>}
                {load?.status === 'ok' && (
                  <FeatureList
                    features={load.features}
                    selectedFeature={
                      load.features.some((f) => f.properties.id === selectedFeature) ? selectedFeature : null
                    }
                    nameOrder={nameOrder}
                  />
                )}
              </li>
            );
          })}
      </ul>
    </section>
  );
  return (
    <div className="layer-panel" data-testid="layer-panel">
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={open}
        aria-controls="layer-panel-body"
        onClick={() => setOpen(!open)}
      >
        Layers and features <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id="layer-panel-body" hidden={!open}>
        {!layers && <p role="status">Loading layers…</p>}
        <label className="name-order">
          <span>Names</span>
          <select
            value={nameOrder}
            onChange={(event) => onNameOrder(event.target.value as NameOrder)}
            data-testid="name-order"
          >
            {NAME_ORDERS.map((order) => (
              <option key={order} value={order}>
                {NAME_ORDER_LABELS[order]}
              </option>
            ))}
          </select>
        </label>
        {group('situation', 'Situation')}
        {group('context', 'Base map')}
        <section aria-labelledby="layers-precision" data-testid="precision-legend">
          <h2 id="layers-precision">Precision</h2>
          <dl className="precision-legend">
            {PRECISIONS.map((precision) => (
              <div key={precision}>
                <dt className={`precision-${precision}`}>{PRECISION_LABELS[precision]}</dt>
                <dd>{PRECISION_EXPLANATIONS[precision]}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}

function Legend({ title, entries }: { title: string; entries: readonly LegendEntry[] }) {
  return (
    <ul className="legend" aria-label={`Legend: ${title}`}>
      {entries.map((entry) => (
        <li key={entry.label}>
          <LegendSwatch entry={entry} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** Memoised: the lists hold every village, and need not re-render when a layer is toggled. */
const FeatureList = memo(function FeatureList({
  features,
  selectedFeature,
  nameOrder,
}: {
  features: SituationFeature[];
  selectedFeature: string | null;
  nameOrder: NameOrder;
}) {
  // The items are rendered when the list is opened: hundreds of buttons nobody has asked for would
  // otherwise be built before the map can start.
  const [open, setOpen] = useState(false);
  const names = useStore((s) => s.bundle.story.region.names);
  const dispatch = useDispatch();
  return (
    <details className="feature-list" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        List {features.length} feature{features.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {(open ? features : []).map((f) => (
          <li key={f.properties.id}>
            <button
              type="button"
              className={`feature-button${selectedFeature === f.properties.id ? ' is-selected' : ''}`}
              aria-pressed={selectedFeature === f.properties.id}
              id={listButtonId(f.properties.id)}
              data-feature-id={f.properties.id}
              onClick={(event) =>
                dispatch({ type: 'chooseFeature', featureId: f.properties.id, from: event.currentTarget.id })
              }
            >
              {displayName(f.properties, nameOrder, names)}
              {f.properties.precision === 'approximate' && (
                <span className="approx-badge"> (approximate)</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
});
