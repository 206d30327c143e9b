// Nothing labelled twice: a base-map feature that stands for a feature of the shipped layers carries
// that feature's id (`shipped_id`, written by geo/basemap/), and its label is hidden while the story's
// layers draw that feature. Derived from the story's layers as they are loaded and shown, not from a
// list kept by hand: while a shown layer is still loading, every base-map name that stands for a
// shipped feature waits, so none appears and then gives way.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LoadedLayers } from '../../domain/featureIndex.ts';

/** The ids of the features the story's layers draw, or 'all' while a shown layer is still loading. */
export type LabelledByStory = readonly string[] | 'all';

/** The tiles' property naming the shipped feature a base-map feature stands for. */
export const SHIPPED_ID = 'shipped_id';

export function labelledByStory(layers: LoadedLayers | null, visible: ReadonlySet<string>): LabelledByStory {
  if (!layers) return 'all';
  const ids: string[] = [];
  for (const [id, load] of Object.entries(layers)) {
    if (!visible.has(id) || load.status === 'error') continue;
    if (load.status === 'loading') return 'all';
    for (const f of load.features) ids.push(f.properties.id);
  }
  return [...new Set(ids)].sort();
}

/** The filter that keeps a base-map name the story does not draw (none when there is nothing to hide). */
export function notLabelledByStory(labelled: LabelledByStory): ExpressionSpecification[] {
  if (labelled === 'all') return [['!', ['has', SHIPPED_ID]]];
  if (!labelled.length) return [];
  return [['!', ['match', ['get', SHIPPED_ID], labelled as string[], true, false]]];
}
